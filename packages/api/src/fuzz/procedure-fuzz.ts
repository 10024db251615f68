import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { queryRows, sql } from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { type IdPool, inputArbitrary } from "./fuzz/input-arbitrary.ts";
import { appRouter } from "./root.ts";
import { callerFor } from "./test-helpers.ts";

/**
 * Property-based input tests: every procedure of the router, with generated inputs (oversize and
 * odd-Unicode strings, wrong types, boundary dates, deep objects, real and made-up ids), called as
 * Värmland's coordinator or as a platform administrator. The answer is a success or a typed client
 * error — never INTERNAL_SERVER_ERROR — and a rejected call leaves every table as it was.
 *
 * FUZZ_RUNS sets the runs per procedure (default keeps the file around a minute; FUZZ_RUNS=2000 for
 * a long run); FUZZ_SEED replays a failure fast-check reported.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

type Who = "coordinator" | "platform";
const emails: Record<Who, string> = { coordinator: "samordnare@varmland.demo", platform: "plattform@naravard.demo" };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[]; type: string } }>).sort(([a], [b]) =>
  a.localeCompare(b),
);

let t: TestDatabase;
let tables: string[];
let pool: IdPool;
const tokens: Partial<Record<Who, string>> = {};

const signIn = async (who: Who) => {
  tokens[who] = (await callerFor(t.db).auth.login({ email: emails[who], password: TEST_PASSWORD })).token;
};

/** Row counts of every table, read as the owner so row-level security hides nothing. */
async function rowCounts(): Promise<Record<string, number>> {
  const union = sql.join(
    tables.map((name) => sql`select ${name} as name, count(*)::int as rows from ${sql.identifier(name)}`),
    sql` union all `,
  );
  const rows = await queryRows<{ name: string; rows: number }>(t.db, union);
  return Object.fromEntries(rows.map((r) => [r.name, r.rows]));
}

/** Ids of every tenant-owned row of one tenant. */
async function idsOf(slug: string): Promise<string[]> {
  const owned = await queryRows<{ table_name: string }>(t.db, sql`
    select c.table_name from information_schema.columns c
    join information_schema.columns i on i.table_schema = c.table_schema and i.table_name = c.table_name and i.column_name = 'id' and i.data_type = 'uuid'
    where c.table_schema = 'public' and c.column_name = 'tenant_id' order by 1`);
  const union = sql.join(
    owned.map((o) => sql`(select x.id::text as id from ${sql.identifier(o.table_name)} x join tenant t on t.id = x.tenant_id where t.slug = ${slug} limit 5)`),
    sql` union all `,
  );
  return (await queryRows<{ id: string }>(t.db, union)).map((r) => r.id);
}

beforeAll(async () => {
  t = await createTestDatabase();
  tables = (
    await queryRows<{ table_name: string }>(t.db, sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`)
  ).map((r) => r.table_name);
  pool = { own: await idsOf("varmland"), other: await idsOf("orebro") };
  await signIn("coordinator");
  await signIn("platform");
}, 60_000);
afterAll(() => t?.close());

type Outcome = { ok: true } | { ok: false; code: string; detail: string };

async function call(path: string, who: Who, input: unknown): Promise<Outcome> {
  const [router, name] = path.split(".") as [string, string];
  const caller = callerFor(t.db, "varmland", tokens[who] ?? null) as unknown as Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
  try {
    await caller[router]![name]!(input);
    return { ok: true };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, detail: rootCause(error) };
    return { ok: false, code: "NOT_A_TRPC_ERROR", detail: String(error) };
  }
}

/** The driver's own message (what a 500 hides), under drizzle's and tRPC's wrappers. */
function rootCause(error: unknown): string {
  let e = error as { cause?: unknown; message?: string };
  while (e.cause && typeof e.cause === "object") e = e.cause as typeof e;
  return String(e.message ?? e);
}

const describeInput = (input: unknown) => {
  try {
    return fc.stringify(input).slice(0, 400);
  } catch {
    return "(unprintable)";
  }
};

/**
 * Where a procedure's input leaves a string or a list unbounded, in zod's own JSON Schema of it. A
 * string is bounded by a maximum length, by being one of fixed values, or by a pattern without
 * open-ended repetition (a uuid, a date, a code of so many digits); a list by a maximum count.
 */
function unbounded(schema: Record<string, unknown>, at: string): string[] {
  const found: string[] = [];
  const types = ([] as unknown[]).concat(schema.type ?? []);
  for (const key of ["anyOf", "oneOf", "allOf"] as const)
    for (const part of (schema[key] as Record<string, unknown>[] | undefined) ?? []) found.push(...unbounded(part, at));
  if (types.includes("string") && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined) {
    const pattern = typeof schema.pattern === "string" ? schema.pattern : null;
    if (!pattern || /(?<!\\)[*+]|\{\d+,\}/.test(pattern)) found.push(`${at}: text without a maximum length`);
  }
  if (types.includes("array")) {
    if (schema.maxItems === undefined) found.push(`${at}: list without a maximum count`);
    if (schema.items) found.push(...unbounded(schema.items as Record<string, unknown>, `${at}[]`));
  }
  for (const [name, property] of Object.entries((schema.properties as Record<string, Record<string, unknown>> | undefined) ?? {}))
    found.push(...unbounded(property, `${at}.${name}`));
  return found;
}

describe("the bounds of every procedure's input", () => {
  it("limits every text and every list, so no input is unbounded and a loosened bound is noticed", () => {
    const found = procedures.flatMap(([path, procedure]) => {
      const parser = procedure._def.inputs[0];
      return parser instanceof z.ZodType ? unbounded(z.toJSONSchema(parser, { io: "input", unrepresentable: "any" }) as Record<string, unknown>, path) : [];
    });
    expect(found).toEqual([]);
  });
});

describe(`generated input to every procedure (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}, ${RUNS} runs each)`, () => {
  it("finds the procedures to fuzz in the router", () => {
    expect(procedures.length).toBeGreaterThan(50);
  });

  it.each(procedures.map(([path, procedure]) => [path, procedure] as const))(
    "%s answers a typed error or success, and a refusal writes nothing",
    async (path, procedure) => {
      const input = inputArbitrary(procedure._def.inputs, pool);
      const who = fc.constantFrom<Who>("coordinator", "coordinator", "coordinator", "platform");
      await fc.assert(
        fc.asyncProperty(who, input, async (who, input) => {
          const before = await rowCounts();
          const outcome = await call(path, who, input);
          if (outcome.ok) {
            // A sign-out or a password change may have ended the session the next runs need.
            if ((await call("auth.me", who, undefined)).ok === false) await signIn(who);
            return;
          }
          const context = `${path} as ${who} with ${describeInput(input)}: ${outcome.code} ${outcome.detail.slice(0, 300)}`;
          expect(["INTERNAL_SERVER_ERROR", "NOT_A_TRPC_ERROR"], context).not.toContain(outcome.code);
          expect(await rowCounts(), `${context} changed the database`).toEqual(before);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    },
    RUNS * 2_000 + 10_000,
  );

  it("leaves data every read can still show", async () => {
    const broken: string[] = [];
    for (const [path, procedure] of procedures) {
      if (procedure._def.type !== "query") continue;
      for (const who of ["coordinator", "platform"] as const) {
        const outcome = await call(path, who, undefined);
        if (!outcome.ok && (outcome.code === "INTERNAL_SERVER_ERROR" || outcome.code === "NOT_A_TRPC_ERROR")) broken.push(`${path} as ${who}: ${outcome.detail}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
