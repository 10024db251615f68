import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, sql } from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { type IdPool, inputArbitrary } from "./input-arbitrary.ts";
import { appRouter } from "../root.ts";
import { callerFor } from "../test-helpers.ts";

/**
 * Property-based input tests: every procedure of the router, with generated inputs (oversize and
 * odd-Unicode strings, wrong types, boundary dates, deep objects, real and made-up ids), called as
 * Värmland's coordinator or as a platform administrator. The answer is a success or a typed client
 * error — never INTERNAL_SERVER_ERROR — and a rejected call leaves every table as it was.
 *
 * Whether a call wrote is read cheaply from the database's transaction counter: a transaction that
 * writes takes a transaction id, one that only reads takes none, so while the next id to hand out
 * stays the same no table can have changed. Only when it moved are the tables counted, which keeps
 * a run to a few milliseconds.
 *
 * The procedures are dealt into shards, one test file each, so the runs use every core. FUZZ_RUNS
 * sets the runs per procedure (default 1 000 in CI, 100 elsewhere); FUZZ_SEED replays a failure
 * fast-check reported.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI ? 1_000 : 100));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

type Who = "coordinator" | "platform";
const emails: Record<Who, string> = { coordinator: "samordnare@varmland.demo", platform: "plattform@naravard.demo" };
export const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[]; type: string } }>,
).sort(([a], [b]) => a.localeCompare(b));

/** The fuzz suite for every `shards`-th procedure, starting at `shard` (from 0). */
export function fuzzProcedures(shard: number, shards: number) {
  let t: TestDatabase;
  let tables: string[];
  let pool: IdPool;
  const tokens: Partial<Record<Who, string>> = {};
  /** The row counts as they stood at `mark`; counted again only after the mark moves. */
  let known: { mark: string; counts: Record<string, number> };
  const stats = { calls: 0, refused: 0, counted: 0 };

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

  /**
   * The next transaction id the database will hand out. It moves only when a transaction wrote (or
   * began to write and rolled back); reads, refused input and row-level security checks leave it.
   */
  async function writeMark(): Promise<string> {
    const [row] = await queryRows<{ mark: string }>(t.db, sql`select pg_snapshot_xmax(pg_current_snapshot())::text as mark`);
    return row!.mark;
  }

  /**
   * The row counts before and after the last call, and whether anything was written since the
   * last look (if not, the counts are not read again: nothing can have changed).
   */
  async function sinceLastCall(): Promise<{ wrote: boolean; before: Record<string, number>; after: Record<string, number> }> {
    const mark = await writeMark();
    if (mark === known.mark) return { wrote: false, before: known.counts, after: known.counts };
    stats.counted++;
    const before = known.counts;
    const after = await rowCounts();
    known = { mark: await writeMark(), counts: after };
    return { wrote: true, before, after };
  }

  /** Ids of every tenant-owned row of one tenant. */
  async function idsOf(slug: string): Promise<string[]> {
    const owned = await queryRows<{ table_name: string }>(
      t.db,
      sql`
    select c.table_name from information_schema.columns c
    join information_schema.columns i on i.table_schema = c.table_schema and i.table_name = c.table_name and i.column_name = 'id' and i.data_type = 'uuid'
    where c.table_schema = 'public' and c.column_name = 'tenant_id' order by 1`,
    );
    const union = sql.join(
      owned.map(
        (o) =>
          sql`(select x.id::text as id from ${sql.identifier(o.table_name)} x join tenant t on t.id = x.tenant_id where t.slug = ${slug} limit 5)`,
      ),
      sql` union all `,
    );
    return (await queryRows<{ id: string }>(t.db, union)).map((r) => r.id);
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    tables = (
      await queryRows<{ table_name: string }>(
        t.db,
        sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
      )
    )
      .map((r) => r.table_name)
      // The limiter's counters (decision 016) count every attempt, refused ones by design.
      .filter((name) => name !== "rate_limit");
    pool = { own: await idsOf("varmland"), other: await idsOf("orebro") };
    await signIn("coordinator");
    await signIn("platform");
    known = { mark: await writeMark(), counts: await rowCounts() };
  }, 60_000);
  afterAll(async () => {
    console.info(
      `fuzz shard ${shard + 1} of ${shards}: ${stats.calls} calls, ${stats.refused} refused, tables counted after ${stats.counted}`,
    );
    await t?.close();
  });

  type Outcome = { ok: true } | { ok: false; code: string; detail: string };

  async function call(path: string, who: Who, input: unknown): Promise<Outcome> {
    const [router, name] = path.split(".") as [string, string];
    const caller = callerFor(t.db, "varmland", tokens[who] ?? null) as unknown as Record<
      string,
      Record<string, (input: unknown) => Promise<unknown>>
    >;
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

  const mine = procedures.filter((_, index) => index % shards === shard);
  describe(`generated input to procedures, shard ${shard + 1} of ${shards} (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"}, ${RUNS} runs each)`, () => {
    it("has its share of the router's procedures", () => {
      expect(procedures.length).toBeGreaterThan(50);
      expect(mine.length).toBeGreaterThanOrEqual(Math.floor(procedures.length / shards));
    });

    it.each(mine.map(([path, procedure]) => [path, procedure] as const))(
      "%s answers a typed error or success, and a refusal writes nothing",
      async (path, procedure) => {
        const input = inputArbitrary(procedure._def.inputs, pool);
        const who = fc.constantFrom<Who>("coordinator", "coordinator", "coordinator", "platform");
        await fc.assert(
          fc.asyncProperty(who, input, async (who, input) => {
            stats.calls++;
            const outcome = await call(path, who, input);
            const counts = await sinceLastCall();
            if (outcome.ok) {
              // A sign-out or a password change (both writes) may have ended the session the next runs need.
              if (counts.wrote && (await call("auth.me", who, undefined)).ok === false) {
                await signIn(who);
                await sinceLastCall();
              }
              return;
            }
            stats.refused++;
            const context = `${path} as ${who} with ${describeInput(input)}: ${outcome.code} ${outcome.detail.slice(0, 300)}`;
            expect(["INTERNAL_SERVER_ERROR", "NOT_A_TRPC_ERROR"], context).not.toContain(outcome.code);
            expect(counts.after, `${context} changed the database`).toEqual(counts.before);
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      },
      RUNS * 100 + 30_000,
    );

    it("leaves data every read can still show", async () => {
      const broken: string[] = [];
      for (const [path, procedure] of procedures) {
        if (procedure._def.type !== "query") continue;
        for (const who of ["coordinator", "platform"] as const) {
          const outcome = await call(path, who, undefined);
          if (!outcome.ok && (outcome.code === "INTERNAL_SERVER_ERROR" || outcome.code === "NOT_A_TRPC_ERROR"))
            broken.push(`${path} as ${who}: ${outcome.detail}`);
        }
      }
      expect(broken).toEqual([]);
    });
  });
}
