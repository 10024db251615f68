// Issue 20, class 8: one client cannot make the API do unbounded work, however it rotates the
// headers it controls. Over HTTP against the real server: the work done (searches run, feedback
// rows stored) is bounded by the limits, whatever the burst, and a public page stays answered.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "@naravard/api";
import { queryRows, sql } from "@naravard/db";
import { type TestDatabase } from "@naravard/db/testing";
import { startTestApi } from "./test-server.ts";

let t: TestDatabase;
let base: string;
let api: Awaited<ReturnType<typeof startTestApi>>;

beforeAll(async () => {
  api = await startTestApi();
  ({ t, base } = api);
});
afterAll(() => api?.close());

/** `total` requests, `concurrency` at a time; the statuses seen. */
async function burst(total: number, concurrency: number, request: (i: number) => Promise<Response>) {
  const statuses: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const res = await request(next++);
        await res.arrayBuffer();
        statuses.push(res.status);
      }
    }),
  );
  return statuses;
}

const count = (statuses: number[], status: number) => statuses.filter((s) => s === status).length;
// Each request forges another visitor's address, as the attack did; the API must not believe it.
const forged = (i: number) => ({ "x-naravard-client-address": `10.66.${i >> 8}.${i & 255}`, "x-naravard-tenant": "varmland" });

describe("one client's burst", () => {
  it("runs at most the limit's searches, answers the rest 429, and never 5xx", async () => {
    const total = LIMITS.searchPerAddress.points * 3;
    const statuses = await burst(total, 10, (i) =>
      fetch(`${base}/trpc/search.query?input=${encodeURIComponent(JSON.stringify({ json: { q: "vård" } }))}`, {
        headers: forged(i),
      }),
    );
    expect(count(statuses, 200)).toBe(LIMITS.searchPerAddress.points);
    expect(count(statuses, 429)).toBe(total - LIMITS.searchPerAddress.points);
    // The page a visitor reads is answered meanwhile and after.
    expect((await fetch(`${base}/trpc/malbild.current`, { headers: { "x-naravard-tenant": "varmland" } })).status).toBe(200);
  }, 120_000);

  it("stores at most the limit's page-feedback answers", async () => {
    const before = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from page_feedback`);
    const total = LIMITS.feedbackPerAddress.points * 3;
    const statuses = await burst(total, 10, (i) =>
      fetch(`${base}/trpc/feedback.submit`, {
        method: "POST",
        headers: { ...forged(i), "content-type": "application/json" },
        body: JSON.stringify({ json: { path: "/varmland/malbild", useful: "yes", comment: `skur ${i}` } }),
      }),
    );
    const after = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from page_feedback`);
    expect(count(statuses, 200)).toBe(LIMITS.feedbackPerAddress.points);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(after[0]!.n - before[0]!.n).toBe(LIMITS.feedbackPerAddress.points);
  }, 120_000);
});
