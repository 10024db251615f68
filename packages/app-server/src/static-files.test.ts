import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNonce } from "./nonce.ts";
import { listFiles, staticFiles } from "./static-files.ts";

describe("staticFiles", () => {
  const dir = mkdtempSync(join(tmpdir(), "naravard-static-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "favicon.svg"), "<svg/>");
  writeFileSync(join(dir, "assets", "app-1.js"), "console.log(1)");
  writeFileSync(join(dir, "assets", "med mellanslag.txt"), "ja");
  let base: string;
  let server: ReturnType<ReturnType<typeof express>["listen"]>;
  beforeAll(async () => {
    const app = express();
    app.use(staticFiles(dir, { maxAge: "1h" }));
    app.use(staticFiles(join(dir, "saknas")));
    app.all("*", (req, res) => {
      res.send(`sida ${req.path}`);
    });
    await new Promise<void>((resolve) => {
      server = app.listen(0, "127.0.0.1", resolve);
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server?.close());

  it("lists the files under their paths", () => {
    expect([...listFiles(dir)].sort()).toEqual(["/assets/app-1.js", "/assets/med mellanslag.txt", "/favicon.svg"]);
    expect(listFiles(join(dir, "saknas")).size).toBe(0);
  });

  it("serves the files it listed, with their headers", async () => {
    const file = await fetch(`${base}/assets/app-1.js`);
    expect(file.status).toBe(200);
    expect(await file.text()).toBe("console.log(1)");
    expect(file.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(await (await fetch(`${base}/assets/med%20mellanslag.txt`)).text()).toBe("ja");
  });

  it("passes every other address on: pages, folders, files added later, paths that climb out", async () => {
    writeFileSync(join(dir, "senare.txt"), "nej");
    for (const path of ["/", "/varmland", "/assets", "/assets/", "/senare.txt", "/assets/..%2Ffavicon.svg"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toMatch(/^sida /);
    }
    // Not a file and not decodable: on to the app (Express itself answers 400 for its route).
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
    const head = await fetch(`${base}/favicon.svg`, { method: "POST" });
    expect(await head.text()).toBe("sida /favicon.svg");
  });
});

describe("createNonce", () => {
  it("gives 16 random bytes in base64, never the same twice, across refills of its pool", () => {
    const nonces = Array.from({ length: 2000 }, createNonce);
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
