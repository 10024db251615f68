import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * A cache of the public's tRPC reads (GET without a session), so a portal page served again costs
 * the database nothing. Correct for one API process, which is how the platform runs (the embedded
 * database allows only one, and docs/decisions/011 explains the choice for a PostgreSQL server):
 *
 * - every tRPC write (a POST: admin edits, public input, feedback) empties the cache when it starts
 *   and again when it ends, so the next read after an acknowledged write sees it;
 * - a read stores its answer only if no write started while it ran (the generation is unchanged),
 *   so a read that raced a write never puts the old answer back;
 * - entries also expire after `ttlSeconds`, for answers that depend on today's date;
 * - the key is the whole URL (procedure and input) and the tenant header; reads with a session are
 *   never stored, nor answers other than 200 and 404 (a missing programme or item stays missing
 *   until a write);
 * - reads of one key that arrive while it is being answered wait for that answer instead of all
 *   asking the database (a page in demand on a cold cache is one query, not fifty); if the answer
 *   could not be kept, each of them goes on by itself.
 */
interface Entry {
  status: number;
  body: Buffer;
  headers: Record<string, string>;
  expires: number;
}

export function createReadCache(options: { ttlSeconds: number; maxEntries?: number }) {
  const maxEntries = options.maxEntries ?? 5000;
  const entries = new Map<string, Entry>();
  let generation = 0;
  let writesInFlight = 0;
  // A new process starts a new series, so a cache outside (the portal's pages) never mistakes
  // generation 3 of this process for generation 3 of the one before.
  const series = randomUUID().slice(0, 8);

  const clear = () => {
    generation += 1;
    entries.clear();
  };

  const keyOf = (req: IncomingMessage) => `${String(req.headers["x-naravard-tenant"] ?? "")} ${req.url ?? ""}`;

  /** Keys being answered now, with what each waiting request does once the answer is there (or not). */
  const inFlight = new Map<string, { generation: number; waiters: ((answered: boolean) => void)[] }>();

  const serve = (res: ServerResponse, hit: Entry) => {
    res.writeHead(hit.status, { ...hit.headers, "x-naravard-cache": "hit" });
    res.end(hit.body);
  };

  return {
    /** Call for every /trpc/ request, with `run` to answer it when the cache cannot. */
    handle(req: IncomingMessage, res: ServerResponse, run: () => void): void {
      if (options.ttlSeconds <= 0) return run();
      if (req.method !== "GET") {
        writesInFlight += 1;
        clear();
        res.once("close", () => {
          writesInFlight -= 1;
          clear();
        });
        return run();
      }
      if (req.headers.authorization) return run();
      const key = keyOf(req);
      const hit = entries.get(key);
      if (hit && hit.expires > Date.now()) {
        // Most recently used last, so the oldest is the first to go when the cache is full.
        entries.delete(key);
        entries.set(key, hit);
        return serve(res, hit);
      }
      const leader = inFlight.get(key);
      if (leader && leader.generation === generation) {
        leader.waiters.push((answered) => {
          const kept = entries.get(key);
          if (answered && kept) serve(res, kept);
          else run();
        });
        return;
      }
      // A caller already gone would never be heard closing: let it not lead the others.
      if (res.destroyed) return run();
      const started = generation;
      const flight = { generation: started, waiters: [] as ((answered: boolean) => void)[] };
      inFlight.set(key, flight);
      let landed = false;
      const land = (answered: boolean) => {
        if (landed) return;
        landed = true;
        if (inFlight.get(key) === flight) inFlight.delete(key);
        for (const waiter of flight.waiters) waiter(answered);
      };
      // An answer that never ends (the caller went away) must not leave the others waiting.
      res.once("close", () => land(false));
      const chunks: Buffer[] = [];
      const write = res.write.bind(res);
      const end = res.end.bind(res);
      res.write = ((chunk: unknown, ...rest: never[]) => {
        if (chunk) chunks.push(Buffer.from(chunk as string));
        return write(chunk as string, ...rest);
      }) as typeof res.write;
      res.end = ((chunk?: unknown, ...rest: never[]) => {
        if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk as string));
        let kept = false;
        if ((res.statusCode === 200 || res.statusCode === 404) && started === generation && writesInFlight === 0) {
          const headers = { "content-type": String(res.getHeader("content-type") ?? "application/json") };
          if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
          entries.set(key, { status: res.statusCode, body: Buffer.concat(chunks), headers, expires: Date.now() + options.ttlSeconds * 1000 });
          kept = true;
        }
        land(kept);
        return end(chunk as string, ...rest);
      }) as typeof res.end;
      run();
    },
    clear,
    /**
     * What the cache holds, as a token that changes whenever a write starts or ends, for caches
     * built on these answers (the portal's page cache, decision 012). `null` while a write is in
     * flight or when caching is off: nothing may be cached then.
     */
    state(): string | null {
      return options.ttlSeconds > 0 && writesInFlight === 0 ? `${series}.${generation}` : null;
    },
    get size() {
      return entries.size;
    },
  };
}

export type ReadCache = ReturnType<typeof createReadCache>;
