import { cpus, totalmem, type } from "node:os";
import type { Explained } from "./explain.ts";
import type { LoadResult, RenderTimes } from "./measure.ts";

export interface PageRow {
  id: string;
  pattern: string;
  path: string | null;
  status: number;
  /** SQL statements when the page is served again (the budget). */
  statements: number;
  /** SQL statements of the first view after a write emptied the caches. */
  firstViewStatements: number;
  jsBytes: number | null;
  /** Rendered afresh, nothing cached (the first view after a write), one request at a time. */
  render: RenderTimes | null;
  load: (LoadResult & { ratio: number }) | null;
}

export interface ProcedureRow {
  procedure: string;
  /** The request replayed: `/trpc/…` (as an app asks) or `/api/v1/…` (open data). */
  url: string;
  signedIn: boolean;
  load: LoadResult;
}

export interface Report {
  date: Date;
  seconds: number;
  /** Load runs per page (and the bare page); the middle one by p99 is reported. */
  runs: number;
  connections: number;
  /** The middle of the starts measured (`startupRuns`). */
  startupMs: number | null;
  startupRuns: number[];
  buildMs: number | null;
  rssMax: number;
  sizes: { scale: number; ceiling: LoadResult; pages: PageRow[]; procedures: ProcedureRow[]; unmeasured: { procedure: string; type: string }[] }[];
  explain: Explained | null;
}

/** The budgets of issue 6. */
export const budgets = {
  ratioToBare: 0.5,
  p99Ms: 50,
  statements: 3,
  growth: 1.5,
  /** Not a budget: first views (rendered afresh) that grow more than this are pointed out. */
  renderGrowth: 1.5,
  jsKb: 100,
  startupS: 10,
  rssMb: 300,
};

/** Growth of a fresh render's median; under a millisecond counts as one (timer noise). */
const renderFactor = (before: RenderTimes, after: RenderTimes) => after.p50 / Math.max(before.p50, 1);

const headline = new Set(["/", "/:tenant", "/:tenant/malbild"]);
const fixed = (n: number, digits = 0) => n.toFixed(digits);
const mark = (ok: boolean) => (ok ? "✓" : "✗");

