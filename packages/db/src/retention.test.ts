import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTenantBySlug, insertEntry, listEntriesForModeration, listQuestions, saveTenantSettings, getTenantSettings, sweepExpiredPersonalData, withTenant, withoutTenant } from "./index.ts";
import { type TestDatabase, createTestDatabase } from "./testing.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

describe("retention of the public's personal data", () => {
  it("erases name and e-mail once an entry is older than the tenant's retention period, keeping the text", async () => {
    const tenant = (await withoutTenant(t.db, (tx) => findTenantBySlug(tx, "varmland")))!;
    const entry = await withTenant(t.db, tenant.id, async (tx) => {
      const [question] = await listQuestions(tx, { tenantId: tenant.id });
      const settings = await getTenantSettings(tx, { tenantId: tenant.id, name: tenant.name });
      await saveTenantSettings(tx, { tenantId: tenant.id, ...settings, inputRetentionDays: 30 });
      return insertEntry(tx, { tenantId: tenant.id, questionId: question!.id, text: "Min synpunkt", name: "Anna", email: "anna@example.se", sourceHash: "h" });
    });
    const pending = () => withTenant(t.db, tenant.id, (tx) => listEntriesForModeration(tx, { tenantId: tenant.id, status: "pending" }));

    expect(await sweepExpiredPersonalData(t.db, new Date(Date.now() + 29 * 86_400_000))).toBe(0);
    expect((await pending()).find((e) => e.id === entry.id)).toMatchObject({ name: "Anna", email: "anna@example.se" });

    expect(await sweepExpiredPersonalData(t.db, new Date(Date.now() + 31 * 86_400_000))).toBe(1);
    expect((await pending()).find((e) => e.id === entry.id)).toMatchObject({ name: null, email: null, text: "Min synpunkt" });
  });
});
