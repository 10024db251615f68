import type { IncomingMessage, ServerResponse } from "node:http";
import { once } from "node:events";
import { apiErrorCodeOf, createCaller, createContextInner } from "@naravard/api";
import type { BenchProbe } from "../bench-probe.ts";
import type { Database } from "@naravard/db";
import { OPEN_DATA_PAGE_MAX, OPEN_DATA_PAGE_SIZE_MAX } from "@naravard/domain";
import { csvWriter } from "./csv.ts";
import { openApiDocument } from "./document.ts";
import { type Endpoint, endpoints } from "./endpoints.ts";
import { PageQuery } from "./schemas.ts";

const routes = endpoints.flatMap((e) => {
  const pattern = (suffix: string) =>
    new RegExp(`^${e.path.replace("{tenant}", "([a-z][a-z0-9-]{1,39})").replace(/\./g, "\\.")}${suffix}$`);
  return [{ e, csv: false, re: pattern("") }, ...(e.list ? [{ e, csv: true, re: pattern("\\.csv") }] : [])];
});

/**
 * On every answer, JSON and CSV alike: the browser must take it as the type it says (a JSON answer
 * holding `<script>` is never sniffed into a page), and if it is opened as a page anyway nothing in
 * it may run, load or be framed.
 */
export const OPEN_DATA_HEADERS = {
  "x-content-type-options": "nosniff",
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'; sandbox",
} as const;

const send = (res: ServerResponse, status: number, type: string, body: string) => {
  res.writeHead(status, {
    "content-type": type,
    "access-control-allow-origin": "*",
    "cache-control": status === 200 ? "public, max-age=60" : "no-store",
    ...OPEN_DATA_HEADERS,
  });
  res.end(body);
};
const json = (res: ServerResponse, status: number, body: unknown) =>
  send(res, status, "application/json; charset=utf-8", JSON.stringify(body));

/** A list in one cell; numbers, booleans and text are written by type in `csvWriter` (csv.ts). */
const cell = (v: unknown) => (Array.isArray(v) ? v.join("; ") : (v ?? ""));

/** A row as a CSV record: the endpoint's own columns if it names them, lists joined. */
const recordOf = (e: Endpoint, row: unknown): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(e.csv ? e.csv(row as never) : (row as Record<string, unknown>)).map(([column, value]) => [column, cell(value)]),
  );

/**
 * A list's CSV, written a page at a time as it is read: the process holds one page, however long
 * the list (a million public answers at the benchmark's 100× once took the whole list, three
 * copies of it and the text, and the API's memory past its budget). The first page is read before
 * anything is sent, so an unknown programme still answers 404; a failure after that cuts the
 * download short rather than ending it as if complete.
 */
async function sendCsv(
  res: ServerResponse,
  e: Endpoint,
  api: ReturnType<typeof createCaller>,
  filename: string,
) {
  const pages = (async function* () {
    if (!e.page) {
      yield ((await e.load!(api)) as unknown[]).map((row) => e.item.parse(row));
      return;
    }
    let read = 0;
    for (let page = 1; page <= OPEN_DATA_PAGE_MAX; page++) {
      const next = await e.page(api, { page, pageSize: OPEN_DATA_PAGE_SIZE_MAX });
      read += next.rows.length;
      yield next.rows.map((row) => e.item.parse(row));
      if (next.rows.length < OPEN_DATA_PAGE_SIZE_MAX || read >= next.total) return;
    }
  })();
  const first = await pages.next();
  const firstRows = first.done ? [] : first.value;
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${filename}"`,
    "access-control-allow-origin": "*",
    "cache-control": "public, max-age=60",
    ...OPEN_DATA_HEADERS,
  });
  res.write("\ufeff");
  if (firstRows.length === 0) return void res.end();
  const columns = Object.keys(recordOf(e, firstRows[0]));
  const csv = csvWriter(columns);
  csv.pipe(res);
  const write = async (rows: unknown[]) => {
    for (const row of rows) {
      const record = recordOf(e, row);
      if (!csv.write(Object.fromEntries(columns.map((c) => [c, record[c] ?? ""])))) await once(csv, "drain");
    }
  };
  try {
    await write(firstRows);
    for await (const rows of pages) await write(rows);
    csv.end();
  } catch (error) {
    res.destroy(error instanceof Error ? error : new Error(String(error)));
  }
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
      if (match.csv) return await sendCsv(res, e, api, url.pathname.split("/").filter(Boolean).slice(2).join("-"));
      const all = ((await e.load!(api)) as unknown[]).map((row) => e.item.parse(row));
      return json(res, 200, { data: all.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: all.length });
    } catch (error) {
      if (apiErrorCodeOf(error) === "NOT_FOUND") return json(res, 404, { error: "No such programme." });
      throw error;
    }
  };
}
