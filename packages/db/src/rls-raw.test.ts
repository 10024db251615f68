import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SQL, sql } from "drizzle-orm";
import { queryRows } from "./client.ts";
import { type Tx, withTenant, withoutTenant } from "./scope.ts";
import { type TestDatabase, createTestDatabase } from "./testing.ts";

/**
 * Row-level security alone, without any of the application's where-clauses: raw SQL through the
 * application role with the tenant pinned exactly as the API pins it (scope.ts). Tables are found
 * in the catalogue, so a new tenant table is covered the day it is created.
 */
let t: TestDatabase;
let tables: string[];
let tenants: { id: string; slug: string }[];

const ident = (name: string) => sql.identifier(name);

/** Runs as the app role for `tenantId` and rolls back, so probing writes leaves no trace. */
class Rollback extends Error {}
async function probe<T>(tenantId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T | undefined;
  await withTenant(t.db, tenantId, async (tx) => {
    result = await fn(tx);
    throw new Rollback();
  }).catch((e: unknown) => {
    if (!(e instanceof Rollback)) throw e;
  });
  return result as T;
}

/** Owner's view (superuser in tests: row-level security does not apply). */
const ownerCount = async (table: string, tenantId: string) =>
  (await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from ${ident(table)} where tenant_id = ${tenantId}`))[0]!.n;

/**
 * Seeded data leaves some tables empty for some tenants; a table a tenant has no rows in proves
 * nothing. So each such tenant gets a made-up row, written as the owner with triggers (foreign
 * keys, audit) off — the rows only need to exist, not to make sense.
 */
async function giveEveryTenantRows() {
  await t.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const table of tables)
      for (const tenant of tenants) {
        const [present] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from ${ident(table)} where tenant_id = ${tenant.id}`);
        if (present!.n === 0) await fabricateRow(tx, table, tenant.id);
      }
  });
}

/** A row for a table the seed leaves empty: defaults, and a plain value of the right type where a column needs one. */
async function fabricateRow(tx: Tx, table: string, tenantId: string) {
  const columns = await queryRows<{ column_name: string; data_type: string; udt_name: string }>(tx, sql`
    select column_name, data_type, udt_name from information_schema.columns
    where table_schema = 'public' and table_name = ${table} and is_nullable = 'NO' and column_default is null and column_name <> 'tenant_id'`);
  const value = (c: (typeof columns)[number]): SQL => {
    if (c.data_type === "uuid") return sql`gen_random_uuid()`;
    if (c.data_type === "boolean") return sql`false`;
    if (/int|numeric|double|real/.test(c.data_type)) return sql`1`;
    if (c.data_type === "date") return sql`current_date`;
    if (c.data_type.startsWith("timestamp")) return sql`now()`;
    if (c.data_type === "jsonb" || c.data_type === "json") return sql`'{}'`;
    if (c.data_type === "ARRAY") return sql`'{}'`;
    if (c.data_type === "USER-DEFINED") return sql.raw(`(enum_range(null::"${c.udt_name}"))[1]`);
    return sql`'Påhittad ' || gen_random_uuid()`;
  };
  const names = sql.join([sql`tenant_id`, ...columns.map((c) => ident(c.column_name))], sql`, `);
  const values = sql.join([sql`${tenantId}`, ...columns.map(value)], sql`, `);
  await tx.execute(sql`insert into ${ident(table)} (${names}) values (${values})`);
}

beforeAll(async () => {
  t = await createTestDatabase();
  tables = (
    await queryRows<{ table_name: string }>(t.db, sql`
      select c.table_name from information_schema.columns c
      join information_schema.tables b on b.table_schema = c.table_schema and b.table_name = c.table_name and b.table_type = 'BASE TABLE'
      where c.table_schema = 'public' and c.column_name = 'tenant_id' order by 1`)
  ).map((r) => r.table_name);
  tenants = await queryRows<{ id: string; slug: string }>(t.db, sql`select id::text as id, slug from tenant order by slug`);
  await giveEveryTenantRows();
}, 60_000);
afterAll(() => t?.close());

/** Runs `fn` for every tenant table and collects what went wrong, so one run names every hole. */
async function everyTable(fn: (table: string) => Promise<string | null>) {
  const wrong: string[] = [];
  for (const table of tables) {
    const problem = await fn(table);
    if (problem) wrong.push(`${table}: ${problem}`);
  }
  return wrong;
}

const rows = (tx: Tx, query: SQL) => queryRows<{ tenant_id: string | null }>(tx, query);

