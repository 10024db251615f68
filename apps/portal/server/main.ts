/**
 * The portal's production server: the shared app server (packages/app-server: what `remix-serve`
 * does, security headers on files, cross-site writes refused) with the page cache in front of
 * Remix (decision 012).
 *
 * PORT (default 3000), HOST, API_URL (default http://127.0.0.1:4000), PAGE_CACHE_SECONDS (default
 * 60; 0 turns the page cache off).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createAppServer, serve } from "@naravard/app-server";
import { createPageCache } from "./page-cache.ts";

const apiUrl = (process.env.API_URL ?? "http://127.0.0.1:4000").replace(/\/$/, "");
const ttlSeconds = Number(process.env.PAGE_CACHE_SECONDS ?? 60);
const port = Number(process.env.PORT ?? 3000);
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm" });

const pageCache = createPageCache({
  ttlSeconds: Number.isFinite(ttlSeconds) ? ttlSeconds : 60,
  langCookie: "sprak",
  today: () => today.format(new Date()),
  fetchState: async () => {
    const res = await fetch(`${apiUrl}/cache-state`, { signal: AbortSignal.timeout(2000) });
    if (!res.ok) return null;
    return ((await res.json()) as { state: string | null }).state;
  },
});

const app = await createAppServer({ appDir: path.resolve(fileURLToPath(import.meta.url), "../.."), beforeRemix: [pageCache.middleware] });
serve(app, {
  port,
  host: process.env.HOST,
  describe: () => `[portal] http://localhost:${port} (sidcache ${ttlSeconds > 0 ? `${ttlSeconds} s` : "av"})`,
});
