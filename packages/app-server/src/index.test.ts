import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CROSS_SITE_MESSAGE, createAppServer, isCrossSiteWrite, refuseCrossSiteWrites } from "./index.ts";

describe("isCrossSiteWrite", () => {
  const host = { host: "admin.example.se" };
  it("lets reads through whatever their headers", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) expect(isCrossSiteWrite(method, { ...host, "sec-fetch-site": "cross-site", origin: "https://ond.example" })).toBe(false);
  });

  it("follows the browser's Sec-Fetch-Site when it is there", () => {
    expect(isCrossSiteWrite("POST", { ...host, "sec-fetch-site": "same-origin", origin: "https://admin.example.se" })).toBe(false);
    expect(isCrossSiteWrite("POST", { ...host, "sec-fetch-site": "none" })).toBe(false);
    expect(isCrossSiteWrite("POST", { ...host, "sec-fetch-site": "same-site", origin: "https://admin.example.se" })).toBe(true);
    expect(isCrossSiteWrite("DELETE", { ...host, "sec-fetch-site": "cross-site" })).toBe(true);
  });

  it("compares Origin with the host the browser used, behind a proxy too", () => {
    expect(isCrossSiteWrite("POST", { ...host, origin: "https://admin.example.se" })).toBe(false);
    expect(isCrossSiteWrite("POST", { ...host, origin: "https://ond.example" })).toBe(true);
    expect(isCrossSiteWrite("POST", { ...host, origin: "null" })).toBe(true);
    expect(isCrossSiteWrite("POST", { ...host, origin: "inte en adress" })).toBe(true);
    expect(isCrossSiteWrite("POST", { host: "127.0.0.1:3001", "x-forwarded-host": "admin.example.se", origin: "https://admin.example.se" })).toBe(false);
    expect(isCrossSiteWrite("POST", { host: "127.0.0.1:3001", "x-forwarded-host": "admin.example.se", origin: "http://127.0.0.1:3001" })).toBe(true);
  });

  it("refuses headers that contradict each other: a same-origin Sec-Fetch-Site does not excuse a foreign Origin", () => {
    expect(isCrossSiteWrite("POST", { ...host, "sec-fetch-site": "same-origin", origin: "https://ond.example" })).toBe(true);
    expect(isCrossSiteWrite("POST", { ...host, "sec-fetch-site": "none", origin: "null" })).toBe(true);
    expect(isCrossSiteWrite("POST", { ...host, "sec-fetch-site": "same-origin", origin: "" })).toBe(true);
    expect(isCrossSiteWrite("POST", { ...host, origin: "https://admin.example.se, https://ond.example" })).toBe(true);
    expect(isCrossSiteWrite("POST", { host: "admin.example.se, ond.example", origin: "https://admin.example.se" })).toBe(true);
  });

  it("lets a request with neither header through: not a browser, so no victim's cookie", () => {
    expect(isCrossSiteWrite("POST", host)).toBe(false);
  });
});

