/**
 * Every route and form of the portal, in-process (issue 20): the app as Vite compiles it (no
 * production build needed), behind the same Express server as in production (packages/app-server),
 * against the real API on a seeded embedded database. Generated query strings and form bodies —
 * tab-slash tricks, CR/LF, %-encodings, non-Latin-1 text, huge values — must never get a 5xx nor a
 * redirect off the site; a post over the size limit gets 413, declared or chunked, and stores
 * nothing.
 */
import { request } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { type ViteDevServer, createServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiServer } from "@naravard/api-server/src/server.ts";
import { DEFAULT_BODY_LIMIT, TOO_LARGE_MESSAGE, createAppServer } from "@naravard/app-server";
import { type FuzzRoute, fuzzRoutes, probe, routesOf } from "@naravard/app-server/route-fuzz";
// eslint-disable-next-line no-restricted-imports -- counts the feedback rows a refused post must not add (test only).
import { queryRows, sql } from "@naravard/db";
// eslint-disable-next-line no-restricted-imports -- the real API needs a seeded database to serve; the test (never the app) starts one.
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";

const appDir = path.resolve(fileURLToPath(import.meta.url), "../..");
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000);

let t: TestDatabase;
let vite: ViteDevServer;
let build: ServerBuild;
let base: string;
const servers: { close(): unknown }[] = [];

const listen = async (server: Pick<Server, "listen" | "address" | "close">) => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

beforeAll(async () => {
  t = await createTestDatabase();
  process.env.API_URL = await listen(createApiServer(t, () => {}));
  vite = await createServer({ root: appDir, logLevel: "warn", server: { middlewareMode: true, hmr: false, watch: null }, appType: "custom" });
  build = (await vite.ssrLoadModule("virtual:remix/server-build")) as ServerBuild;
  // Without the request log: a few hundred lines that say nothing the assertions do not.
  const app = await createAppServer({ appDir, build, log: false });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  servers.push(server);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  for (const server of servers) server.close();
  await vite?.close();
  await t?.close();
});

/** Rows of page feedback stored so far (nothing else in the portal writes it). */
// Through drizzle, so it counts on PGlite and on a real PostgreSQL (TEST_DATABASE_URL) alike.
const feedbackRows = async () => (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from page_feedback`))[0]!.n;

describe("every portal route with generated input", () => {
  let routes: FuzzRoute[];
  beforeAll(() => {
    routes = routesOf(build);
  });

  it("finds the routes in the build, the language switch and the page feedback among them", () => {
    expect(routes.map((r) => r.pattern)).toEqual(expect.arrayContaining(["/sprak", "/:tenant/sidfeedback", "/:tenant/malbild"]));
  });

  it("answers the reported tricks without a 5xx or a redirect off the site (issue 20)", async () => {
    const problems = [
      await probe(base, "/sprak?till=en&tillbaka=/%09/127.0.0.2:3001/logga-in"),
      await probe(base, "/sprak?till=en&tillbaka=/%0A/x"),
      await probe(base, "/sprak?till=en&tillbaka=/.//evil.example"),
    ].filter(Boolean);
    expect(problems).toEqual([]);
    const back = await fetch(`${base}/sprak?till=en&tillbaka=${encodeURIComponent("/varmland/sök")}`, { redirect: "manual" });
    expect(back.headers.get("location")).toBe("/varmland/s%C3%B6k");
  });

  it("refuses a feedback path with CR/LF or non-Latin-1 characters with 400, storing nothing", async () => {
    const before = await feedbackRows();
    for (const bad of ["/varmland\r\nSet-Cookie: x=1", "/varmland/\u2603", "/\t/evil.example", "//evil.example"]) {
      const res = await fetch(`${base}/varmland/sidfeedback`, { method: "POST", body: new URLSearchParams({ path: bad, useful: "yes" }), redirect: "manual" });
      expect(res.status, JSON.stringify(bad)).toBe(400);
      expect(await res.text()).toContain("Ogiltig sida.");
    }
    expect(await feedbackRows()).toBe(before);
    const good = await fetch(`${base}/varmland/sidfeedback`, { method: "POST", body: new URLSearchParams({ path: "/varmland/malbild", useful: "yes" }), redirect: "manual" });
    expect(good.headers.get("location")).toBe("/varmland/malbild?sidfeedback=tack#sidfeedback-svar");
    expect(await feedbackRows()).toBe(before + 1);
  });

  it("never answers a generated GET or form post with a 5xx or a redirect off the site", async () => {
    const problems = await fuzzRoutes({ base, routes, samples: { tenant: "varmland" }, runs: 4, seed });
    expect(problems).toEqual([]);
    // Minutes on a busy machine (CI runs other suites beside it); most of it is rendering pages.
  }, 480_000);
});

describe("the portal's body limit", () => {
  const form = (size: number) => new URLSearchParams({ path: "/varmland/malbild", useful: "yes", comment: "x".repeat(size) }).toString();

  it("answers a post declared over the limit with 413 at once, and stores nothing", async () => {
    const before = await feedbackRows();
    const started = Date.now();
    const res = await fetch(`${base}/varmland/sidfeedback`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: form(20 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect(await res.text()).toBe(TOO_LARGE_MESSAGE);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await feedbackRows()).toBe(before);
  });

  it("cuts off a chunked post at the limit with 413, and stores nothing", async () => {
    const before = await feedbackRows();
    const { port } = new URL(base);
    // A body sent in pieces without a Content-Length, as a script can: 4 MB, far past the limit.
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method: "POST", path: "/varmland/sidfeedback", headers: { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      req.write(`path=%2Fvarmland%2Fmalbild&useful=yes&comment=`);
      let sent = 0;
      const more = () => {
        while (sent < 4 * 1024 * 1024) {
          sent += 16 * 1024;
          if (!req.write("x".repeat(16 * 1024))) return void req.once("drain", more);
        }
        req.end();
      };
      more();
    });
    expect(status).toBe(413);
    expect(await feedbackRows()).toBe(before);
  });

  it("takes a post under the limit as before", async () => {
    const before = await feedbackRows();
    // A stream of unknown length goes chunked.
    const body = new Blob([form(500)]).stream();
    const res = await fetch(`${base}/varmland/sidfeedback`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
      duplex: "half",
      redirect: "manual",
    } as RequestInit);
    expect(res.status).toBe(303);
    expect(await feedbackRows()).toBe(before + 1);
    expect(DEFAULT_BODY_LIMIT.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it("shows a refused answer's text again cut at the longest allowed, not whole", async () => {
    const page = await (await fetch(`${base}/varmland/synpunkter`)).text();
    const questionId = /name="questionId" value="([^"]+)"/.exec(page)?.[1];
    expect(questionId).toBeTruthy();
    const res = await fetch(`${base}/varmland/synpunkter`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ questionId: questionId!, text: "å".repeat(6000), extra: "y".repeat(6000) }).toString(),
    });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).not.toContain("å".repeat(2001));
    expect(html).not.toContain("y".repeat(100));
  });
});
