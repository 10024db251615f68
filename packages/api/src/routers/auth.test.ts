import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, TEST_PASSWORD, createTestDatabase } from "@naravard/db/testing";
import { callerFor, coordinatorEmail } from "../test-helpers.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

describe("auth", () => {
  it("signs in with the right password and lists only the user's own programme", async () => {
    const result = await callerFor(t.db).auth.login({ email: "SAMORDNARE@varmland.demo", password: TEST_PASSWORD });
    expect(result.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(result.memberships).toEqual([expect.objectContaining({ slug: "varmland", role: "coordinator" })]);
    const me = await callerFor(t.db, null, result.token).auth.me();
    expect(me.user.email).toBe(coordinatorEmail.varmland);
    expect(me.memberships.map((m) => m.slug)).toEqual(["varmland"]);
  });

  it("gives the same answer for a wrong password and an unknown user", async () => {
    const wrong = await callerFor(t.db).auth.login({ email: coordinatorEmail.orebro, password: "fel" }).catch((e: TRPCError) => e);
    const unknown = await callerFor(t.db).auth.login({ email: "ingen@example.se", password: "fel" }).catch((e: TRPCError) => e);
    expect(wrong).toBeInstanceOf(TRPCError);
    expect([(wrong as TRPCError).code, (wrong as TRPCError).message]).toEqual(["UNAUTHORIZED", "Fel e-postadress eller lösenord."]);
    expect((unknown as TRPCError).message).toBe((wrong as TRPCError).message);
  });

  it("ends the session on logout", async () => {
    const { token } = await callerFor(t.db).auth.login({ email: coordinatorEmail.fyrbodal, password: TEST_PASSWORD });
    await callerFor(t.db, null, token).auth.logout();
    await expect(callerFor(t.db, null, token).auth.me()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("refuses a malformed e-mail with a Swedish message", async () => {
    await expect(callerFor(t.db).auth.login({ email: "inte-en-adress", password: "x" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("tenant", () => {
  it("serves default settings, and lets only the tenant's coordinator change them", async () => {
    expect(await callerFor(t.db, "orebro").tenant.settings()).toEqual({
      accentColor: "#00594f",
      logoText: "Region Örebro län",
      terms: { malbild: "målbild", roadmap: "färdplan", adoption: "beslut", strategies: "strategier", followUp: "uppföljning" },
      inputRetentionDays: 365,
      revision: 1,
    });
    const { token } = await callerFor(t.db).auth.login({ email: coordinatorEmail.orebro, password: TEST_PASSWORD });
    await callerFor(t.db, "orebro", token).tenant.updateSettings({ accentColor: "#6b1d4f", logoText: "Örebro län", terms: { roadmap: "handlingsplan" }, expectedRevision: 1 });
    expect((await callerFor(t.db, "orebro").tenant.settings()).terms.roadmap).toBe("handlingsplan");
    await expect(callerFor(t.db, "varmland", token).tenant.updateSettings({ accentColor: "#6b1d4f", logoText: "X län", terms: {}, expectedRevision: 1 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(t.db, "orebro", token).tenant.updateSettings({ accentColor: "#eeeeee", logoText: "X län", terms: {}, expectedRevision: 1 })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await callerFor(t.db, "varmland").tenant.settings()).terms.roadmap).toBe("färdplan");
  });

  it("gives the national overview of every programme", async () => {
    const overview = await callerFor(t.db).tenant.overview();
    const bySlug = Object.fromEntries(overview.map((p) => [p.slug, p]));
    expect(bySlug.varmland).toMatchObject({ memberCount: 17, municipalityCount: 16, adoption: { sentence: "17 av 17 har antagit målbilden" } });
    expect(bySlug.varmland!.latestDecision).toMatchObject({ memberName: "Karlstad", decidedOn: "2022-06-16" });
    expect(bySlug.varmland!.roadmap.counted).toBe(3);
    expect(bySlug.orebro!.latestDecision).toMatchObject({ memberName: "Region Örebro län", decidingBody: "Hälso- och sjukvårdsnämnden" });
    expect(bySlug.fyrbodal).toMatchObject({ municipalityCount: 14, latestDecision: null, roadmap: { progress: null } });
  });

  it("lists the three programmes and each one's members", async () => {
    const list = await callerFor(t.db).tenant.list();
    expect(list.map((p) => p.slug).sort()).toEqual(["fyrbodal", "orebro", "varmland"]);
    const fyrbodal = await callerFor(t.db, "fyrbodal").tenant.current();
    expect(fyrbodal.members.filter((m) => m.kind === "municipality")).toHaveLength(14);
    expect(fyrbodal.members.at(-1)!.name).toBe("Åmål");
  });
});

describe("database outage", () => {
  it("answers SERVICE_UNAVAILABLE with a Swedish message when the database cannot be reached", async () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    const broken = new Proxy(t.db, {
      get: (target, prop) => (prop === "transaction" ? () => Promise.reject(refused) : Reflect.get(target, prop)),
    });
    const error = await callerFor(broken, "varmland").malbild.current().catch((e: TRPCError) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("SERVICE_UNAVAILABLE");
    expect((error as TRPCError).message).toBe("Tjänsten är tillfälligt otillgänglig. Försök igen om en liten stund.");
  });
});
