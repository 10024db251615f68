import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rollUp, statusOn } from "@naravard/domain";
import { activityProgressFigures, listDecisions, listMembers, queryRows, sql, withTenant, withoutTenant } from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor } from "../test-helpers.ts";

let t: TestDatabase;
let statements = 0;
beforeAll(async () => {
  t = await createTestDatabase({ onQuery: () => void (statements += 1) });
});
afterAll(() => t?.close());

const counted = async <T>(work: () => Promise<T>) => {
  const before = statements;
  const result = await work();
  return { result, statements: statements - before };
};

describe("the national overview", () => {
  it("costs three statements, whatever the number of programmes", async () => {
    const three = await counted(() => callerFor(t.db).tenant.overview());
    expect(three.result).toHaveLength(3);
    expect(three.statements).toBeLessThanOrEqual(3);

    const { token } = await callerFor(t.db).auth.login({ email: "plattform@naravard.demo", password: TEST_PASSWORD });
    const platform = callerFor(t.db, null, token);
    const county = await platform.platform.county({ countyCode: "20" });
    await platform.platform.createTenant({
      slug: "dalarna",
      name: "Region Dalarna",
      programmeName: "Nära vård i Dalarna (demo)",
      kind: "region",
      countyCode: "20",
      description: "Demodata.",
      memberCodes: county.municipalities.map((m) => m.code),
      coordinatorEmail: "samordnare@dalarna.demo",
    });
    const four = await counted(() => callerFor(t.db).tenant.overview());
    expect(four.result).toHaveLength(4);
    expect(four.statements).toBe(three.statements);
    expect(four.result.find((p) => p.slug === "dalarna")).toMatchObject({ memberCount: 16, municipalityCount: 15, latestDecision: null });
  });

  it("gives each programme the same figures as reading it alone under its own row-level security", async () => {
    const overview = await callerFor(t.db).tenant.overview();
    for (const programme of overview) {
      const alone = await withTenant(t.db, programme.id, async (tx) => {
        const members = await listMembers(tx, { tenantId: programme.id });
        const decisions = await listDecisions(tx, { tenantId: programme.id });
        const activities = await activityProgressFigures(tx, { tenantId: programme.id });
        return {
          memberCount: members.length,
          adopted: members.filter((m) => statusOn(decisions.filter((d) => d.memberId === m.id), null).status === "adopted").length,
          roadmap: rollUp(activities),
        };
      });
      expect({ memberCount: programme.memberCount, adopted: programme.adoption.adopted, roadmap: programme.roadmap }, programme.slug).toEqual(alone);
    }
  });

  it("leaves the transaction as it found it: no programme stays pinned", async () => {
    const pinned = await withoutTenant(t.db, async (tx) => {
      await queryRows(tx, sql`select naravard_public_overview()`);
      const [row] = await queryRows<{ tenant: string; members: number }>(
        tx,
        sql`select current_setting('app.tenant_id', true) as tenant, (select count(*)::int from member_organisation) as members`,
      );
      return row;
    });
    expect(pinned).toEqual({ tenant: "", members: 0 });
  });
});
