import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

/** Loads one URL with `connections` concurrent connections for `seconds`. */
export async function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers ?? {},
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = stat?.count ?? 0;
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
  };
}

/** Gzipped size in bytes of the built client files (paths as the manifest names them). */
/**
 * The load `runs` times in a row, reported by the middle run by p99 (with the errors of every run):
 * one stall of a shared machine (a collection, another process) then moves no figure, while a page
 * that is slow every time still shows it.
 */
export async function loadMedian(
  url: string,
  options: { connections: number; seconds: number; runs: number; headers?: Record<string, string> },
): Promise<LoadResult> {
  const results: LoadResult[] = [];
  for (let i = 0; i < Math.max(1, options.runs); i++) results.push(await load(url, options));
  results.sort((a, b) => a.p99 - b.p99);
  const middle = results[Math.floor((results.length - 1) / 2)]!;
  return {
    ...middle,
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    non2xx: results.reduce((sum, r) => sum + r.non2xx, 0),
  };
}

export function gzippedSize(clientDir: string, files: string[]) {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(join(clientDir, file))).length, 0);
}

export interface ProbeSnapshot {
  statements: number;
  rss: number;
  queries: { query: string; params: unknown[] }[];
  calls: { procedure: string; type: string; method: string; url: string; headers: Record<string, string> }[];
}

export async function probe(apiUrl: string, options: { reset?: boolean; full?: boolean } = {}): Promise<ProbeSnapshot> {
  const res = await fetch(`${apiUrl}/debug/bench${options.full ? "?full" : ""}`, { method: options.reset ? "DELETE" : "GET" });
  if (!res.ok) throw new Error("API:t är inte startat med NARAVARD_BENCH=1");
  return (await res.json()) as ProbeSnapshot;
}

/** The SQL statements one request to `url` causes in the API (nothing else may run meanwhile). */
export async function statementsFor(apiUrl: string, url: string) {
  const before = (await probe(apiUrl)).statements;
  const res = await fetch(url, { redirect: "manual" });
  const body = await res.arrayBuffer();
  const after = (await probe(apiUrl)).statements;
  return {
    statements: after - before,
    status: res.status,
    contentType: res.headers.get("content-type") ?? "",
    bytes: body.byteLength,
  };
}

export interface RenderTimes {
  p50: number;
  p95: number;
  samples: number;
}

/** Every procedure of the API's router (`GET /debug/bench?procedures`). */
export async function allProcedures(apiUrl: string): Promise<{ path: string; type: string }[]> {
  return (await (await fetch(`${apiUrl}/debug/bench?procedures`)).json()) as { path: string; type: string }[];
}

/**
 * How long a page takes when it is rendered afresh, as on the first view after a coordinator's
 * write: before each of `times` requests, one at a time, the API's read cache is emptied (its state
 * changes, so the portal's page cache holds nothing valid either), and the whole answer is read.
 * Every query the page makes then runs on the database: this is where a missing index, a full scan
 * or a list without paging shows as the data grows, which a page served again from the cache hides.
 */
export async function renderTimes(
  apiUrl: string,
  url: string,
  options: { times: number; headers?: Record<string, string> },
): Promise<RenderTimes> {
  const samples: number[] = [];
  for (let i = 0; i < options.times; i++) {
    await fetch(`${apiUrl}/debug/bench?cache`, { method: "DELETE" });
    const started = performance.now();
    const res = await fetch(url, { redirect: "manual", headers: options.headers });
    await res.arrayBuffer();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(q * samples.length) - 1))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), samples: samples.length };
}

/** Samples the API's resident memory until stopped; returns the maximum seen. */
export function watchMemory(apiUrl: string, everyMs = 250) {
  let max = 0;
  const timer = setInterval(() => {
    probe(apiUrl).then(
      (s) => (max = Math.max(max, s.rss)),
      () => {},
    );
  }, everyMs);
  return () => {
    clearInterval(timer);
    return max;
  };
}

/** Waits until the API has sent no statement for a moment: the last load's requests are done. */
export async function quiet(apiUrl: string, stillMs = 300, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  let last = (await probe(apiUrl)).statements;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, stillMs));
    const now = (await probe(apiUrl)).statements;
    if (now === last) return;
    last = now;
  }
}
