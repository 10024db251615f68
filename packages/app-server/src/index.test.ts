import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CROSS_SITE_MESSAGE, isCrossSiteWrite, refuseCrossSiteWrites } from "./index.ts";

describe("isCrossSiteWrite", () => {
  const host = { host: "admin.example.se" };
  it("lets reads through whatever their headers", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) expect(isCrossSiteWrite(method, { ...host, "sec-fetch-site": "cross-site", origin: "https://ond.example" })).toBe(false);
  });

  it("follows the browser's Sec-Fetch-Site when it is there", () => {
    expect(isCrossSiteWrite("POST", { ...host, "sec-fetch-site": "same-origin", origin: "https://ond.example" })).toBe(false);
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
