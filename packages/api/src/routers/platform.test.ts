import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as Db from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor } from "../test-helpers.ts";

/** Makes the invitation, the last write of createTenant, fail on demand. */
const invitation = vi.hoisted(() => ({ fails: false }));
vi.mock("@naravard/db", async (importOriginal) => {
  const db = await importOriginal<typeof Db>();
  return {
    ...db,
    createInvitation: (...args: Parameters<typeof db.createInvitation>) => {
      if (invitation.fails) throw new Error("the invitation could not be stored");
      return db.createInvitation(...args);
    },
  };
});

let t: TestDatabase;
let platformToken: string;
let platformId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  const session = await callerFor(t.db).auth.login({ email: "plattform@naravard.demo", password: TEST_PASSWORD });
  platformToken = session.token;
  platformId = session.user.id;
});
afterAll(() => t?.close());

const input = {
  slug: "jamtland",
  name: "Region Jämtland Härjedalen",
  programmeName: "Nära vård i Jämtland Härjedalen (test)",
  kind: "region" as const,
  countyCode: "23",
  memberCodes: ["2380"],
  coordinatorEmail: "samordnare@jamtland.se",
};

describe("platform.createTenant", () => {
  it("creates the programme, its members and the invitation in one transaction: all or nothing", async () => {
    const platform = callerFor(t.db, null, platformToken);
    invitation.fails = true;
    await expect(platform.platform.createTenant(input)).rejects.toThrow();
    invitation.fails = false;
    // Nothing was left behind: no programme under the address, which is therefore still free.
    expect((await platform.platform.tenants()).map((x) => x.slug)).not.toContain("jamtland");
    const created = await platform.platform.createTenant(input);
    expect(created.members).toBe(2);
    expect((await callerFor(t.db, "jamtland").tenant.current()).members.map((m) => m.name)).toEqual([
      "Region Jämtland Härjedalen",
      "Östersund",
    ]);
  });

  it("records the new programme in its own audit log, by the platform administrator, next to its members and invitation", async () => {
    const platform = callerFor(t.db, null, platformToken);
    const created = await platform.platform.createTenant({
      ...input,
      slug: "jamtland-logg",
      coordinatorEmail: "logg@jamtland.se",
    });
    const anon = callerFor(t.db, "jamtland-logg");
    await anon.account.acceptInvitation({
      token: created.invitationPath.split("/").at(-1)!,
      name: "Jämt Samordnare",
      password: "ett långt lösenord",
    });
    const { token } = await callerFor(t.db).auth.login({ email: "logg@jamtland.se", password: "ett långt lösenord" });
    const log = await callerFor(t.db, "jamtland-logg", token).audit.list({ limit: 200 });
    const tenantEntry = log.find((e) => e.entity === "tenant")!;
    expect(tenantEntry).toMatchObject({ action: "INSERT", entityId: created.tenantId, actorUserId: platformId });
    expect(tenantEntry.after).toMatchObject({ slug: "jamtland-logg", programme_name: input.programmeName, county_code: "23" });
    expect(log.filter((e) => e.entity === "member_organisation" && e.actorUserId === platformId)).toHaveLength(2);
    expect(log.some((e) => e.entity === "invitation" && e.action === "INSERT" && e.actorUserId === platformId)).toBe(true);
  });
});
