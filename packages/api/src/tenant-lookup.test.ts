import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor, signIn } from "./test-helpers.ts";

/** The programme named by a request is looked up once, not on every call, and forgotten on any write. */
let t: TestDatabase;
let statements = 0;

beforeAll(async () => {
  t = await createTestDatabase({ onQuery: () => void (statements += 1) });
});
afterAll(() => t?.close());

const cost = async (call: () => Promise<unknown>) => {
  const before = statements;
  await call();
  return statements - before;
};

describe("the programme lookup", () => {
  it("costs nothing after the first call, until a write", async () => {
    const anonymous = callerFor(t.db, "varmland");
    const first = await cost(() => anonymous.contact.list());
    const again = await cost(() => anonymous.contact.list());
    expect(again).toBe(first - 2);
    const coordinator = callerFor(t.db, "varmland", await signIn(t.db, "varmland"));
    await coordinator.contact.save({ name: "En ny kontakt" });
    expect(await cost(() => anonymous.contact.list())).toBe(first);
    expect((await anonymous.contact.list()).map((c) => c.name)).toContain("En ny kontakt");
  });

  it("keeps an unknown programme unknown, and programmes apart", async () => {
    await expect(callerFor(t.db, "finns-inte").contact.list()).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(t.db, "finns-inte").contact.list()).rejects.toMatchObject({ code: "NOT_FOUND" });
    const varmland = await callerFor(t.db, "varmland").tenant.current();
    const orebro = await callerFor(t.db, "orebro").tenant.current();
    expect(orebro.id).not.toBe(varmland.id);
    expect((await callerFor(t.db, "varmland").tenant.current()).id).toBe(varmland.id);
  });
});
