import { createNonce } from "@naravard/app-server/nonce";
import type { IncomingMessage, ServerResponse } from "node:http";
import { constants as zlib, crc32, deflateRawSync } from "node:zlib";
import accepts from "accepts";
import { LRUCache } from "lru-cache";

/**
 * A cache of whole public pages in front of Remix (decision 012). A page is a function of its
 * address, the interface language, today's date and the public data; the public data is what the
 * API's read cache holds, and the API tells its state as a token that changes with every write
 * (`GET /cache-state`). So a page rendered under token T is served again, without running a
 * loader or rendering, for as long as the API still says T:
 *
 * - every request asks the API for a token *after* it arrived (concurrent requests share one
 *   question), so a write acknowledged before the request is always seen: an admin's published
 *   change shows on the next request;
 * - a page is stored under the token read before it was rendered, so one that raced a write is
 *   stale at once rather than kept;
 * - the API answers `null` while a write is in flight or when its own cache is off, and cannot be
 *   asked while it is down: then nothing is served from or stored in this cache;
 * - only GETs without cookies other than the language cookie, only 200 and 404 answers, never one
 *   that sets a cookie; entries also expire after `ttlSeconds` (pages that depend on the hour);
 * - requests for a page that is being rendered under the same state wait for that rendering
 *   rather than render it too: a page in demand on a cold cache is rendered once, not fifty times.
 *
 * The Content-Security-Policy nonce is new in every response: a stored page gets a fresh nonce in
 * its header and in its script tags, and the 304 logic of entry.server is kept (ETag, no CSP).
 *
 * A kept page is also kept compressed, so a hit costs no compression (gzip of a 50 KB page was
 * most of a hit's time): the pieces between the nonces are deflated once, each ending on a byte
 * boundary without closing the stream (a sync flush), and a hit joins them with the fresh nonce
 * deflated the same way into one gzip member — header, the blocks, a closing empty block, and the
 * CRC-32 and length of the whole page. Clients that do not take gzip get the page as before.
 */
export interface PageCacheOptions {
  /** Asks the API for its cache state; rejects or answers null when nothing may be cached. */
  fetchState: () => Promise<string | null>;
  ttlSeconds: number;
  /** Total size of the bodies kept, in bytes. */
  maxBytes?: number;
  /** The cookie that chooses the interface language, the only cookie pages depend on. */
  langCookie: string;
  /** Today's date where the programme is (pages list upcoming and past events by it). */
  today: () => string;
}

interface Entry {
  state: string;
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  nonce: string | null;
  /**
   * The body cut at each occurrence of the nonce, to join with a fresh one in between without
   * searching the page or turning it into a string.
   */
  parts: Buffer[];
  /** `parts` deflated, each ending in a sync flush (see above). */
  deflated: Buffer[];
}

/** gzip's member header (RFC 1952): deflate, no flags, no time, OS unknown. */
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** The closing block of a deflate stream: final, fixed codes, empty. */
const FINAL_BLOCK = deflateRawSync(Buffer.alloc(0));
const deflatePiece = (piece: Buffer) => deflateRawSync(piece, { level: zlib.Z_BEST_COMPRESSION, finishFlush: zlib.Z_SYNC_FLUSH });

/**
 * `bytes` as a stored (uncompressed) deflate block (RFC 1951, 3.2.4): a byte-aligned header, the
 * length and its complement, the bytes. The pieces before it end byte-aligned (sync flush), so it
 * can follow them; 24 random characters would not compress anyway, and no zlib stream is set up.
 */
function storedBlock(bytes: Buffer): Buffer {
  const block = Buffer.allocUnsafe(5 + bytes.length);
  block[0] = 0; // not final, stored
  block.writeUInt16LE(bytes.length, 1);
  block.writeUInt16LE(~bytes.length & 0xffff, 3);
  bytes.copy(block, 5);
  return block;
}

