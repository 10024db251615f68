import { request } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { gunzipSync } from "node:zlib";
import compression from "compression";
import express from "express";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPageCache } from "./page-cache.ts";

/**
 * The page cache in front of a stand-in for Remix that counts its renders and, like
 * entry.server.tsx, puts a fresh nonce in the CSP header and the script tags of every page.
 */
let state: string | null = "abc.1";
let stateQuestions = 0;
let renders = 0;
let today = "2026-12-02";
let delay = 5;
let base: string;
let server: ReturnType<ReturnType<typeof express>["listen"]>;

const cache = createPageCache({
  ttlSeconds: 60,
  langCookie: "sprak",
  today: () => today,
  fetchState: async () => {
    stateQuestions += 1;
    const answer = state;
    await new Promise((resolve) => setTimeout(resolve, delay));
    if (answer === "down") throw new Error("ECONNREFUSED");
    return answer;
  },
});

beforeAll(async () => {
  const app = express();
  // As in main.ts: compression first, so the cache keeps the page uncompressed.
  app.use(compression({ threshold: 0 }));
  app.use(cache.middleware);
  app.get("*", async (req, res) => {
    // A page that takes a while to render, so requests for it pile up.
    if (req.path.startsWith("/langsam")) await new Promise((resolve) => setTimeout(resolve, 150));
    // Like Remix, nothing is rendered for a visitor who has already gone.
    if (res.destroyed) return;
    renders += 1;
    const nonce = `nonce${renders}${Math.random().toString(36).slice(2)}`;
    res.setHeader("Content-Security-Policy", `script-src 'self' 'nonce-${nonce}'`);
    if (req.path === "/kaka" || req.path === "/langsam/kaka") res.setHeader("Set-Cookie", "a=b");
    if (req.path === "/fel") return void res.status(500).send("fel");
    const lang = /sprak=en/.test(req.headers.cookie ?? "") ? "en" : "sv";
    res.setHeader("ETag", `W/"${req.path}-${lang}"`);
    res.status(req.path === "/saknas" ? 404 : 200).send(
      `<html lang="${lang}"><script nonce="${nonce}">1</script>${req.url} render ${renders}` +
        // A large page (a roadmap at 100× data) with the nonce further in, to test backpressure.
        (req.path === "/varmland/stor" ? `${"<p>rad</p>".repeat(60_000)}<script nonce="${nonce}">2</script>` : "") +
        "</html>",
    );
  });
  await new Promise<void>((resolve) => {
    server = app.listen(0, "127.0.0.1", resolve);
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server?.close());
beforeEach(() => {
  cache.clear();
  state = "abc.1";
  today = "2026-12-02";
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(base + path, { headers });
  return {
    status: res.status,
    hit: res.headers.get("x-page-cache") === "hit",
    csp: res.headers.get("content-security-policy"),
    body: await res.text(),
  };
};
const nonceIn = (html: string) => /nonce="([^"]+)"/.exec(html)?.[1];

describe("the portal's page cache", () => {
  it("serves a page again without rendering it, with a fresh nonce in the header and the script tag", async () => {
    const first = await get("/varmland/malbild");
    const rendersBefore = renders;
    const second = await get("/varmland/malbild");
    expect(first.hit).toBe(false);
    expect(second.hit).toBe(true);
    expect(renders).toBe(rendersBefore);
    expect(nonceIn(second.body)).not.toBe(nonceIn(first.body));
    expect(second.csp).toBe(`script-src 'self' 'nonce-${nonceIn(second.body)}'`);
    expect(second.body.replace(nonceIn(second.body)!, "N")).toBe(first.body.replace(nonceIn(first.body)!, "N"));
  });

  it("serves a kept page compressed to a browser that accepts gzip, whole", async () => {
    const first = await get("/varmland/stor");
    for (const encoding of ["gzip", "br", "identity"]) {
      const res = await fetch(`${base}/varmland/stor`, {
        headers: { "accept-encoding": encoding },
        signal: AbortSignal.timeout(5000),
      });
      const body = await res.text();
      expect(res.headers.get("x-page-cache")).toBe("hit");
      expect(body.replaceAll(nonceIn(body)!, "N")).toBe(first.body.replaceAll(nonceIn(first.body)!, "N"));
    }
  });

  it("serves a kept page as one valid gzip member made of pieces compressed once, with a fresh nonce", async () => {
    const first = await get("/varmland/stor");
    const raw = async () =>
      new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
        request(`${base}/varmland/stor`, { headers: { "accept-encoding": "gzip, deflate, br" } }, (res) => {
          const chunks: Buffer[] = [];
          res
            .on("data", (c: Buffer) => chunks.push(c))
            .on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on("error", reject)
          .end();
      });
    const a = await raw();
    const b = await raw();
    expect(a.headers["x-page-cache"]).toBe("hit");
    expect(a.headers["content-encoding"]).toBe("gzip");
    expect(a.headers.vary).toMatch(/accept-encoding/i);
    expect(Number(a.headers["content-length"])).toBe(a.body.length);
    // gunzip checks the CRC-32 and the length in the trailer: a wrong one throws.
    const page = gunzipSync(a.body).toString();
    const nonce = nonceIn(page)!;
    expect(a.headers["content-security-policy"]).toBe(`script-src 'self' 'nonce-${nonce}'`);
    expect(page.split(nonce)).toHaveLength(3);
    expect(page.replaceAll(nonce, "N")).toBe(first.body.replaceAll(nonceIn(first.body)!, "N"));
    expect(nonceIn(gunzipSync(b.body).toString())).not.toBe(nonce);
    // Compressed well: far below the page's own size.
    expect(a.body.length).toBeLessThan(Buffer.byteLength(page) / 20);
  });

  it("sends the page uncompressed to a client that refuses gzip", async () => {
    await get("/varmland/stor");
    const res = await fetch(`${base}/varmland/stor`, { headers: { "accept-encoding": "gzip;q=0, identity" } });
    expect(res.headers.get("x-page-cache")).toBe("hit");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(await res.text()).toContain("<p>rad</p>");
  });

  it("renders again as soon as the API's state changes (a write), and while the state is unknown", async () => {
    await get("/varmland");
    state = "abc.2";
    expect((await get("/varmland")).hit).toBe(false);
    expect((await get("/varmland")).hit).toBe(true);
    state = null;
    expect((await get("/varmland")).hit).toBe(false);
    expect((await get("/varmland")).hit).toBe(false);
    state = "down";
    expect((await get("/varmland")).hit).toBe(false);
    state = "abc.2";
    expect((await get("/varmland")).hit).toBe(true);
  });

  it("keeps languages, addresses and days apart, and leaves other cookies alone", async () => {
    const sv = await get("/varmland/kontakt");
    const en = await get("/varmland/kontakt", { cookie: "sprak=en" });
    expect(en.hit).toBe(false);
    expect(en.body).toContain('lang="en"');
    expect((await get("/varmland/kontakt", { cookie: "sprak=en" })).body).toContain('lang="en"');
    expect((await get("/varmland/kontakt")).body).toContain(sv.body.slice(-10));
    expect((await get("/varmland/kontakt?sida=2")).hit).toBe(false);
    today = "2026-12-03";
    expect((await get("/varmland/kontakt")).hit).toBe(false);
    await get("/varmland/kontakt", { cookie: "session=x" });
    expect((await get("/varmland/kontakt", { cookie: "session=x" })).hit).toBe(false);
  });

  it("keeps 404s, never 500s or answers that set a cookie", async () => {
    await get("/saknas");
    expect(await get("/saknas")).toMatchObject({ status: 404, hit: true });
    await get("/fel");
    expect((await get("/fel")).hit).toBe(false);
    await get("/kaka");
    expect((await get("/kaka")).hit).toBe(false);
  });

  it("renders a page that many ask for at once only once, and serves them all from it", async () => {
    const before = renders;
    const pages = await Promise.all(Array.from({ length: 20 }, () => get("/langsam/sida")));
    expect(renders - before).toBe(1);
    expect(pages.every((p) => p.status === 200)).toBe(true);
    expect(pages.filter((p) => p.hit)).toHaveLength(19);
    expect(new Set(pages.map((p) => p.body.replaceAll(nonceIn(p.body)!, "N"))).size).toBe(1);
    expect(new Set(pages.map((p) => nonceIn(p.body))).size).toBe(20);
  });

  it("lets the waiting requests render by themselves when the page cannot be kept", async () => {
    const before = renders;
    const pages = await Promise.all(Array.from({ length: 5 }, () => get("/langsam/kaka")));
    expect(pages.every((p) => p.status === 200 && !p.hit)).toBe(true);
    expect(renders - before).toBe(5);
  });

  it("is not held up by visitors who left before their page was rendered", async () => {
    delay = 50;
    try {
      // Requests whose connection is gone at once (a load generator stopping, a closed tab).
      for (let i = 0; i < 20; i++) {
        const socket = connect(Number(new URL(base).port), "127.0.0.1");
        socket.on("error", () => {});
        socket.write(`GET /varmland/lamnad HTTP/1.1\r\nHost: ${new URL(base).host}\r\n\r\n`, () =>
          setTimeout(() => socket.destroy(), i % 2 ? 0 : 10),
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      const after = await fetch(`${base}/varmland/lamnad`, { signal: AbortSignal.timeout(2000) });
      expect(after.status).toBe(200);
    } finally {
      delay = 5;
    }
  });

  it("answers a browser that has the page with 304 and no CSP", async () => {
    await get("/varmland/beslut");
    const res = await fetch(`${base}/varmland/beslut`, { headers: { "if-none-match": 'W/"/varmland/beslut-sv"' } });
    expect(res.status).toBe(304);
    expect(res.headers.get("x-page-cache")).toBe("hit");
    expect(res.headers.get("content-security-policy")).toBeNull();
  });

  it("asks the API once for many requests that arrive together, and always after they arrived", async () => {
    await get("/varmland/fardplan");
    const before = stateQuestions;
    delay = 50;
    try {
      const pages = await Promise.all(Array.from({ length: 40 }, () => get("/varmland/fardplan")));
      expect(pages.every((p) => p.hit)).toBe(true);
      // At most two questions at a time (one on its way, one waiting), whatever the timing.
      expect(stateQuestions - before).toBeLessThan(20);
    } finally {
      delay = 5;
    }
  });

  it("never answers a request with a state read before it arrived", async () => {
    await get("/varmland/sok");
    delay = 100;
    try {
      const early = get("/varmland/sok");
      await new Promise((resolve) => setTimeout(resolve, 30));
      // A write is acknowledged while the first question is on its way; a request after it must see it.
      state = "abc.3";
      const late = get("/varmland/sok");
      expect((await early).hit).toBe(true);
      expect((await late).hit).toBe(false);
    } finally {
      delay = 5;
    }
  });
});
