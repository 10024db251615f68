import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { exportTenant, importTenant } from "./backup.ts";
import { type Database, queryRows } from "./client.ts";
import { findTenantBySlug, publicOverviewFigures } from "./queries/tenants.ts";
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

type Row = { tenant_id: string; status: string; progress: number; n: number };
const sorted = (rows: Row[]) => rows.map((r) => `${r.tenant_id} ${r.status} ${r.progress} ${r.n}`).sort();

/** The tally as kept, and as counted from the activities themselves (as the owner: every programme). */
async function keptAndCounted(db: Database) {
  const kept = await queryRows<Row>(db, sql`select tenant_id, status::text, progress, n from activity_tally`);
  const counted = await queryRows<Row>(
    db,
    sql`select tenant_id, status::text, progress, count(*)::int as n from roadmap_activity group by 1, 2, 3`,
  );
  return { kept: sorted(kept), counted: sorted(counted) };
}

describe(`the activity tally (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("starts equal to the activities counted", async () => {
    const { kept, counted } = await keptAndCounted(t.db);
    expect(counted.length).toBeGreaterThan(0);
    expect(kept).toEqual(counted);
  });

  it("follows inserts, status and progress changes, other edits and deletes by a coordinator", async () => {
    const steps = [
      sql`insert into roadmap_activity (tenant_id, area_id, position, title, status, progress)
          select ${varmland}::uuid, (select id from roadmap_area where tenant_id = ${varmland}::uuid order by position limit 1),
                 1000 + g, 'Tally ' || g, (array['planned','ongoing','done','paused'])[1 + g % 4]::activity_status, (g * 7) % 101
          from generate_series(1, 60) g`,
      sql`update roadmap_activity set status = 'done', progress = 100 where tenant_id = ${varmland}::uuid and title like 'Tally %' and progress < 50`,
      sql`update roadmap_activity set title = title || ' (ny titel)' where tenant_id = ${varmland}::uuid and title like 'Tally %'`,
      sql`update roadmap_activity set progress = progress + 1 where tenant_id = ${varmland}::uuid and progress < 100`,
      sql`delete from roadmap_activity where tenant_id = ${varmland}::uuid and title like 'Tally 1%'`,
      sql`delete from roadmap_activity where tenant_id = ${varmland}::uuid and title like 'Tally %'`,
    ];
    for (const step of steps) {
      await withTenant(t.db, varmland, (tx) => tx.execute(step));
      const { kept, counted } = await keptAndCounted(t.db);
      expect(kept).toEqual(counted);
    }
  });

  it("is what the national overview shows of each programme", async () => {
    const figures = await withoutTenant(t.db, (tx) => publicOverviewFigures(tx));
    const counted = await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from roadmap_activity where tenant_id = ${varmland}::uuid`);
    const shown = figures.get(varmland)!.activities.reduce((sum, a) => sum + a.count, 0);
    expect(shown).toBe(counted[0]!.n);
  });

  it("is hidden from another programme like any tenant row", async () => {
    const seenBy = (tenant: string) =>
      withTenant(t.db, tenant, (tx) => queryRows<{ tenant_id: string }>(tx, sql`select distinct tenant_id from activity_tally`));
    expect((await seenBy(varmland)).map((r) => r.tenant_id)).toEqual([varmland]);
    expect((await seenBy(orebro)).map((r) => r.tenant_id)).not.toContain(varmland);
  });

  it("is counted again for an imported programme (the import runs with triggers off)", async () => {
    const target = await createTestDatabase({ seed: false });
    try {
      await importTenant(target.db, await exportTenant(t.db, "varmland"));
      const { kept, counted } = await keptAndCounted(target.db);
      expect(counted.length).toBeGreaterThan(0);
      expect(kept).toEqual(counted);
    } finally {
      await target.close();
    }
  });
});
