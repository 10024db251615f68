/**
 * The portal's production server: what `remix-serve` does (Express, compression, the built assets
 * with long-lived caching, request log, the Remix handler of @remix-run/express), plus the page
 * cache in front of Remix (decision 012) and the security headers on the static files too.
 *
 * PORT (default 3000), HOST, API_URL (default http://127.0.0.1:4000), PAGE_CACHE_SECONDS (default
 * 60; 0 turns the page cache off).
 */
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { type ServerBuild, installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import morgan from "morgan";
import { createPageCache } from "./page-cache.ts";

process.env.NODE_ENV ??= "production";
installGlobals({ nativeFetch: true });

const appDir = path.resolve(fileURLToPath(import.meta.url), "../..");
const build = (await import(pathToFileURL(path.join(appDir, "build/server/index.js")).href)) as ServerBuild;
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

/** Headers for files (the pages get theirs, with a nonce, from entry.server.tsx). */
const staticHeaders = (res: express.Response) => {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "SAMEORIGIN");
};

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use(
  build.publicPath,
  express.static(path.resolve(appDir, build.assetsBuildDirectory), { immutable: true, maxAge: "1y", setHeaders: staticHeaders }),
);
app.use(express.static(path.join(appDir, "public"), { maxAge: "1h", setHeaders: staticHeaders }));
app.use(morgan("tiny"));
app.use(pageCache.middleware);
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));

const server = process.env.HOST ? app.listen(port, process.env.HOST, listening) : app.listen(port, listening);
function listening() {
  console.log(`[portal] http://localhost:${port} (sidcache ${ttlSeconds > 0 ? `${ttlSeconds} s` : "av"})`);
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => server.close(() => process.exit(0)));