export function writeReport(report: Report, command: string) {
  const failures: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) failures.push(what);
    return mark(ok);
  };
  const lines: string[] = [];
  const cpu = cpus();
  lines.push(
    "# Benchmarks",
    "",
    `Last run: ${report.date.toISOString().slice(0, 16).replace("T", " ")} UTC on ${type()} with ${cpu.length} × ${cpu[0]?.model ?? "CPU"}, ${fixed(totalmem() / 2 ** 30)} GiB,`,
    `PostgreSQL server on loopback. Command: \`pnpm bench\` (writes ${command}); ${report.connections} connections,`,
    `pages and the bare page: ${report.runs} runs of ${report.seconds} s after a 1 s warm-up, the middle run by p99 reported (one stall of the shared machine moves no figure); API procedures: one run of ${report.seconds} s; load generator autocannon in the same machine; pages (and the bare page) asked for as a browser asks, with \`Accept-Encoding: gzip, deflate, br\`.`,
    "",
    "## Summary",
    "",
    "| budget | measured | |",
    "|---|---|---|",
  );
  const seed = report.sizes[0];
  const big = report.sizes.at(-1);
  if (seed) {
    for (const page of seed.pages.filter((p) => headline.has(p.pattern) && p.load)) {
      lines.push(
        `| ${page.pattern}: ≥ ${budgets.ratioToBare}× the bare page's requests/s | ${fixed(page.load!.ratio, 2)}× (${fixed(page.load!.requestsPerSecond)} vs ${fixed(seed.ceiling.requestsPerSecond)}) | ${check(page.load!.ratio >= budgets.ratioToBare, `${page.pattern} ratio`)} |`,
        `| ${page.pattern}: p99 ≤ ${budgets.p99Ms} ms | ${page.load!.p99} ms | ${check(page.load!.p99 <= budgets.p99Ms, `${page.pattern} p99`)} |`,
      );
    }
    const maxStatements = Math.max(...report.sizes.flatMap((s) => s.pages.map((p) => p.statements)));
    const over = new Set(report.sizes.flatMap((s) => s.pages.filter((p) => p.statements > budgets.statements).map((p) => p.pattern)));
    lines.push(
      `| ≤ ${budgets.statements} SQL statements per page served again | max ${maxStatements}; ${over.size} of ${seed.pages.length} pages over (first view after a write: max ${Math.max(...report.sizes.flatMap((s) => s.pages.map((p) => p.firstViewStatements)))}, not a budget here) | ${check(over.size === 0, "statements")} |`,
    );
    const maxJs = Math.max(...seed.pages.map((p) => p.jsBytes ?? 0));
    lines.push(`| ≤ ${budgets.jsKb} KB gzipped JavaScript per public page | max ${fixed(maxJs / 1024, 1)} KB | ${check(maxJs / 1024 <= budgets.jsKb, "javascript")} |`);
  }
  if (seed && big && big !== seed) {
    const grown = big.pages.filter((p) => {
      const before = seed.pages.find((s) => s.pattern === p.pattern)?.load?.p99;
      return p.load && before !== undefined && p.load.p99 > budgets.growth * Math.max(before, 1);
    });
    lines.push(`| at ${big.scale}×, every page's p99 ≤ ${budgets.growth}× its p99 at the seed | ${grown.length} pages over: ${grown.map((p) => p.pattern).join(", ") || "none"} | ${check(grown.length === 0, "growth")} |`);
    const renderGrown = big.pages.filter((p) => {
      const before = seed.pages.find((s) => s.pattern === p.pattern)?.render;
      return p.render && before && renderFactor(before, p.render) > budgets.renderGrowth;
    });
    if (big.pages.some((p) => p.render))
      lines.push(`| (not a budget) at ${big.scale}×, the first view after a write (rendered afresh, every query run), against the seed: pages over ${budgets.renderGrowth}× (medians) | ${renderGrown.length}: ${renderGrown.map((p) => p.pattern).join(", ") || "none"} (see "First view after a write") | – |`);
  }
  if (report.startupMs !== null) {
    const total = report.startupMs / 1000;
    const runs = report.startupRuns.map((ms) => fixed(ms / 1000, 1)).join(", ");
    const parts = `the middle of ${report.startupRuns.length} starts (${runs} s); \`pnpm start\` on a fresh data directory (started from the migrated template \`pnpm install\` prepares), building the portal without turbo's cache while the API seeds the database${report.buildMs === null ? "" : `; the portal, admin and bare page built one after another take ${fixed(report.buildMs / 1000, 1)} s`}`;
    lines.push(`| install done → first page on the embedded database ≤ ${budgets.startupS} s | ${fixed(total, 1)} s (${parts}) | ${check(total <= budgets.startupS, "startup")} |`);
  }
  if (seed) {
    const reads = seed.procedures.length + seed.unmeasured.filter((u) => u.type !== "mutation").length;
    lines.push(`| (not a budget) API procedures measured under load | ${seed.procedures.length} of ${reads} reads; ${seed.unmeasured.filter((u) => u.type === "mutation").length} writes not loaded | – |`);
  }
  lines.push(
    `| API memory (RSS) under the load ≤ ${budgets.rssMb} MB | max ${fixed(report.rssMax / 2 ** 20)} MB | ${check(report.rssMax / 2 ** 20 <= budgets.rssMb, "rss")} |`,
    "",
  );

  for (const size of report.sizes) {
    const label = size.scale === 1 ? "seed" : `${size.scale}× data`;
    lines.push(
      `## Pages at ${label}`,
      "",
      `Bare Remix page (the ceiling): ${fixed(size.ceiling.requestsPerSecond)} requests/s, p50 ${size.ceiling.p50} ms, p99 ${size.ceiling.p99} ms.`,
      "",
      "| route | path | status | req/s | p50 ms | p99 ms | × bare | SQL | SQL first view | JS gz KB | errors |",
      "|---|---|---|---|---|---|---|---|---|---|---|",
    );
    for (const p of size.pages) {
      if (!p.path) {
        lines.push(`| \`${p.pattern}\` | (no example found) | | | | | | | | | |`);
        continue;
      }
      if (!p.load) {
        lines.push(`| \`${p.pattern}\` | ${p.path} | ${p.status} | – | – | – | – | ${p.statements} | ${p.firstViewStatements} | ${p.jsBytes === null ? "–" : fixed(p.jsBytes / 1024, 1)} | – |`);
        continue;
      }
      lines.push(
        `| \`${p.pattern}\` | ${p.path} | ${p.status} | ${fixed(p.load.requestsPerSecond)} | ${p.load.p50} | ${p.load.p99} | ${fixed(p.load.ratio, 2)} | ${p.statements}${p.statements > budgets.statements ? " ✗" : ""} | ${p.firstViewStatements} | ${p.jsBytes === null ? "–" : fixed(p.jsBytes / 1024, 1)} | ${p.load.errors + (p.load.non2xx && p.status < 300 ? p.load.non2xx : 0)} |`,
      );
    }
    lines.push(
      "",
      `### API procedures, at ${label}`,
      "",
      "Every read of the API's router that the portal's pages, the admin's pages (signed in as a coordinator and as the platform's administrator) or the open-data addresses ran, replayed as it was asked for: `tRPC` as the apps ask (signed in where the admin was), or the open-data address that called it.",
      "",
      "| procedure | asked as | req/s | p50 ms | p99 ms | non-2xx |",
      "|---|---|---|---|---|---|",
    );
    for (const r of size.procedures) {
      const via = r.url.startsWith("/api/v1/") ? `\`${r.url.split("?")[0]}\`` : r.signedIn ? "tRPC, signed in" : "tRPC";
      lines.push(`| ${r.procedure} | ${via} | ${fixed(r.load.requestsPerSecond)} | ${r.load.p50} | ${r.load.p99} | ${r.load.non2xx} |`);
    }
    const writes = size.unmeasured.filter((u) => u.type === "mutation");
    const reads = size.unmeasured.filter((u) => u.type !== "mutation");
    lines.push(
      "",
      `Not loaded: ${writes.length} writes (mutations are not replayed under load)${reads.length ? `; reads no page or address ran, so without an example: ${reads.map((u) => u.procedure).join(", ")}` : "; every read was measured"}.`,
      "",
    );
  }
  if (seed && big && big !== seed) {
    lines.push("## p99 growth from the seed to " + big.scale + "×", "", "| route | p99 seed ms | p99 " + big.scale + "× ms | factor | |", "|---|---|---|---|---|");
    for (const p of big.pages) {
      const before = seed.pages.find((s) => s.pattern === p.pattern)?.load?.p99;
      if (!p.load || before === undefined) continue;
      const factor = p.load.p99 / Math.max(before, 1);
      lines.push(`| \`${p.pattern}\` | ${before} | ${p.load.p99} | ${fixed(factor, 2)} | ${mark(factor <= budgets.growth)} |`);
    }
    lines.push("");
  }
  if (seed && big && big !== seed && big.pages.some((p) => p.render)) {
    const samples = big.pages.find((p) => p.render)?.render?.samples ?? 0;
    lines.push(
      `## First view after a write, seed → ${big.scale}×`,
      "",
      `Each page rendered afresh ${samples} times, one request at a time, with the API's read cache emptied before each (so the portal's page cache holds nothing valid): every query the page makes runs on the database. Times in ms, the whole answer read. Not a budget (the budgets are for pages under load, above), but where a missing index or a full scan shows: a page that grows here either shows more at ${big.scale}× (a full page of a list where the seed has a few rows; every programme on the national overview) or reads more than it shows.`,
      "",
      `| route | median seed | p95 seed | median ${big.scale}× | p95 ${big.scale}× | factor (medians) | |`,
      "|---|---|---|---|---|---|---|",
    );
    for (const p of big.pages) {
      const before = seed.pages.find((s) => s.pattern === p.pattern)?.render;
      if (!p.render || !before) continue;
      const factor = renderFactor(before, p.render);
      lines.push(`| \`${p.pattern}\` | ${fixed(before.p50, 1)} | ${fixed(before.p95, 1)} | ${fixed(p.render.p50, 1)} | ${fixed(p.render.p95, 1)} | ${fixed(factor, 2)} | ${factor > budgets.renderGrowth ? `over ${budgets.renderGrowth}×` : ""} |`);
    }
    lines.push("");
  }
  if (report.explain) {
    lines.push("## The slowest query", "", `${fixed(report.explain.ms, 2)} ms:`, "", "```sql", report.explain.query, "```", "", "```", report.explain.plan, "```", "");
  }
  return { markdown: lines.join("\n"), failures };
}