/** A write the role has no privilege for (the audit log is written by triggers only) reaches no row either. */
const writeRows = (tenantId: string, query: SQL) =>
  probe(tenantId, (tx) => rows(tx, query)).catch((e: unknown) => {
    if (/permission denied/.test(String((e as { cause?: Error }).cause?.message))) return [];
    throw e;
  });

describe(`row-level security without where-clauses (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("finds the tenant tables, each with rows of more than one tenant", async () => {
    expect(tables.length).toBeGreaterThanOrEqual(20);
    expect(tenants.length).toBeGreaterThanOrEqual(3);
    const empty = await everyTable(async (table) => {
      const counts = await Promise.all(tenants.map((tenant) => ownerCount(table, tenant.id)));
      return counts.filter((n) => n > 0).length < 2 ? `rows for only ${counts.filter((n) => n > 0).length} tenant(s)` : null;
    });
    // A table no tenant has any row in (none today) would make the checks below vacuous for it.
    expect(empty).toEqual([]);
  });

  it.each([0, 1, 2])("select * shows tenant #%i exactly its own rows in every table", async (index) => {
    const tenant = tenants[index]!;
    const wrong = await everyTable(async (table) => {
      const seen = await probe(tenant.id, (tx) => rows(tx, sql`select * from ${ident(table)}`));
      const foreign = seen.filter((r) => r.tenant_id !== tenant.id).length;
      const own = await ownerCount(table, tenant.id);
      return foreign > 0 || seen.length !== own ? `saw ${foreign} foreign rows, ${seen.length} of its own ${own}` : null;
    });
    expect(wrong).toEqual([]);
  });

  it("shows no tenant's rows at all when no tenant is pinned", async () => {
    const wrong = await everyTable(async (table) => {
      const seen = await withoutTenant(t.db, (tx) => rows(tx, sql`select * from ${ident(table)}`));
      return seen.length > 0 ? `saw ${seen.length} rows` : null;
    });
    expect(wrong).toEqual([]);
  });

  it("lets an update or a delete of every other tenant's rows affect none of them", async () => {
    const tenant = tenants[0]!;
    const wrong = await everyTable(async (table) => {
      const updated = await writeRows(tenant.id, sql`update ${ident(table)} set tenant_id = tenant_id where tenant_id <> ${tenant.id} returning tenant_id`);
      const deleted = await writeRows(tenant.id, sql`delete from ${ident(table)} where tenant_id <> ${tenant.id} returning tenant_id`);
      // And a blanket update (no where at all) reaches only the tenant's own rows.
      const blanket = await writeRows(tenant.id, sql`update ${ident(table)} set tenant_id = tenant_id returning tenant_id`);
      const strays = blanket.filter((r) => r.tenant_id !== tenant.id).length;
      return updated.length + deleted.length + strays > 0 ? `updated ${updated.length}, deleted ${deleted.length}, blanket reached ${strays} foreign rows` : null;
    });
    expect(wrong).toEqual([]);
    // Nothing was in fact touched: every tenant still has all its rows.
    for (const other of tenants.slice(1)) for (const table of tables) expect(await ownerCount(table, other.id), table).toBeGreaterThan(0);
  });

  it("refuses to insert or move a row into another tenant", async () => {
    const [tenant, other] = [tenants[0]!, tenants[1]!];
    const wrong = await everyTable(async (table) => {
      const [row] = await queryRows<{ r: Record<string, unknown> }>(t.db, sql`select to_jsonb(x) as r from ${ident(table)} x where tenant_id = ${tenant.id} limit 1`);
      const copy = { ...row!.r, tenant_id: other.id, ...("id" in row!.r ? { id: crypto.randomUUID() } : {}) };
      const insert = await probe(tenant.id, (tx) =>
        tx.execute(sql`insert into ${ident(table)} select * from jsonb_populate_record(null::${ident(table)}, ${JSON.stringify(copy)}::jsonb)`),
      ).then(
        () => "inserted",
        (e: unknown) => String((e as { cause?: Error }).cause?.message ?? e),
      );
      const move = await probe(tenant.id, (tx) => tx.execute(sql`update ${ident(table)} set tenant_id = ${other.id}`)).then(
        () => "moved",
        (e: unknown) => String((e as { cause?: Error }).cause?.message ?? e),
      );
      // The table's own policy must refuse: the audit trigger's write to the (also protected)
      // audit log would refuse too, and would hide a table whose policy is missing.
      const refused = (message: string) => message.includes(`row-level security policy for table "${table}"`) || /permission denied/.test(message);
      return refused(insert) && refused(move) ? null : `insert: ${insert}; move: ${move}`;
    });
    expect(wrong).toEqual([]);
  });
});
