import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTenantBySlug, getCurrentMalbild, listMembers, withTenant, withoutTenant } from "../index.ts";
import { type TestDatabase, TEST_PASSWORD, createTestDatabase } from "../testing.ts";
import { seedDatabase } from "./index.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

const load = async (slug: string) => {
  const tenant = (await withoutTenant(t.db, (tx) => findTenantBySlug(tx, slug)))!;
  return withTenant(t.db, tenant.id, async (tx) => ({
    tenant,
    members: await listMembers(tx, { tenantId: tenant.id }),
    malbild: (await getCurrentMalbild(tx, { tenantId: tenant.id }))!,
  }));
};

describe("seed", () => {
  it("holds Värmland's målbild as the brochure gives it", async () => {
    const { members, malbild } = await load("varmland");
    expect(members).toHaveLength(17);
    expect(members.find((m) => m.officialCode === "1780")?.name).toBe("Karlstad");
    expect(malbild.vision).toBe("Tillsammans utvecklar vi god och nära vård, hälsa & omsorg");
    expect(malbild.statements.map((st) => st.text)).toContain("Jag får rätt hjälp och stöd i rätt tid");
    expect(malbild.statements).toHaveLength(5);
    expect(malbild.shifts).toHaveLength(4);
    expect(malbild.shifts[0]).toMatchObject({ fromText: "Fokus på organisation", toText: "Fokus på person och relation" });
    expect(malbild.principles).toHaveLength(5);
    expect(malbild.journey.map((j) => j.title).at(-1)).toBe("Vi når vårt mål: God och jämlik hälsa");
    expect(malbild.faq.length).toBe(4);
  });

  it("holds Örebro's three perspectives and its 2022-02-11 decision, and Fyrbodal's 14 municipalities", async () => {
    const orebro = await load("orebro");
    expect(orebro.members).toHaveLength(13);
    expect(orebro.malbild.perspectives.map((p) => p.title)).toEqual([
      "Invånarperspektivet",
      "Samverkansperspektivet",
      "Medarbetarperspektivet",
    ]);
    expect(orebro.malbild.adoptedOn).toBe("2022-02-11");
    const fyrbodal = await load("fyrbodal");
    expect(fyrbodal.tenant.kind).toBe("municipal_federation");
    expect(fyrbodal.members.filter((m) => m.kind === "municipality")).toHaveLength(14);
    expect(fyrbodal.malbild.sourceNote).toMatch(/^Demodata/);
  });

  it("is idempotent: a second run creates nothing and keeps edits", async () => {
    const before = await load("varmland");
    const again = await seedDatabase(t.db, { coordinatorPassword: TEST_PASSWORD });
    expect(again).toEqual({ tenantsCreated: 0, malbilderCreated: 0, usersCreated: 0 });
    const after = await load("varmland");
    expect(after.members).toEqual(before.members);
    expect(after.malbild.statements).toEqual(before.malbild.statements);
  });
});
