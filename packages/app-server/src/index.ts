/**
 * The production server of both Remix apps: what `remix-serve` does (Express, compression, the
 * built assets with long-lived caching, a request log, the handler of @remix-run/express), plus
 * what the apps need in front of Remix:
 *
 * - security headers on the static files too (pages get theirs, with a nonce, from entry.server);
 * - writes from another site refused with 403 and a Swedish sentence before any action runs
 *   (`isCrossSiteWrite`, decision 010) — Remix's own origin check would answer an empty 500;
 * - request bodies bounded (`BodyLimit`): one declared too large is refused with 413 before Remix,
 *   one without a declared length (chunked) is counted as Remix reads it and cut off at the limit;
 * - the app's own middleware (the portal's page cache, decision 012) just before Remix.
 */
import path from "node:path";
import { Transform, type TransformCallback } from "node:stream";
import { pathToFileURL } from "node:url";
import {
  type ServerBuild,
  createReadableStreamFromReadable,
  createRequestHandler,
  installGlobals,
  writeReadableStreamToWritable,
} from "@remix-run/node";
import compression from "compression";
import express from "express";
import morgan from "morgan";
import { CLIENT_ADDRESS_HEADER, setClientAddress, trustProxySetting } from "./client-address.ts";
import { CROSS_SITE_MESSAGE, isCrossSiteWrite } from "./cross-site.ts";
import { listFiles, staticFiles } from "./static-files.ts";

export { CLIENT_ADDRESS_HEADER, CROSS_SITE_MESSAGE, isCrossSiteWrite, listFiles, staticFiles, trustProxySetting };

/** Headers for files (the pages get theirs, with a nonce, from entry.server.tsx). */
export function setStaticHeaders(res: express.Response) {
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
  res.setHeader("X-Frame-Options", "SAMEORIGIN");
}

/**
 * Answers 400 to an address that decodes to a control character, or does not decode at all, before
 * Remix: its router refuses such a URL with an empty 500 (`/%0A`, issue 20's review). No page of
 * either app has a control character in its address.
 */
export const refuseMalformedPaths: express.RequestHandler = (req, res, next) => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(req.path);
  } catch {
    decoded = "\u0000";
  }
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (!/[\u0000-\u001f\u007f]/.test(decoded)) return next();
  setStaticHeaders(res);
  res.status(400).type("text/plain; charset=utf-8").setHeader("Cache-Control", "no-store");
  res.send("Ogiltig adress.");
};

/** Answers a cross-site write with 403 before it reaches Remix. */
export const refuseCrossSiteWrites: express.RequestHandler = (req, res, next) => {
  if (!isCrossSiteWrite(req.method, req.headers)) return next();
  setStaticHeaders(res);
  res.status(403).type("text/plain; charset=utf-8").setHeader("Cache-Control", "no-store");
  res.send(CROSS_SITE_MESSAGE);
};

/**
 * How large a request body may be. The apps' forms are small: a 20 MB post to a page that shows
 * the posted text again came back as a 42 MB page (issue 20). Only the routes that take a file
 * get more, and only for a multipart body.
 */
export interface BodyLimit {
  /** Bytes for any body (default 64 KB). */
  bytes: number;
  /** Routes (matched on the path) that take an upload, and the bytes their multipart body may have. */
  uploads?: { paths: RegExp[]; bytes: number };
}

export const DEFAULT_BODY_LIMIT: BodyLimit = { bytes: 64 * 1024 };

export const TOO_LARGE_MESSAGE = "Förfrågan är för stor. Korta texten eller välj en mindre fil och försök igen.";

/** The limit for this request's body. */
export function bodyLimitFor(limit: BodyLimit, req: express.Request): number {
  const { uploads } = limit;
  const multipart = (req.headers["content-type"] ?? "").toLowerCase().startsWith("multipart/form-data");
  return uploads && multipart && uploads.paths.some((p) => p.test(req.path)) ? uploads.bytes : limit.bytes;
}

/**
 * Answers 413 and closes the connection: the rest of the body is never read, so a client cannot
 * keep the server busy receiving what it will throw away.
 */
export function refuseTooLarge(res: express.Response) {
  setStaticHeaders(res);
  res.status(413).type("text/plain; charset=utf-8").setHeader("Cache-Control", "no-store");
  res.setHeader("Connection", "close");
  res.send(TOO_LARGE_MESSAGE);
}

/** Refuses a body whose declared length is over the limit before anything reads it. */
export function refuseLargeBodies(limit: BodyLimit): express.RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (!(declared > bodyLimitFor(limit, req))) return next();
    refuseTooLarge(res);
  };
}

