import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { appRouter, createContextFromHeaders } from "@naravard/api";
import type { DatabaseHandle } from "@naravard/db";
import { MATERIAL_MAX_BYTES } from "@naravard/domain";
import type { BenchProbe } from "./bench-probe.ts";
import { createOpenDataHandler } from "./open-data/handler.ts";
import type { ReadCache } from "./read-cache.ts";

/**
 * Bounds on what one request to /trpc/ may ask of the API (issue 20). The apps call one procedure
 * per request (httpLink); a batch (`/trpc/a,b,c?batch=1`) of more than this is refused with 400
 * before any procedure runs, so one request cannot store hundreds of rows or run hundreds of
 * searches. The inputs themselves are checked in shape by the router's transformer
 * (packages/api/src/transformer.ts).
 */
export const MAX_BATCH_SIZE = 10;
/**
 * Bodies of every procedure: the longest text an input takes (an article, 100 000 characters) fits
 * many times over. Parsing and checking a body costs time on the API's one thread in proportion to
 * its size (a 27 MB array of numbers took 34 s, and every other request waited: issue 20's review).
 */
export const MAX_BODY_BYTES = 1024 * 1024;
/** The procedures that take a file, alone (not batched): a slide deck in base64 (4 bytes for every 3), a Kolada file. */
export const LARGE_INPUT_PROCEDURES = new Set(["event.addFile", "indicator.importKolada"]);
export const MAX_LARGE_BODY_BYTES = Math.ceil((MATERIAL_MAX_BYTES * 4) / 3) + 1024 * 1024;

/**
 * The API's HTTP server: tRPC under /trpc/, open data under /api/v1/, liveness at /healthz,
 * readiness (the database answers) at /readyz, and the public read cache's state at /cache-state.
 */
export function createApiServer(
  handle: DatabaseHandle,
  log: (line: string) => void = console.log,
  options: { probe?: BenchProbe | undefined; cache?: ReadCache | undefined } = {},
) {
  const { probe, cache } = options;
  const trpcHandler = (maxBodySize: number) =>
    createHTTPHandler({
      router: appRouter,
      basePath: "/trpc/",
      maxBatchSize: MAX_BATCH_SIZE,
      // Beyond this the body is not read on: 413.
      maxBodySize,
      createContext: ({ req }) =>
        createContextFromHeaders(
          handle.db,
          req.headers,
          probe ? (path, type) => probe.onProcedure(path, type, req) : undefined,
          req.socket.remoteAddress ?? null,
        ),
      onError: ({ error, path }) => {
        if (error.code === "INTERNAL_SERVER_ERROR")
          log(`tRPC ${path ?? "?"}: ${error.cause?.stack ?? error.stack ?? error.message}`);
      },
    });
  const trpcSmall = trpcHandler(MAX_BODY_BYTES);
  const trpcLarge = trpcHandler(MAX_LARGE_BODY_BYTES);
  const trpc = (req: IncomingMessage, res: ServerResponse) => {
    const procedure = (req.url ?? "").split("?")[0]!.slice("/trpc/".length);
    return (LARGE_INPUT_PROCEDURES.has(procedure) ? trpcLarge : trpcSmall)(req, res);
  };

  const openData = createOpenDataHandler(handle.db, probe);
  // At run time the router's procedures are one flat record by path ("malbild.current").
  const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    res.end(JSON.stringify(body));
  };

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz") return json(res, 200, { status: "ok" });
    if (path === "/readyz") {
      handle.ping().then(
        () => json(res, 200, { status: "ready", database: handle.kind }),
        () => json(res, 503, { status: "unavailable", database: handle.kind }),
      );
      return;
    }
    // The read cache's state, for the portal's page cache: same token, same public data.
    if (path === "/cache-state") return json(res, 200, { state: cache?.state() ?? null });
    if (probe && path === "/debug/bench") {
      // DELETE empties the read cache and forgets the statements and calls seen; `?cache` only
      // empties the cache (the benchmark's fresh renders keep what the pages asked for).
      if (req.method === "DELETE") {
        if (!/[?&]cache\b/.test(req.url ?? "")) probe.reset();
        cache?.clear();
      }
      // Every procedure of the router, so the benchmark can tell which it has not measured.
      if (req.url?.includes("procedures"))
        return json(
          res,
          200,
          Object.entries(procedures).map(([path, procedure]) => ({ path, type: procedure._def.type })),
        );
      return json(res, 200, probe.snapshot(req.url?.includes("full") ?? false));
    }
    if (path?.startsWith("/trpc/")) {
      if (cache) return cache.handle(req, res, () => void trpc(req, res));
      return trpc(req, res);
    }
    if (path?.startsWith("/api/v1/")) {
      openData(req, res, new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`)).catch((error: unknown) => {
        log(`open data ${path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (!res.headersSent) json(res, 500, { error: "Internal error." });
      });
      return;
    }
    json(res, 404, { error: "Not found" });
  });
}
