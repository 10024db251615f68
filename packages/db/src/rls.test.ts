import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { findTenantBySlug, getCurrentMalbild, listMembers, queryRows, updateVision } from "./index.ts";
import * as s from "./schema/index.ts";
import { withTenant, withoutTenant } from "./scope.ts";
import { type TestDatabase, createTestDatabase } from "./testing.ts";

let t: TestDatabase;
let varmland: string;
let orebro: string;

beforeAll(async () => {
  t = await createTestDatabase();
  varmland = (await withoutTenant(t.db, (tx) => findTenantBySlug(tx, "varmland")))!.id;
  orebro = (await withoutTenant(t.db, (tx) => findTenantBySlug(tx, "orebro")))!.id;
});
afterAll(() => t?.close());

describe(`row-level security (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("every table with a tenant_id has row-level security enabled, forced and a policy", async () => {
    const tables = await queryRows<{ table: string; enabled: boolean; forced: boolean; policies: number }>(t.db, sql`
      select c.relname as "table", c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             (select count(*)::int from pg_policy p where p.polrelid = c.oid) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')`);
    expect(tables.length).toBeGreaterThanOrEqual(9);
    for (const table of tables) expect(table, table.table).toMatchObject({ enabled: true, forced: true });
    for (const table of tables) expect(table.policies, table.table).toBeGreaterThan(0);
  });

  it("every tenant table but the audit log itself and derived tallies carries the audit trigger", async () => {
    // activity_tally is counted from roadmap_activity (whose every change is audited) by triggers.
    const missing = await queryRows<{ table: string }>(t.db, sql`
      select c.relname as "table" from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r' and c.relname not in ('audit_log', 'activity_tally')
        and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
        and not exists (select 1 from pg_trigger g where g.tgrelid = c.oid and g.tgname = 'audit')`);
    expect(missing).toEqual([]);
  });

  it("hides another tenant's rows even when the query has no where-clause", async () => {
    const visible = await withTenant(t.db, varmland, (tx) => tx.select({ tenantId: s.memberOrganisation.tenantId }).from(s.memberOrganisation));
    expect(visible.length).toBe(17);
    expect(new Set(visible.map((r) => r.tenantId))).toEqual(new Set([varmland]));
    const malbilder = await withTenant(t.db, varmland, (tx) => tx.select({ id: s.malbild.id, tenantId: s.malbild.tenantId }).from(s.malbild));
    expect(malbilder.every((m) => m.tenantId === varmland)).toBe(true);
  });

  it("shows nothing of any tenant when no tenant is set", async () => {
    const rows = await withoutTenant(t.db, (tx) => tx.select({ id: s.statement.id }).from(s.statement));
    expect(rows).toEqual([]);
  });

  it("refuses to write a row into another tenant", async () => {
    const [perspective] = await withTenant(t.db, orebro, (tx) => tx.select({ id: s.malbild.id }).from(s.malbild));
    const error: unknown = await withTenant(t.db, varmland, (tx) =>
      tx.insert(s.statement).values({ tenantId: orebro, malbildId: perspective!.id, position: 99, text: "Intrång" }),
    ).then(
      () => null,
      (e: unknown) => e,
    );
    // drizzle wraps the driver's error; the database's own message is the cause.
    const cause = (error as { cause?: Error } | null)?.cause;
    expect(cause?.message).toMatch(/row-level security/);
  });

  it("treats another tenant's id as missing: an update by id changes nothing", async () => {
    const orebroMalbild = await withTenant(t.db, orebro, (tx) => getCurrentMalbild(tx, { tenantId: orebro }));
    // Even asking with the wrong tenant in the where-clause *and* the transaction finds nothing.
    const result = await withTenant(t.db, varmland, (tx) =>
      updateVision(tx, { tenantId: varmland, malbildId: orebroMalbild!.id, vision: "Kapad", expectedRevision: orebroMalbild!.revision }),
    );
    expect(result).toEqual({ status: "not_found" });
    // And a raw update without any where on tenant touches no other tenant's row.
    await withTenant(t.db, varmland, (tx) => tx.update(s.malbild).set({ vision: "Kapad" }).where(eq(s.malbild.id, orebroMalbild!.id)));
    const after = await withTenant(t.db, orebro, (tx) => getCurrentMalbild(tx, { tenantId: orebro }));
    expect(after!.vision).toBe(orebroMalbild!.vision);
  });

  it("lists members with the parties first and municipalities in Swedish order", async () => {
    const members = await withTenant(t.db, varmland, (tx) => listMembers(tx, { tenantId: varmland }));
    expect(members[0]!.name).toBe("Region Värmland");
    const names = members.slice(1).map((m) => m.name);
    expect(names.at(-1)).toBe("Årjäng");
    expect(names.indexOf("Säffle")).toBeLessThan(names.indexOf("Årjäng"));
  });
});

describe("embedded database on disk", () => {
  it("creates its data directory, parents included, and keeps data across a restart", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { openDatabase } = await import("./client.ts");
    const root = mkdtempSync(join(tmpdir(), "naravard-pglite-"));
    const dataDir = join(root, ".data", "pglite");
    try {
      const first = await openDatabase({ dataDir });
      await first.migrate();
      await first.db.insert(s.tenant).values({ slug: "testlan", name: "Testlän", programmeName: "Test", kind: "region", countyCode: "99" });
      await first.close();
      const second = await openDatabase({ dataDir });
      const rows = await withoutTenant(second.db, (tx) => findTenantBySlug(tx, "testlan"));
      expect(rows?.name).toBe("Testlän");
      await second.close();
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
    // Two cold starts of PGlite on disk (initdb alone takes ~4 s idle), while CI runs every
    // package's tests at once on two cores.
  }, 90_000);
});
