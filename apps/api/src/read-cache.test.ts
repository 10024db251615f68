import type { ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "@naravard/api/client";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { createReadCache } from "./read-cache.ts";
import { createApiServer } from "./server.ts";

let t: TestDatabase;
let base: string;
let server: ReturnType<typeof createApiServer>;
let statements = 0;

beforeAll(async () => {
  t = await createTestDatabase({ onQuery: () => void (statements += 1) });
  server = createApiServer(t, () => {}, { cache: createReadCache({ ttlSeconds: 60 }) });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server?.close();
  await t?.close();
});

/** A GET of the public målbild, with how many statements it cost and whether the cache answered. */
async function readMalbild(headers: Record<string, string> = {}) {
  const before = statements;
  const res = await fetch(`${base}/trpc/malbild.current`, { headers: { "x-naravard-tenant": "varmland", ...headers } });
  const body = (await res.json()) as { result: { data: { json: { id: string; vision: string; revision: number } } } };
  return { status: res.status, cached: res.headers.get("x-naravard-cache") === "hit", statements: statements - before, malbild: body.result.data.json };
}

/** Just enough of a ServerResponse for the cache: what it was sent, and its close event. */
function fakeResponse(statusCode: number) {
  const listeners: Record<string, () => void> = {};
  const res = {
    statusCode,
    writtenStatus: 0,
    body: "",
    headers: {} as Record<string, string>,
    once: (event: string, done: () => void) => void (listeners[event] = done),
    write: () => true,
    getHeader: () => "application/json",
    writeHead(status: number, headers: Record<string, string>) {
      res.writtenStatus = status;
      res.headers = headers;
      return res;
    },
    end(chunk?: string | Buffer) {
      res.body = String(chunk ?? "");
      listeners.close?.();
      return res;
    },
  };
  return res as typeof res & ServerResponse;
}

describe("the API's cache of public reads", () => {
  it("answers a repeated public read without the database, with the same body", async () => {
    const first = await readMalbild();
    const second = await readMalbild();
    expect(first.cached).toBe(false);
    expect(first.statements).toBeGreaterThan(0);
    expect(second).toMatchObject({ status: 200, cached: true, statements: 0 });
    expect(second.malbild).toEqual(first.malbild);
  });

  it("shows a coordinator's edit on the very next read", async () => {
    const before = (await readMalbild()).malbild;
    const { token } = await createApiClient({ baseUrl: base }).auth.login.mutate({ email: "samordnare@varmland.demo", password: TEST_PASSWORD });
    const admin = createApiClient({ baseUrl: base, tenantSlug: "varmland", sessionToken: token });
    await admin.malbild.updateVision.mutate({ malbildId: before.id, expectedRevision: before.revision, vision: "En ändrad vision" });
    const after = await readMalbild();
    expect(after.cached).toBe(false);
    expect(after.malbild.vision).toBe("En ändrad vision");
    expect((await readMalbild()).cached).toBe(true);
  });

  it("never stores reads made with a session, nor refusals of bad input; a missing programme stays missing", async () => {
    await readMalbild({ authorization: "Bearer ingen-giltig-session" });
    expect((await readMalbild({ authorization: "Bearer ingen-giltig-session" })).cached).toBe(false);
    const bad = async () => fetch(`${base}/trpc/malbildVersion.get?input=${encodeURIComponent('{"json":{"version":"x"}}')}`, { headers: { "x-naravard-tenant": "varmland" } });
    await bad();
    const badAgain = await bad();
    expect(badAgain.status).toBe(400);
    expect(badAgain.headers.get("x-naravard-cache")).toBeNull();
    const missing = async () => fetch(`${base}/trpc/malbild.current`, { headers: { "x-naravard-tenant": "finns-inte" } });
    await missing();
    const again = await missing();
    expect(again.status).toBe(404);
    expect(again.headers.get("x-naravard-cache")).toBe("hit");
  });

  it("answers reads of one key that arrive while it is being answered from that one answer", () => {
    const cache = createReadCache({ ttlSeconds: 60 });
    const request = { method: "GET", headers: {}, url: "/trpc/tenant.overview" } as never;
    const leader = fakeResponse(200);
    const waiters = [fakeResponse(0), fakeResponse(0), fakeResponse(0)];
    const ran: string[] = [];
    cache.handle(request, leader, () => ran.push("leader"));
    for (const waiter of waiters) cache.handle(request, waiter, () => ran.push("waiter"));
    expect(ran).toEqual(["leader"]);
    leader.end("svaret");
    expect(ran).toEqual(["leader"]);
    expect(waiters.map((w) => [w.writtenStatus, w.body, w.headers["x-naravard-cache"]])).toEqual(Array(3).fill([200, "svaret", "hit"]));
  });

  it("lets waiting reads go on by themselves when the first answer cannot be kept", () => {
    const cache = createReadCache({ ttlSeconds: 60 });
    const request = { method: "GET", headers: {}, url: "/trpc/x" } as never;
    const leader = fakeResponse(500);
    const ran: string[] = [];
    cache.handle(request, leader, () => ran.push("leader"));
    cache.handle(request, fakeResponse(0), () => ran.push("waiter"));
    expect(ran).toEqual(["leader"]);
    leader.end("fel");
    expect(ran).toEqual(["leader", "waiter"]);
  });

  it("keeps tenants apart: the same procedure for another tenant is another entry", async () => {
    await readMalbild();
    const orebro = await fetch(`${base}/trpc/malbild.current`, { headers: { "x-naravard-tenant": "orebro" } });
    const body = (await orebro.json()) as { result: { data: { json: { vision: string } } } };
    expect(body.result.data.json.vision).not.toBe((await readMalbild()).malbild.vision);
  });
});

describe("the cache's state, for the portal's page cache", () => {
  const state = async () => ((await (await fetch(`${base}/cache-state`)).json()) as { state: string | null }).state;

  it("stays the same while only reads happen, and changes with every write", async () => {
    const first = await state();
    expect(first).toMatch(/^[0-9a-f]{8}\.\d+$/);
    await readMalbild();
    expect(await state()).toBe(first);
    const { token } = await createApiClient({ baseUrl: base }).auth.login.mutate({ email: "samordnare@varmland.demo", password: TEST_PASSWORD });
    const after = await state();
    expect(after).not.toBe(first);
    const admin = createApiClient({ baseUrl: base, tenantSlug: "varmland", sessionToken: token });
    const current = (await readMalbild()).malbild;
    await admin.malbild.updateVision.mutate({ malbildId: current.id, expectedRevision: current.revision, vision: "Ännu en vision" });
    expect(await state()).not.toBe(after);
  });

  it("is null while a write is in flight, and when caching is off", () => {
    const cache = createReadCache({ ttlSeconds: 60 });
    expect(cache.state()).not.toBeNull();
    const res = { once: (_event: string, done: () => void) => void (finish = done) } as never;
    let finish = () => {};
    cache.handle({ method: "POST", headers: {}, url: "/trpc/x" } as never, res, () => {});
    expect(cache.state()).toBeNull();
    finish();
    expect(cache.state()).not.toBeNull();
    expect(createReadCache({ ttlSeconds: 0 }).state()).toBeNull();
  });
});