/** Passes at most `max` bytes on, then fails (and says so through `exceeded`). */
class ByteLimit extends Transform {
  seen = 0;
  exceeded = false;
  constructor(private readonly max: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.seen += chunk.length;
    if (this.seen <= this.max) return callback(null, chunk);
    this.exceeded = true;
    callback(new Error("Förfrågan är för stor."));
  }
}

/**
 * Remix behind Express, as @remix-run/express does it (the same request URL, headers, abort on a
 * closed connection and response), except that a body is read through `ByteLimit`: a chunked body
 * declares no length, so only counting it as it streams can stop it. Past the limit the action's
 * read fails, so nothing is stored, and the answer is 413 whatever the action made of the failure.
 */
function remixHandler(build: ServerBuild, limit: BodyLimit): express.RequestHandler {
  const handleRequest = createRequestHandler(build, process.env.NODE_ENV);
  return async (req, res, next) => {
    try {
      // req.hostname follows "trust proxy"; the port comes from X-Forwarded-Host or Host.
      const port = [req.get("X-Forwarded-Host"), req.get("host")].map((h) => Number.parseInt(h?.split(":")[1] ?? "", 10)).find(Number.isSafeInteger);
      const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const headers = new Headers();
      for (const [key, values] of Object.entries(req.headers)) {
        for (const value of Array.isArray(values) ? values : values ? [values] : []) headers.append(key, value);
      }
      const init: RequestInit & { duplex?: "half" } = { method: req.method, headers, signal: controller.signal };
      let body: ByteLimit | undefined;
      if (req.method !== "GET" && req.method !== "HEAD") {
        const limited = req.pipe(new ByteLimit(bodyLimitFor(limit, req)));
        body = limited;
        init.body = createReadableStreamFromReadable(limited);
        init.duplex = "half";
        // An answer that did not need the whole body (a 404, a redirect to the login page) leaves
        // the rest unread, and the kept-alive connection stuck behind it: the rest is read to
        // nowhere, up to the limit; past it the connection is cut.
        res.on("finish", () => {
          if (req.complete || limited.exceeded) return;
          limited.removeAllListeners("data");
          limited.on("error", () => req.socket?.destroy());
          limited.resume();
        });
      }
      const response = await handleRequest(new Request(url.href, init));
      if (body?.exceeded) {
        req.unpipe(body);
        await response.body?.cancel();
        return refuseTooLarge(res);
      }
      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [key, value] of response.headers.entries()) res.append(key, value);
      if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  };
}

export interface AppServerOptions {
  /** The app's directory (holding build/ and public/). */
  appDir: string;
  /** The server build; by default the production one in appDir/build (tests pass Vite's). */
  build?: ServerBuild;
  /** How large request bodies may be (default `DEFAULT_BODY_LIMIT`). */
  bodyLimit?: BodyLimit;
  /** Middleware to run just before Remix (after the files, the log and the cross-site check). */
  beforeRemix?: express.RequestHandler[];
  /** The request log on stdout (default on; tests making hundreds of requests turn it off). */
  log?: boolean;
}

/** Loads the app's server build and puts the Express app together. */
export async function createAppServer({ appDir, build: given, bodyLimit = DEFAULT_BODY_LIMIT, beforeRemix = [], log = true }: AppServerOptions): Promise<express.Express> {
  process.env.NODE_ENV ??= "production";
  installGlobals({ nativeFetch: true });
  const build = given ?? ((await import(pathToFileURL(path.join(appDir, "build/server/index.js")).href)) as ServerBuild);

  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxySetting());
  app.use(setClientAddress);
  app.use(compression());
  // Files only, listed at start: a page's address costs no file lookup (static-files.ts).
  app.use(
    build.publicPath,
    staticFiles(path.resolve(appDir, build.assetsBuildDirectory), { immutable: true, maxAge: "1y", setHeaders: setStaticHeaders }),
  );
  app.use(staticFiles(path.join(appDir, "public"), { maxAge: "1h", setHeaders: setStaticHeaders }));
  if (log) app.use(morgan("tiny"));
  app.use(refuseMalformedPaths);
  app.use(refuseCrossSiteWrites);
  app.use(refuseLargeBodies(bodyLimit));
  for (const middleware of beforeRemix) app.use(middleware);
  app.all("*", remixHandler(build, bodyLimit));
  return app;
}

/** Listens on PORT (and HOST, if set) and closes cleanly on SIGTERM and SIGINT. */
export function serve(app: express.Express, { port, host, describe }: { port: number; host?: string; describe: () => string }) {
  const listening = () => console.log(describe());
  const server = host ? app.listen(port, host, listening) : app.listen(port, listening);
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => server.close(() => process.exit(0)));
  return server;
}
