import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findTenantBySlug, getCurrentMalbild, listAuditEntries, queryRows, sql, updateVision, withTenant, withoutTenant } from "./index.ts";
import * as s from "./schema/index.ts";
import { type TestDatabase, createTestDatabase } from "./testing.ts";

let t: TestDatabase;
let varmland: string;
let orebro: string;
let userId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  varmland = (await withoutTenant(t.db, (tx) => findTenantBySlug(tx, "varmland")))!.id;
  orebro = (await withoutTenant(t.db, (tx) => findTenantBySlug(tx, "orebro")))!.id;
  [{ id: userId }] = (await withoutTenant(t.db, (tx) => tx.select({ id: s.appUser.id }).from(s.appUser).limit(1))) as [{ id: string }];
});
afterAll(() => t?.close());

describe("audit log", () => {
  it("records who changed what, before and after, in the same transaction", async () => {
    const malbild = (await withTenant(t.db, varmland, (tx) => getCurrentMalbild(tx, { tenantId: varmland })))!;
    await withTenant(t.db, varmland, (tx) => updateVision(tx, { tenantId: varmland, malbildId: malbild.id, vision: "Ny vision", expectedRevision: malbild.revision }), { userId });
    const [entry] = await withTenant(t.db, varmland, (tx) => listAuditEntries(tx, { tenantId: varmland, entity: "malbild" }));
    expect(entry).toMatchObject({ action: "UPDATE", entity: "malbild", entityId: malbild.id, actorUserId: userId });
    expect((entry!.before as { vision: string }).vision).toBe(malbild.vision);
    expect((entry!.after as { vision: string }).vision).toBe("Ny vision");
  });

  it("writes nothing when the change is rolled back", async () => {
    const count = async () =>
      (await withTenant(t.db, varmland, (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from audit_log`)))[0]!.n;
    const before = await count();
    const malbild = (await withTenant(t.db, varmland, (tx) => getCurrentMalbild(tx, { tenantId: varmland })))!;
    await withTenant(t.db, varmland, async (tx) => {
      await updateVision(tx, { tenantId: varmland, malbildId: malbild.id, vision: "Ångras", expectedRevision: malbild.revision });
      throw new Error("rollback");
    }).catch(() => {});
    expect(await count()).toBe(before);
  });

  it("is append-only and private to its tenant", async () => {
    const error = await withTenant(t.db, varmland, (tx) => tx.delete(s.auditLog)).then(
      () => null,
      (e: { cause?: Error }) => e.cause?.message,
    );
    expect(error).toMatch(/permission denied/);
    const theirs = await withTenant(t.db, orebro, (tx) => listAuditEntries(tx, { tenantId: varmland }));
    expect(theirs).toEqual([]);
  });
});
