import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../client.ts";
import { type TestDatabase, createTestDatabase } from "../testing.ts";
import { generateLoad, resetLoad } from "./generate-load.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const counts = async () =>
  (
    await queryRows<Record<string, number>>(
      t.db,
      sql`select (select count(*)::int from tenant where kind = 'region') as regions,
                 (select count(distinct official_code)::int from member_organisation where kind = 'municipality') as municipalities,
                 (select count(*)::int from roadmap_activity) as activities,
                 (select count(*)::int from input_entry) as entries,
                 (select count(*)::int from audit_log) as audit`,
    )
  )[0]!;
const fingerprint = async () =>
  (await queryRows<{ f: string }>(t.db, sql`select md5(string_agg(id::text || title || status || progress, ',' order by id)) as f from roadmap_activity`))[0]!.f;
/** Tally rows that differ from the activities counted (the overview's figures; triggers were off). */
const tallyDrift = async () =>
  (
    await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from (
            (select tenant_id, status, progress, n from activity_tally
             except select tenant_id, status, progress, count(*)::int from roadmap_activity group by 1, 2, 3)
            union all
            (select tenant_id, status, progress, count(*)::int from roadmap_activity group by 1, 2, 3
             except select tenant_id, status, progress, n from activity_tally)) d`,
    )
  )[0]!.n;

describe("the benchmark's load data", () => {
  it("fills every county with a programme and the scaled volumes, reproducibly, without audit entries, and resets to the seed", async () => {
    const seed = await counts();
    const seedFingerprint = await fingerprint();
    const result = await generateLoad(t.db, { scale: 1, seed: 7 });
    const grown = await counts();
    expect(grown).toMatchObject({ regions: 21, municipalities: 290, activities: seed.activities! + 1000, entries: seed.entries! + 10_000, audit: seed.audit });
    expect(result).toMatchObject({ activities: grown.activities, entries: grown.entries });
    expect(await tallyDrift()).toBe(0);

    const ids = await queryRows<{ id: string }>(t.db, sql`select id from roadmap_activity where id::text like 'fffe%' limit 5`);
    for (const { id } of ids) expect(id).toMatch(/^fffe[0-9a-f]{4}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const first = await fingerprint();
    await generateLoad(t.db, { scale: 1, seed: 7 });
    expect(await fingerprint()).toBe(first);
    await generateLoad(t.db, { scale: 1, seed: 8 });
    expect(await fingerprint()).not.toBe(first);

    await resetLoad(t.db);
    expect(await counts()).toEqual(seed);
    expect(await tallyDrift()).toBe(0);
    expect(await fingerprint()).toBe(seedFingerprint);
  }, 300_000);
});
