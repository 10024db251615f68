import { z } from "zod";
import { createDocument } from "zod-openapi";
import { endpoints } from "./endpoints.ts";
import { ErrorBody, PageQuery, page } from "./schemas.ts";

const TenantParam = z.object({
  tenant: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,39}$/)
    .meta({ description: "The programme's slug", example: "varmland" }),
});

/** The OpenAPI 3.1 document, generated from the same zod schemas that validate every answer. */
export function openApiDocument(serverUrl = "/") {
  const paths: Record<string, unknown> = {};
  for (const e of endpoints) {
    const errors = {
      "400": { description: "Invalid query", content: { "application/json": { schema: ErrorBody } } },
      ...(e.tenant
        ? { "404": { description: "No such programme", content: { "application/json": { schema: ErrorBody } } } }
        : {}),
    };
    paths[e.path] = {
      get: {
        operationId: e.operationId,
        summary: e.summary,
        requestParams: { ...(e.tenant ? { path: TenantParam } : {}), ...(e.list ? { query: PageQuery } : {}) },
        responses: {
          "200": { description: "OK", content: { "application/json": { schema: e.list ? page(e.item) : e.item } } },
          ...errors,
        },
      },
    };
    if (e.list)
      paths[`${e.path}.csv`] = {
        get: {
          operationId: `${e.operationId}Csv`,
          summary: `${e.summary} (CSV, UTF-8 with BOM, semicolon-separated for Excel)`,
          description:
            "Numbers have a decimal comma. A text cell that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage return) has an apostrophe (') first, as OWASP advises against CSV injection; numbers are never changed.",
          requestParams: e.tenant ? { path: TenantParam } : {},
          responses: { "200": { description: "CSV", content: { "text/csv": { schema: { type: "string" } } } }, ...errors },
        },
      };
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Nära vård – målbilder: öppna data",
      version: "1.0.0",
      description:
        "Read-only open data of every programme: målbild, members, adoption decisions, roadmap, strategies, indicators, events, news, good examples, contact persons, FAQ and published public input. Public, no key.",
      license: { name: "CC0-1.0", identifier: "CC0-1.0" },
    },
    servers: [{ url: serverUrl }],
    paths: paths as Parameters<typeof createDocument>[0]["paths"],
  });
}
