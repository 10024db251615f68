import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportTenant, importTenant } from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor, coordinatorEmail, signIn } from "./test-helpers.ts";

let source: TestDatabase;
let target: TestDatabase;
beforeAll(async () => {
  [source, target] = await Promise.all([createTestDatabase(), createTestDatabase({ seed: false })]);
});
afterAll(async () => {
  await Promise.all([source?.close(), target?.close()]);
});

/** Everything the portal shows of a programme, as the API serves it. */
async function portalView(db: TestDatabase, slug: string) {
  const api = callerFor(db.db, slug);
  return {
    tenant: await api.tenant.current(),
    settings: await api.tenant.settings(),
    malbild: await api.malbild.current(),
    versions: await api.malbildVersion.list(),
    adoption: await api.adoption.overview({}),
    roadmap: await api.roadmap.get({}),
    byElement: await api.roadmap.byElement(),
    strategies: await api.strategy.list(),
    indicators: await api.indicator.list(),
    events: await api.event.list(),
    news: await api.article.list({ kind: "news" }),
    examples: await api.article.list({ kind: "good_example" }),
    contacts: await api.contact.list(),
    input: await api.publicInput.list(),
  };
}

describe("backup and restore of one programme", () => {
  it("exports Värmland and imports it into an empty database, where the portal's data and the coordinator's sign-in are the same", async () => {
    // Something of every kind the admin writes, so the round trip covers more than the seed.
    const token = await signIn(source.db, "varmland");
    await callerFor(source.db, "varmland", token).contact.save({ name: "Återställd Person", role: "Samordnare", organisation: "Region Värmland", email: "", phone: "" });
    const backup = await exportTenant(source.db, "varmland");
    expect(Object.keys(backup.tables).length).toBeGreaterThan(25);
    // Through JSON, as the command writes it to a file.
    const restored = await importTenant(target.db, JSON.parse(JSON.stringify(backup)) as typeof backup);
    expect(restored.rows).toBeGreaterThan(100);

    expect(await portalView(target, "varmland")).toEqual(await portalView(source, "varmland"));
    // Only Värmland came along.
    expect((await callerFor(target.db).tenant.list()).map((t) => t.slug)).toEqual(["varmland"]);
    const login = await callerFor(target.db).auth.login({ email: coordinatorEmail.varmland, password: TEST_PASSWORD });
    expect((await callerFor(target.db, "varmland", login.token).malbild.forEdit()).role).toBe("coordinator");
    // A second import of the same programme is refused, and changes nothing.
    await expect(importTenant(target.db, backup)).rejects.toThrow(/finns redan/);
  });
});