describe("refuseCrossSiteWrites", () => {
  let base: string;
  let server: ReturnType<ReturnType<typeof express>["listen"]>;
  let reached = 0;
  beforeAll(async () => {
    const app = express();
    app.use(refuseCrossSiteWrites);
    app.all("*", (_req, res) => {
      reached += 1;
      res.send("ok");
    });
    await new Promise<void>((resolve) => {
      server = app.listen(0, "127.0.0.1", resolve);
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server?.close());

  it("answers 403 with a Swedish sentence before the app sees a forged post, and lets the rest through", async () => {
    const forged = await fetch(`${base}/varmland/malbild`, { method: "POST", headers: { origin: "https://ond.example" }, body: "intent=delete" });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toBe(CROSS_SITE_MESSAGE);
    expect(forged.headers.get("cache-control")).toBe("no-store");
    expect(reached).toBe(0);
    const own = await fetch(`${base}/varmland/malbild`, { method: "POST", headers: { origin: base }, body: "intent=save" });
    expect(own.status).toBe(200);
    expect(reached).toBe(1);
  });
});

/**
 * The production server in front of a real Remix handler (a one-route build with an action): whatever the
 * headers of a write — Sec-Fetch-Site odd or missing, Origin "null", malformed, empty, foreign or
 * ours, X-Forwarded-Host or not — the answer is the action's or a 403 with the Swedish sentence,
 * never a 5xx. Remix's own Origin check answers an empty 500 (issue 20: `Sec-Fetch-Site:
 * same-origin` with a foreign Origin got one), so the check in front must stop all it would stop.
 */
describe("refuseCrossSiteWrites in front of Remix", () => {
  let port: number;
  let server: ReturnType<ReturnType<typeof express>["listen"]>;
  let actions = 0;
  beforeAll(async () => {
    const build = {
      mode: "production",
      entry: { module: { default: (_request: Request, status: number, headers: Headers) => new Response("sidan", { status, headers }) } },
      routes: {
        root: {
          id: "root",
          path: "",
          module: {
            default: () => null,
            action: () => {
              actions += 1;
              return null;
            },
          },
        },
      },
      assets: {
        routes: { root: { id: "root", path: "", module: "/root.js", hasAction: true, hasLoader: false, hasClientAction: false, hasClientLoader: false, hasErrorBoundary: false } },
        entry: { module: "/entry.js", imports: [] },
        url: "/manifest.js",
        version: "1",
      },
      publicPath: "/build/",
      assetsBuildDirectory: "build",
      future: {},
      isSpaMode: false,
    } as unknown as ServerBuild;
    // The production server as the apps start it, with this build instead of theirs.
    const app = await createAppServer({ appDir: mkdtempSync(path.join(tmpdir(), "app-server-")), build, log: false });
    await new Promise<void>((resolve) => {
      server = app.listen(0, "127.0.0.1", resolve);
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => server?.close());

  // Raw headers through node:http, so empty and odd values reach the server as sent.
  const send = (method: string, headers: Record<string, string>) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method, path: "/", headers: { ...headers, "content-type": "application/x-www-form-urlencoded" } }, (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.end("intent=save");
    });

  it("answers a same-origin Sec-Fetch-Site with a foreign Origin with 403, not an empty 500", async () => {
    const res = await send("POST", { host: `127.0.0.1:${port}`, "sec-fetch-site": "same-origin", origin: "https://ond.example" });
    expect(res).toEqual({ status: 403, body: CROSS_SITE_MESSAGE });
  });

  it("never answers 5xx, for any mix of Sec-Fetch-Site, Origin, Host and X-Forwarded-Host", async () => {
    const ours = () => `127.0.0.1:${port}`;
    const hostName = fc.constantFrom("OURS", "admin.example.se", "ond.example", "127.0.0.1", "localhost:3001", "ADMIN.example.se");
    const resolve = (value: string) => value.replace("OURS", ours());
    const origin = fc.oneof(
      fc.constantFrom("null", "", "inte en adress", "http://", "https://[::1", "http://OURS", "https://OURS", "http://OURS, http://OURS", "https://admin.example.se", "https://ond.example"),
      hostName.map((h) => `http://${h}`),
      fc.webUrl(),
      fc.string({ maxLength: 20 }).filter((s) => !/[\r\n\0]/.test(s)),
    );
    const site = fc.oneof(fc.constantFrom("same-origin", "same-site", "cross-site", "none", "", "SAME-ORIGIN", "same-origin, cross-site", "ja"), fc.stringMatching(/^[a-z-]{0,12}$/));
    const headers = fc.record(
      {
        host: hostName,
        origin,
        "sec-fetch-site": site,
        "x-forwarded-host": fc.oneof(hostName, fc.constantFrom("", " , OURS", "OURS, ond.example")),
      },
      { requiredKeys: ["host"] },
    );
    const method = fc.constantFrom("POST", "PUT", "PATCH", "DELETE");
    const problems: string[] = [];
    await fc.assert(
      fc.asyncProperty(method, headers, async (method, headers) => {
        const sent = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, resolve(value)]));
        const before = actions;
        let res: { status: number; body: string };
        try {
          res = await send(method, sent);
        } catch {
          return; // a header value node:http itself will not send
        }
        if (res.status >= 500) problems.push(`${method} ${JSON.stringify(sent)}: ${res.status}`);
        if (res.status === 403 && (res.body !== CROSS_SITE_MESSAGE || actions !== before)) problems.push(`${method} ${JSON.stringify(sent)}: 403 after the action, or without the sentence`);
      }),
      { numRuns: 200 },
    );
    expect(problems).toEqual([]);
  });
});
