import type { IncomingMessage } from "node:http";

/** A procedure the API ran, with the request that caused it, as the benchmark replays it. */
export interface ObservedCall {
  procedure: string;
  type: "query" | "mutation" | "subscription";
  /** The request's method and address: `/trpc/…` or the open-data `/api/v1/…` that called it. */
  method: string;
  url: string;
  headers: Record<string, string>;
}

/**
 * What the benchmark (`pnpm bench`) reads from a running API started with NARAVARD_BENCH=1: how many
 * SQL statements it has sent, the distinct statements (with one set of parameters each, for
 * EXPLAIN), the procedures it ran with the request of each (to replay the reads one by one), and
 * its memory. Only exposed on that flag, and the API listens on loopback by default.
 */
export function createBenchProbe(maxDistinct = 2000) {
  let statements = 0;
  const queries = new Map<string, unknown[]>();
  const calls = new Map<string, ObservedCall>();
  return {
    onQuery(query: string, params: unknown[]) {
      statements += 1;
      if (queries.size < maxDistinct && !queries.has(query)) queries.set(query, params);
    },
    /** A procedure starts (tRPC over HTTP, or called by the open-data REST API) for `req`. */
    onProcedure(procedure: string, type: ObservedCall["type"], req: IncomingMessage) {
      if (calls.size >= maxDistinct) return;
      const url = req.url ?? "/";
      const headers: Record<string, string> = {};
      for (const name of ["x-naravard-tenant", "authorization"]) {
        const value = req.headers[name];
        if (typeof value === "string") headers[name] = value;
      }
      const key = `${procedure} ${url} ${headers["x-naravard-tenant"] ?? ""} ${headers.authorization ? "session" : ""}`;
      if (!calls.has(key)) calls.set(key, { procedure, type, method: req.method ?? "GET", url, headers });
    },
    /** Counts and memory; with `full`, also the statements and calls seen. */
    snapshot(full: boolean) {
      const counts = { statements, rss: process.memoryUsage().rss };
      if (!full) return counts;
      return {
        ...counts,
        queries: [...queries].map(([query, params]) => ({ query, params })),
        calls: [...calls.values()],
      };
    },
    reset() {
      queries.clear();
      calls.clear();
    },
  };
}

export type BenchProbe = ReturnType<typeof createBenchProbe>;
