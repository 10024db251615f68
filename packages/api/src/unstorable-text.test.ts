import type { TRPCError } from "@trpc/server";
import type { ZodError } from "zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor, signIn } from "./test-helpers.ts";
import { findUnstorableText } from "./unstorable-text.ts";

describe("text the database cannot store", () => {
  it("finds NUL and lone surrogates by path, keys included, and lets proper pairs through", () => {
    expect(findUnstorableText({ a: "ok 👩‍⚕️ å", b: ["x", "nul\u0000"], c: { d: "\uD800" }, ["k\u0000"]: 1, e: "\uDFFFx" })).toEqual(
      expect.arrayContaining([["b", 1], ["c", "d"], ["k\u0000"], ["e"]]),
    );
    expect(findUnstorableText({ a: "👩‍⚕️", b: 1, c: null, d: [true] })).toEqual([]);
  });

  it("survives deep and cyclic input", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnstorableText(deep)).toEqual([]);
    const cyclic: Record<string, unknown> = { text: "\u0000" };
    cyclic.self = cyclic;
    expect(findUnstorableText(cyclic)).toEqual([["text"]]);
  });
});

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

describe("a procedure given unstorable text", () => {
  it("answers BAD_REQUEST with the field named, and stores nothing", async () => {
    const api = callerFor(t.db, "varmland", await signIn(t.db, "varmland"));
    const before = (await api.roadmap.get()).areas.length;
    const error = await api.roadmap.createArea({ title: "Område\u0000", description: "" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST" });
    // The zod-shaped cause lets the admin forms show the message next to the field.
    expect(((error as TRPCError).cause as ZodError).issues.map((i) => i.path)).toEqual([["title"]]);
    expect((await api.roadmap.get()).areas.length).toBe(before);
  });
});
