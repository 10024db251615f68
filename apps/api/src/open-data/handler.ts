import type { IncomingMessage, ServerResponse } from "node:http";
import { stringify } from "csv-stringify/sync";
import { apiErrorCodeOf, createCaller, createContextInner } from "@naravard/api";
import type { BenchProbe } from "../bench-probe.ts";
import type { Database } from "@naravard/db";
import { OPEN_DATA_PAGE_MAX, OPEN_DATA_PAGE_SIZE_MAX } from "@naravard/domain";
import { openApiDocument } from "./document.ts";
import { type Endpoint, endpoints } from "./endpoints.ts";
import { PageQuery } from "./schemas.ts";

const routes = endpoints.flatMap((e) => {
  const pattern = (suffix: string) =>
    new RegExp(`^${e.path.replace("{tenant}", "([a-z][a-z0-9-]{1,39})").replace(/\./g, "\\.")}${suffix}$`);
  return [{ e, csv: false, re: pattern("") }, ...(e.list ? [{ e, csv: true, re: pattern("\\.csv") }] : [])];
});

const send = (res: ServerResponse, status: number, type: string, body: string) => {
  res.writeHead(status, {
    "content-type": type,
    "access-control-allow-origin": "*",
    "cache-control": status === 200 ? "public, max-age=60" : "no-store",
  });
  res.end(body);
};
const json = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, "application/json; charset=utf-8", JSON.stringify(body));

/** Numbers with a decimal comma, so Excel set to Swedish reads them as numbers. */
const cell = (v: unknown) =>
  typeof v === "number"
    ? String(v).replace(".", ",")
    : typeof v === "boolean"
      ? v
        ? "ja"
        : "nej"
      : Array.isArray(v)
        ? v.join("; ")
        : (v ?? "");

function toCsv(e: Endpoint, rows: unknown[]) {
  const records = rows.map((r) => (e.csv ? e.csv(r as never) : (r as Record<string, unknown>)));
  const columns = records[0] ? Object.keys(records[0]) : [];
  const body = stringify(
    records.map((r) => Object.fromEntries(columns.map((c) => [c, cell((r as Record<string, unknown>)[c])]))),
    { header: true, columns, delimiter: ";", record_delimiter: "windows" },
  );
  return "\ufeff" + body;
}

/** The whole of a list paged in SQL (for its CSV export), read a page of the largest size at a time. */
async function everyPage(paged: NonNullable<Endpoint["page"]>, api: ReturnType<typeof createCaller>) {
  const rows: unknown[] = [];
  for (let page = 1; page <= OPEN_DATA_PAGE_MAX; page++) {
    const next = await paged(api, { page, pageSize: OPEN_DATA_PAGE_SIZE_MAX });
    rows.push(...next.rows);
    if (next.rows.length < OPEN_DATA_PAGE_SIZE_MAX || rows.length >= next.total) break;
  }
  return rows;
}

/**
 * The read-only open-data REST API under /api/v1: every public entity as JSON (paginated lists)
 * and CSV, answered through the same tRPC procedures the portal uses, validated against the
 * schemas that generate /api/v1/openapi.json.
 */
export function createOpenDataHandler(db: Database, probe?: BenchProbe) {
  let document: unknown;
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== "GET" && req.method !== "HEAD") return json(res, 405, { error: "Only GET is supported." });
    if (url.pathname === "/api/v1/openapi.json")
      return json(res, 200, (document ??= openApiDocument(`${url.protocol}//${url.host}`)));
    const match = routes.map((r) => ({ ...r, m: r.re.exec(url.pathname) })).find((r) => r.m);
    if (!match) return json(res, 404, { error: "No such endpoint. See /api/v1/openapi.json." });
    const query = PageQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return json(res, 400, { error: [...new Set(query.error.issues.map((i) => i.message))].join(" ") });
    const onProcedure = probe ? (path: string, type: "query" | "mutation" | "subscription") => probe.onProcedure(path, type, req) : undefined;
    const api = createCaller(createContextInner({ db, tenantSlug: match.e.tenant ? match.m![1]! : null, onProcedure }));
    try {
      const e = match.e;
      if (!e.list) return json(res, 200, e.item.parse(await e.load!(api)));
      const { page, pageSize } = query.data;
      const paged = e.page;
      if (paged && !match.csv) {
        const { rows, total } = await paged(api, { page, pageSize });
        return json(res, 200, { data: rows.map((row) => e.item.parse(row)), page, pageSize, total });
      }
      const all = (paged ? await everyPage(paged, api) : ((await e.load!(api)) as unknown[])).map((row) => e.item.parse(row));
      if (match.csv) {
        res.setHeader(
          "content-disposition",
          `attachment; filename="${url.pathname.split("/").filter(Boolean).slice(2).join("-")}"`,
        );
        return send(res, 200, "text/csv; charset=utf-8", toCsv(e, all));
      }
      return json(res, 200, { data: all.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: all.length });
    } catch (error) {
      if (apiErrorCodeOf(error) === "NOT_FOUND") return json(res, 404, { error: "No such programme." });
      throw error;
    }
  };
}
