import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { createBenchProbe } from "./bench-probe.ts";
import { createReadCache } from "./read-cache.ts";
import { createApiServer } from "./server.ts";

let t: TestDatabase;
let base: string;
let server: ReturnType<typeof createApiServer>;
const probe = createBenchProbe();

beforeAll(async () => {
  t = await createTestDatabase({ onQuery: probe.onQuery });
  server = createApiServer(t, () => {}, { probe, cache: createReadCache({ ttlSeconds: 60 }) });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await t?.close();
});

interface Snapshot {
  statements: number;
  calls: { procedure: string; type: string; method: string; url: string; headers: Record<string, string> }[];
}
const snapshot = async () => (await (await fetch(`${base}/debug/bench?full`)).json()) as Snapshot;

describe("the benchmark's probe (NARAVARD_BENCH=1)", () => {
  it("lists every procedure of the router with its type", async () => {
    const procedures = (await (await fetch(`${base}/debug/bench?procedures`)).json()) as { path: string; type: string }[];
    expect(procedures).toContainEqual({ path: "malbild.current", type: "query" });
    expect(procedures).toContainEqual({ path: "malbild.updateVision", type: "mutation" });
    expect(procedures).toContainEqual({ path: "openData.events", type: "query" });
  });

  it("notes each procedure with the request that ran it: tRPC as asked, open data by its address", async () => {
    await fetch(`${base}/debug/bench`, { method: "DELETE" });
    await fetch(`${base}/trpc/malbild.current`, { headers: { "x-naravard-tenant": "varmland" } });
    await fetch(`${base}/api/v1/varmland/events`);
    await fetch(`${base}/trpc/auth.login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ json: { email: "ingen@example.se", password: "fel" } }) });
    const { calls, statements } = await snapshot();
    expect(statements).toBeGreaterThan(0);
    expect(calls).toContainEqual({ procedure: "malbild.current", type: "query", method: "GET", url: "/trpc/malbild.current", headers: { "x-naravard-tenant": "varmland" } });
    expect(calls).toContainEqual({ procedure: "openData.events", type: "query", method: "GET", url: "/api/v1/varmland/events", headers: {} });
    expect(calls).toContainEqual(expect.objectContaining({ procedure: "auth.login", type: "mutation", method: "POST" }));
  });

  it("empties only the cache on DELETE ?cache, and forgets what it saw on DELETE", async () => {
    await fetch(`${base}/debug/bench?cache`, { method: "DELETE" });
    expect((await snapshot()).calls.length).toBeGreaterThan(0);
    // The cache was emptied: the same read runs its procedure (and its statements) again.
    const before = (await snapshot()).statements;
    await fetch(`${base}/trpc/malbild.current`, { headers: { "x-naravard-tenant": "varmland" } });
    expect((await snapshot()).statements).toBeGreaterThan(before);
    await fetch(`${base}/debug/bench`, { method: "DELETE" });
    expect((await snapshot()).calls).toEqual([]);
  });
});
