import type { IncomingMessage, ServerResponse } from "node:http";
import { stringify } from "csv-stringify/sync";
import { apiErrorCodeOf, createCaller, createContextInner } from "@naravard/api";
import type { Database } from "@naravard/db";
import { openApiDocument } from "./document.ts";
import { type Endpoint, endpoints } from "./endpoints.ts";
import { PageQuery } from "./schemas.ts";

const routes = endpoints.flatMap((e) => {
  const pattern = (suffix: string) => new RegExp(`^${e.path.replace("{tenant}", "([a-z][a-z0-9-]{1,39})").replace(/\./g, "\\.")}${suffix}$`);
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
const json = (res: ServerResponse, status: number, body: unknown) => send(res, status, "application/json; charset=utf-8", JSON.stringify(body));

/** Numbers with a decimal comma, so Excel set to Swedish reads them as numbers. */
const cell = (v: unknown) => (typeof v === "number" ? String(v).replace(".", ",") : typeof v === "boolean" ? (v ? "ja" : "nej") : Array.isArray(v) ? v.join("; ") : (v ?? ""));

function toCsv(e: Endpoint, rows: unknown[]) {
  const records = rows.map((r) => (e.csv ? e.csv(r as never) : (r as Record<string, unknown>)));
  const columns = records[0] ? Object.keys(records[0]) : [];
  const body = stringify(
    records.map((r) => Object.fromEntries(columns.map((c) => [c, cell((r as Record<string, unknown>)[c])]))),
    { header: true, columns, delimiter: ";", record_delimiter: "windows" },
  );
  return "\ufeff" + body;
}

/**
 * The read-only open-data REST API under /api/v1: every public entity as JSON (paginated lists)
 * and CSV, answered through the same tRPC procedures the portal uses, validated against the
 * schemas that generate /api/v1/openapi.json.
 */
export function createOpenDataHandler(db: Database) {
  let document: unknown;
  return async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    if (req.method !== "GET" && req.method !== "HEAD") return json(res, 405, { error: "Only GET is supported." });
    if (url.pathname === "/api/v1/openapi.json") return json(res, 200, (document ??= openApiDocument(`${url.protocol}//${url.host}`)));
    const match = routes.map((r) => ({ ...r, m: r.re.exec(url.pathname) })).find((r) => r.m);
    if (!match) return json(res, 404, { error: "No such endpoint. See /api/v1/openapi.json." });
    const query = PageQuery.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return json(res, 400, { error: "page must be ≥ 1 and pageSize between 1 and 500." });
    const api = createCaller(createContextInner({ db, tenantSlug: match.e.tenant ? match.m![1]! : null }));
    try {
      const loaded = await match.e.load(api);
      if (!match.e.list) return json(res, 200, match.e.item.parse(loaded));
      const all = (loaded as unknown[]).map((row) => match.e.item.parse(row));
      if (match.csv) {
        res.setHeader("content-disposition", `attachment; filename="${url.pathname.split("/").filter(Boolean).slice(2).join("-")}"`);
        return send(res, 200, "text/csv; charset=utf-8", toCsv(match.e, all));
      }
      const { page, pageSize } = query.data;
      return json(res, 200, { data: all.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: all.length });
    } catch (error) {
      if (apiErrorCodeOf(error) === "NOT_FOUND") return json(res, 404, { error: "No such programme." });
      throw error;
    }
  };
}
