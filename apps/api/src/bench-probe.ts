import type { IncomingMessage } from "node:http";

/** A tRPC query the API answered, as the benchmark replays it. */
export interface ObservedCall {
  procedure: string;
  url: string;
  headers: Record<string, string>;
}

/**
 * What the benchmark (`pnpm bench`) reads from a running API started with NARAVARD_BENCH=1: how many
 * SQL statements it has sent, the distinct statements (with one set of parameters each, for
 * EXPLAIN), the tRPC queries it answered (to replay them one by one), and its memory. Only
 * exposed on that flag, and the API listens on loopback by default.
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
    onRequest(req: IncomingMessage) {
      const url = req.url ?? "/";
      if (req.method !== "GET" || !url.startsWith("/trpc/") || calls.size >= maxDistinct) return;
      const headers: Record<string, string> = {};
      for (const name of ["x-naravard-tenant", "authorization"]) {
        const value = req.headers[name];
        if (typeof value === "string") headers[name] = value;
      }
      const key = `${url} ${headers["x-naravard-tenant"] ?? ""} ${headers.authorization ? "session" : ""}`;
      if (!calls.has(key)) calls.set(key, { procedure: url.slice("/trpc/".length).split("?")[0] ?? "", url, headers });
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
