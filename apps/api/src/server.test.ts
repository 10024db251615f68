import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApi } from "./test-server.ts";

let base: string;
let api: Awaited<ReturnType<typeof startTestApi>>;

beforeAll(async () => {
  api = await startTestApi();
  ({ base } = api);
});
afterAll(() => api?.close());

describe("API server over HTTP", () => {
  it("answers liveness and readiness", async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: "ok" });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });

  it("serves a tenant's målbild when the tenant header names it", async () => {
    const res = await fetch(`${base}/trpc/malbild.current`, { headers: { "x-naravard-tenant": "varmland" } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { json: { vision: string } } } };
    expect(body.result.data.json.vision).toBe("Tillsammans utvecklar vi god och nära vård, hälsa & omsorg");
  });

  it("answers 404 for an unknown tenant, 401 without a session, 400 for bad input, without stack traces", async () => {
    const unknown = await fetch(`${base}/trpc/malbild.current`, { headers: { "x-naravard-tenant": "gotland" } });
    expect(unknown.status).toBe(404);
    const anonymous = await fetch(`${base}/trpc/malbild.updateVision`, {
      method: "POST",
      headers: { "x-naravard-tenant": "varmland", "content-type": "application/json" },
      body: JSON.stringify({ json: { malbildId: "x", vision: "" } }),
    });
    expect(anonymous.status).toBe(401);
    const bad = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { email: 12, password: null } }),
    });
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).not.toMatch(/stack|at .*\.ts:\d+/);
    expect(text).toContain("Ange din e-postadress.");
  });

  it("answers 404 for paths it does not serve", async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
