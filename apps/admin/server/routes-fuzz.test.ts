/**
 * Every route and form of the admin, in-process (issue 20): the app as Vite compiles it, behind
 * the same Express server as in production (packages/app-server, with the admin's body limit),
 * against the real API on a seeded embedded database. Generated query strings and form bodies —
 * tab-slash tricks in `redirectTo`, CR/LF, %-encodings, non-Latin-1 text, huge values — signed in
 * as a coordinator and anonymously, must never get a 5xx nor a redirect off the site; a post over
 * the size limit gets 413, declared or chunked.
 */
import { type Server, createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { type ViteDevServer, createServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "@naravard/api-server/src/server.ts";
import { createAppServer } from "@naravard/app-server";
import { type FuzzRoute, fuzzRoutes, probe, routesOf } from "@naravard/app-server/route-fuzz";
// eslint-disable-next-line no-restricted-imports -- the real API needs a seeded database to serve; the test (never the app) starts one.
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { ADMIN_BODY_LIMIT } from "../app/lib/body-limit.ts";

const appDir = path.resolve(fileURLToPath(import.meta.url), "../..");
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

let t: TestDatabase;
let vite: ViteDevServer;
let build: ServerBuild;
let base: string;
let cookie: string;
const servers: Pick<Server, "close">[] = [];

const listen = async (server: Pick<Server, "listen" | "address" | "close" | "once">) => {
  server.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

/** Signs the seeded coordinator in; the session cookie. */
async function signIn(redirectTo: string) {
  const res = await fetch(`${base}/logga-in`, {
    method: "POST",
    body: new URLSearchParams({ email: "samordnare@varmland.demo", password: TEST_PASSWORD, redirectTo }),
    redirect: "manual",
  });
  return { res, cookie: res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ") };
}

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.API_URL = await listen(createApiServer(t, () => {}));
  vite = await createServer({ root: appDir, logLevel: "warn", server: { middlewareMode: true, hmr: false, watch: null }, appType: "custom" });
  build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  // Without the request log: a few hundred lines that say nothing the assertions do not.
  base = await listen(createHttpServer(await createAppServer({ appDir, build, bodyLimit: ADMIN_BODY_LIMIT, log: false })));
  ({ cookie } = await signIn("/varmland"));
}, 120_000);
afterAll(async () => {
  for (const server of servers) server.close();
  await vite?.close();
  await t?.close();
});

describe("every admin route with generated input", () => {
  let routes: FuzzRoute[];
  beforeAll(() => {
    routes = routesOf(build);
  });

  it("finds the routes in the build, the login among them", () => {
    expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/logga-in", "/:tenant/malbild"]));
  });

  it("sends a signed-in user back only to a page of this site, encoded (issue 20)", async () => {
    for (const trick of ["/\t/127.0.0.2:3001/logga-in", "/\n/evil.example", "/.//evil.example", "//evil.example", "/\\evil.example"]) {
      const { res } = await signIn(trick);
      expect(await probe(base, `/logga-in?${new URLSearchParams({ redirectTo: trick })}`, { headers: { cookie } })).toBeNull();
      expect(new URL(res.headers.get("location")!, base).origin, JSON.stringify(trick)).toBe(new URL(base).origin);
    }
    expect((await signIn("/varmland/sök")).res.headers.get("location")).toBe("/varmland/s%C3%B6k");
  });

  it("never answers a generated GET or form post with a 5xx or a redirect off the site, signed in or not", async () => {
    // Logging out would end the session under test; it gets its posts in the anonymous round.
    const signedIn = await fuzzRoutes({ base, routes, samples: { tenant: "varmland" }, runs: 3, seed, cookie, skipPosts: /^\/logga-ut/ });
    const anonymous = await fuzzRoutes({ base, routes, samples: { tenant: "varmland" }, runs: 1, seed: seed + 7 });
    expect([...signedIn, ...anonymous]).toEqual([]);
  }, 600_000);
});

describe("the admin's body limit", () => {
  it("answers a form post declared over the limit with 413 at once", async () => {
    const res = await fetch(`${base}/varmland/malbild`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body: `intent=vision&vision=${"x".repeat(ADMIN_BODY_LIMIT.bytes + 1)}`,
    });
    expect(res.status).toBe(413);
  });

  it("cuts off a chunked form post at the limit with 413", async () => {
    const body = new Blob([`intent=vision&vision=${"x".repeat(2 * ADMIN_BODY_LIMIT.bytes)}`]).stream();
    const res = await fetch(`${base}/varmland/malbild`, {
      method: "POST",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
  });

  it("gives the upload routes room for a full-size slide deck, and no other route", () => {
    const req = (path: string, type: string) => ({ path, headers: { "content-type": type } });
    const uploads = ADMIN_BODY_LIMIT.uploads!;
    expect(uploads.bytes).toBeGreaterThan(20 * 1024 * 1024);
    expect(uploads.paths.some((p) => p.test(req("/varmland/evenemang/abc", "multipart/form-data").path))).toBe(true);
    expect(uploads.paths.some((p) => p.test(req("/varmland/malbild", "multipart/form-data").path))).toBe(false);
  });
});