/** The page as one gzip member: the deflated pieces joined by the nonce (a stored block). */
function gzipOf(entry: Entry, nonce: Buffer | null): Buffer {
  let crc = 0;
  let length = 0;
  const deflatedNonce = nonce ? storedBlock(nonce) : null;
  const blocks: Buffer[] = [GZIP_HEADER];
  entry.parts.forEach((part, i) => {
    // Pieces after the first exist only where the nonce was cut out, so both are set there.
    if (i > 0 && nonce && deflatedNonce) {
      crc = crc32(nonce, crc);
      length += nonce.length;
      blocks.push(deflatedNonce);
    }
    crc = crc32(part, crc);
    length += part.length;
    blocks.push(entry.deflated[i]!);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  blocks.push(FINAL_BLOCK, trailer);
  return Buffer.concat(blocks);
}

/** A Vary header that also names Accept-Encoding. */
function varyOnEncoding(vary: string | string[] | undefined): string {
  const names = ([] as string[])
    .concat(vary ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter(Boolean);
  return names.some((n) => n.toLowerCase() === "accept-encoding") ? names.join(", ") : [...names, "Accept-Encoding"].join(", ");
}

type Next = (error?: unknown) => void;

/** Headers that belong to one response on the wire, not to the page. */
const HOP_BY_HOP = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "date",
  "keep-alive",
  "transfer-encoding",
  "x-page-cache",
]);

export function createPageCache(options: PageCacheOptions) {
  const entries = new LRUCache<string, Entry>({
    maxSize: options.maxBytes ?? 64 * 1024 * 1024,
    sizeCalculation: (entry) => entry.body.length + entry.deflated.reduce((sum, piece) => sum + piece.length, 0) + 512,
    ttl: options.ttlSeconds * 1000,
  });
  const stats = { hits: 0, misses: 0, stored: 0, bypassed: 0, waited: 0 };
  /** Pages being rendered now, with the requests for the same page waiting for them. */
  const inFlight = new Map<string, { state: string; waiters: (() => void)[] }>();

  // One question to the API at a time; requests that arrive meanwhile wait for the next one,
  // which is asked after they arrived.
  let asking: Promise<string | null> | null = null;
  let queued: Promise<string | null> | null = null;
  const ask = (): Promise<string | null> =>
    options.fetchState().then(
      (state) => state,
      () => null,
    );
  const freshState = (): Promise<string | null> => {
    if (!asking) {
      asking = ask().finally(() => {
        asking = null;
      });
      return asking;
    }
    queued ??= asking.then(() => {
      queued = null;
      return freshState();
    });
    return queued;
  };

  const langOf = (cookie: string | undefined): string | null => {
    if (!cookie) return "sv";
    const parts = cookie
      .split(";")
      .map((part) => part.trim())
      .filter(Boolean);
    if (parts.length !== 1) return null;
    const match = new RegExp(`^${options.langCookie}=(sv|en)$`).exec(parts[0]!);
    return match ? match[1]! : null;
  };

  const keyOf = (req: IncomingMessage, lang: string) =>
    [options.today(), lang, req.headers.host, req.headers["x-forwarded-host"], req.headers["x-forwarded-proto"], req.url].join(
      " ",
    );

  function serve(req: IncomingMessage, res: ServerResponse, entry: Entry) {
    const etag = entry.headers.etag;
    const known =
      typeof req.headers["if-none-match"] === "string" ? req.headers["if-none-match"].split(",").map((t) => t.trim()) : [];
    if (typeof etag === "string" && entry.status === 200 && known.includes(etag)) {
      res.writeHead(304, {
        ETag: etag,
        "Cache-Control": String(entry.headers["cache-control"] ?? "no-cache"),
        Vary: "Cookie",
        "X-Page-Cache": "hit",
      });
      res.end();
      return;
    }
    const headers: Record<string, string | string[]> = { ...entry.headers, "x-page-cache": "hit" };
    const nonce = entry.nonce ? Buffer.from(createNonce()) : null;
    if (nonce) {
      const csp = headers["content-security-policy"];
      if (typeof csp === "string")
        headers["content-security-policy"] = csp.replaceAll(`'nonce-${entry.nonce}'`, `'nonce-${nonce.toString()}'`);
    }
    if (accepts(req).encoding(["gzip", "identity"]) === "gzip") {
      const gzipped = gzipOf(entry, nonce);
      // Already encoded: compression (registered before) leaves the response alone.
      res.writeHead(entry.status, {
        ...headers,
        "content-encoding": "gzip",
        "content-length": String(gzipped.length),
        vary: varyOnEncoding(headers.vary),
      });
      res.end(gzipped);
      return;
    }
    const body = nonce ? Buffer.concat(entry.parts.flatMap((part, i) => (i > 0 ? [nonce, part] : [part]))) : entry.body;
    // Set one by one, then written: compression (registered before) decides in writeHead whether
    // to compress and removes Content-Length then; headers passed to writeHead itself would put a
    // stale length back (a browser then waits for bytes that never come).
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (!res.hasHeader("content-length") && !res.hasHeader("transfer-encoding"))
      res.setHeader("content-length", String(body.length));
    res.writeHead(entry.status);
    res.end(body);
  }

  /** `body` cut at every occurrence of `marker` (the pieces share its memory). */
  function cut(body: Buffer, marker: string): Buffer[] {
    const needle = Buffer.from(marker);
    const pieces: Buffer[] = [];
    let from = 0;
    for (let at = body.indexOf(needle, from); at !== -1; at = body.indexOf(needle, from)) {
      pieces.push(body.subarray(from, at));
      from = at + needle.length;
    }
    pieces.push(body.subarray(from));
    return pieces;
  }

  /** Wraps the response so the page Remix writes is kept, if it may be. */
  function capture(res: ServerResponse, key: string, state: string) {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, ...rest: never[]) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk as string));
      return write(chunk as string, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: never[]) => {
      if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk as string));
      const cacheControl = String(res.getHeader("cache-control") ?? "");
      if (
        (res.statusCode === 200 || res.statusCode === 404) &&
        !res.hasHeader("set-cookie") &&
        !/no-store|private/.test(cacheControl)
      ) {
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(res.getHeaders())) {
          if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = Array.isArray(value) ? value : String(value);
        }
        const csp = headers["content-security-policy"];
        const nonce = typeof csp === "string" ? (/'nonce-([^']+)'/.exec(csp)?.[1] ?? null) : null;
        const body = Buffer.concat(chunks);
        const parts = nonce ? cut(body, nonce) : [body];
        entries.set(key, {
          state,
          status: res.statusCode,
          headers,
          body,
          nonce,
          parts,
          deflated: parts.map((part) => deflatePiece(part)),
        });
        stats.stored += 1;
      }
      return end(chunk as string, ...rest);
    }) as typeof res.end;
  }

  /** Connect/Express middleware; put it after compression and before the Remix handler. */
  function middleware(req: IncomingMessage, res: ServerResponse, next: Next) {
    if (req.method !== "GET" || options.ttlSeconds <= 0) return next();
    const lang = langOf(req.headers.cookie);
    if (!lang) {
      stats.bypassed += 1;
      return next();
    }
    // A visitor who left (before this ran, or while the state was asked for) must not become the
    // renderer others wait for: its close has already happened and would never be heard.
    let gone = false;
    res.once("close", () => {
      gone = true;
    });
    freshState().then(
      (state) => {
        if (gone || res.destroyed) return;
        if (!state) {
          stats.bypassed += 1;
          return next();
        }
        const key = keyOf(req, lang);
        const entry = entries.get(key);
        if (entry && entry.state === state) {
          stats.hits += 1;
          return serve(req, res, entry);
        }
        // The page is being rendered for another request under this state: wait for it.
        const rendering = inFlight.get(key);
        if (rendering && rendering.state === state) {
          stats.waited += 1;
          rendering.waiters.push(() => {
            const kept = entries.get(key);
            if (kept && kept.state === state) {
              stats.hits += 1;
              serve(req, res, kept);
            } else next();
          });
          return;
        }
        stats.misses += 1;
        const flight = { state, waiters: [] as (() => void)[] };
        inFlight.set(key, flight);
        // Whether the page was kept or not (an error, a cookie, the visitor went away), the
        // waiting requests go on: served from the kept page, or rendered by themselves.
        res.once("close", () => {
          if (inFlight.get(key) === flight) inFlight.delete(key);
          for (const waiter of flight.waiters) waiter();
        });
        capture(res, key, state);
        next();
      },
      (error: unknown) => next(error),
    );
  }

  return {
    middleware,
    stats,
    clear: () => entries.clear(),
    get size() {
      return entries.size;
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
