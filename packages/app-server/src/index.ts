/**
 * The production server of both Remix apps: what `remix-serve` does (Express, compression, the
 * built assets with long-lived caching, a request log, the handler of @remix-run/express), plus
 * what the apps need in front of Remix:
 *
 * - security headers on the static files too (pages get theirs, with a nonce, from entry.server);
 * - writes from another site refused with 403 and a Swedish sentence before any action runs
 *   (`isCrossSiteWrite`, decision 010) — Remix's own origin check would answer an empty 500;
 * - the app's own middleware (the portal's page cache, decision 012) just before Remix.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import { type ServerBuild, installGlobals } from "@remix-run/node";
import compression from "compression";
import express from "express";
import morgan from "morgan";
import { CROSS_SITE_MESSAGE, isCrossSiteWrite } from "./cross-site.ts";
import { listFiles, staticFiles } from "./static-files.ts";

export { CROSS_SITE_MESSAGE, isCrossSiteWrite, listFiles, staticFiles };

/** Headers for files (the pages get theirs, with a nonce, from entry.server.tsx). */
export function setStaticHeaders(res: express.Response) {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "SAMEORIGIN");
}

/** Answers a cross-site write with 403 before it reaches Remix. */
export const refuseCrossSiteWrites: express.RequestHandler = (req, res, next) => {
  if (!isCrossSiteWrite(req.method, req.headers)) return next();
  setStaticHeaders(res);
  res.status(403).type("text/plain; charset=utf-8").setHeader("Cache-Control", "no-store");
  res.send(CROSS_SITE_MESSAGE);
};

export interface AppServerOptions {
  /** The app's directory (holding build/ and public/). */
  appDir: string;
  /** Middleware to run just before Remix (after the files, the log and the cross-site check). */
  beforeRemix?: express.RequestHandler[];
}

/** Loads the app's server build and puts the Express app together. */
export async function createAppServer({ appDir, beforeRemix = [] }: AppServerOptions): Promise<express.Express> {
  process.env.NODE_ENV ??= "production";
  installGlobals({ nativeFetch: true });
  const build = (await import(pathToFileURL(path.join(appDir, "build/server/index.js")).href)) as ServerBuild;

  const app = express();
  app.disable("x-powered-by");
  app.use(compression());
  // Files only, listed at start: a page's address costs no file lookup (static-files.ts).
  app.use(
    build.publicPath,
    staticFiles(path.resolve(appDir, build.assetsBuildDirectory), { immutable: true, maxAge: "1y", setHeaders: setStaticHeaders }),
  );
  app.use(staticFiles(path.join(appDir, "public"), { maxAge: "1h", setHeaders: setStaticHeaders }));
  app.use(morgan("tiny"));
  app.use(refuseCrossSiteWrites);
  for (const middleware of beforeRemix) app.use(middleware);
  app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));
  return app;
}

/** Listens on PORT (and HOST, if set) and closes cleanly on SIGTERM and SIGINT. */
export function serve(app: express.Express, { port, host, describe }: { port: number; host?: string; describe: () => string }) {
  const listening = () => console.log(describe());
  const server = host ? app.listen(port, host, listening) : app.listen(port, listening);
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => server.close(() => process.exit(0)));
  return server;
}
