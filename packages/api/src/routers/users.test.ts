import { type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor, signIn } from "../test-helpers.ts";

let t: TestDatabase;
let coordinator: string;

beforeAll(async () => {
  t = await createTestDatabase();
  coordinator = await signIn(t.db, "varmland");
});
afterAll(() => t?.close());

const tokenOf = (path: string) => path.split("/").at(-1)!;
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (e: TRPCError) => e.code,
  );
const login = (email: string, password: string) => callerFor(t.db).auth.login({ email, password });

describe("roles, invitations and passwords", () => {
  it("invites an editor who accepts, signs in and edits; a viewer may read but not edit", async () => {
    const admin = callerFor(t.db, "varmland", coordinator);
    const editorInvite = await admin.users.invite({ email: "redaktor@karlstad.se", role: "editor" });
    const viewerInvite = await admin.users.invite({ email: "lasare@arvika.se", role: "viewer" });
    const anon = callerFor(t.db, "varmland");
    const offered = await anon.account.invitation({ token: tokenOf(editorInvite.path) });
    expect(offered).toMatchObject({ email: "redaktor@karlstad.se", role: "editor" });
    // Whoever holds the link (the inviter too) is not told whether the address has an account.
    expect(offered).not.toHaveProperty("existingAccount");
    await anon.account.acceptInvitation({ token: tokenOf(editorInvite.path), name: "Eva Redaktör", password: "ett långt lösenord" });
    await anon.account.acceptInvitation({ token: tokenOf(viewerInvite.path), name: "Lars Läsare", password: "ett annat långt lösenord" });
    // A used link is spent.
    expect(await codeOf(anon.account.acceptInvitation({ token: tokenOf(editorInvite.path), name: "Någon Annan", password: "ett långt lösenord" }))).toBe(
      "NOT_FOUND",
    );

    const editor = callerFor(t.db, "varmland", (await login("redaktor@karlstad.se", "ett långt lösenord")).token);
    const malbild = await editor.malbild.forEdit();
    expect(malbild.role).toBe("editor");
    await editor.malbild.updateVision({ malbildId: malbild.malbild.id, vision: "Redaktörens vision", expectedRevision: malbild.malbild.revision });
    expect(await codeOf(editor.users.list())).toBe("FORBIDDEN");
    expect(await codeOf(editor.malbildVersion.createDraft({ fromMalbildId: malbild.malbild.id }))).toBe("FORBIDDEN");

    const viewer = callerFor(t.db, "varmland", (await login("lasare@arvika.se", "ett annat långt lösenord")).token);
    expect((await viewer.malbild.forEdit()).role).toBe("viewer");
    expect(await codeOf(viewer.malbild.updateVision({ malbildId: malbild.malbild.id, vision: "Läsarens vision", expectedRevision: malbild.malbild.revision + 1 }))).toBe("FORBIDDEN");

    const { members, invitations } = await admin.users.list();
    expect(members.map((m) => [m.email, m.role]).sort()).toEqual([
      ["lasare@arvika.se", "viewer"],
      ["redaktor@karlstad.se", "editor"],
      ["samordnare@varmland.demo", "coordinator"],
    ]);
    expect(invitations).toEqual([]);
    const trail = await admin.audit.list({ entity: "malbild" });
    expect(trail[0]).toMatchObject({ actorEmail: "redaktor@karlstad.se" });
  });

  it("keeps at least one coordinator, and changes roles", async () => {
    const admin = callerFor(t.db, "varmland", coordinator);
    const me = await admin.auth.me();
    expect(await codeOf(admin.users.changeRole({ userId: me.user.id, role: "editor" }))).toBe("PRECONDITION_FAILED");
    expect(await codeOf(admin.users.remove({ userId: me.user.id }))).toBe("PRECONDITION_FAILED");
    // Nor by inviting the last coordinator again with a lower role.
    expect(await codeOf(admin.users.invite({ email: me.user.email, role: "viewer" }))).toBe("CONFLICT");
    expect((await admin.users.list()).members.find((m) => m.userId === me.user.id)!.role).toBe("coordinator");
    const viewer = (await admin.users.list()).members.find((m) => m.role === "viewer")!;
    await admin.users.changeRole({ userId: viewer.userId, role: "editor" });
    expect((await admin.users.list()).members.find((m) => m.userId === viewer.userId)!.role).toBe("editor");
  });

  it("does not let another tenant's coordinator see or touch these people", async () => {
    const orebro = callerFor(t.db, "orebro", await signIn(t.db, "orebro"));
    const varmlandPeople = (await callerFor(t.db, "varmland", coordinator).users.list()).members;
    const someone = varmlandPeople.find((m) => m.email === "redaktor@karlstad.se")!;
    expect((await orebro.users.list()).members.map((m) => m.email)).toEqual(["samordnare@orebro.demo"]);
    expect(await codeOf(orebro.users.changeRole({ userId: someone.userId, role: "coordinator" }))).toBe("NOT_FOUND");
    expect(await codeOf(orebro.users.remove({ userId: someone.userId }))).toBe("NOT_FOUND");
    expect(await codeOf(orebro.users.createResetLink({ userId: someone.userId }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(t.db, "orebro", coordinator).users.invite({ email: "x@y.se", role: "editor" }))).toBe("NOT_FOUND");
  });

  it("resets a password with a one-time link and ends the person's sessions", async () => {
    const admin = callerFor(t.db, "varmland", coordinator);
    const person = (await admin.users.list()).members.find((m) => m.email === "redaktor@karlstad.se")!;
    const session = (await login(person.email, "ett långt lösenord")).token;
    const link = await admin.users.createResetLink({ userId: person.userId });
    await callerFor(t.db).account.resetPassword({ token: tokenOf(link.path), password: "helt nytt lösenord 2026" });
    expect(await codeOf(callerFor(t.db, null, session).auth.me())).toBe("UNAUTHORIZED");
    expect(await codeOf(login(person.email, "ett långt lösenord"))).toBe("UNAUTHORIZED");
    await login(person.email, "helt nytt lösenord 2026");
    expect(await codeOf(callerFor(t.db).account.resetPassword({ token: tokenOf(link.path), password: "igen ett lösenord" }))).toBe("NOT_FOUND");
  });

  it("changes one's own password and signs out everywhere", async () => {
    const first = (await login("samordnare@varmland.demo", TEST_PASSWORD)).token;
    const second = (await login("samordnare@varmland.demo", TEST_PASSWORD)).token;
    const me = callerFor(t.db, null, first);
    expect(await codeOf(me.account.changePassword({ currentPassword: "fel", newPassword: "ett nytt långt lösenord" }))).toBe("BAD_REQUEST");
    expect(await codeOf(me.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "kort" }))).toBe("BAD_REQUEST");
    await me.account.changePassword({ currentPassword: TEST_PASSWORD, newPassword: "ett nytt långt lösenord" });
    expect(await codeOf(callerFor(t.db, null, second).auth.me())).toBe("UNAUTHORIZED");
    await me.auth.me();
    await me.account.signOutEverywhere();
    expect(await codeOf(me.auth.me())).toBe("UNAUTHORIZED");
  });
});

describe("platform administration", () => {
  it("onboards a fourth county whose portal and admin work at once", async () => {
    const platform = callerFor(t.db, null, (await login("plattform@naravard.demo", TEST_PASSWORD)).token);
    const county = await platform.platform.county({ countyCode: "20" });
    expect(county.region).toBe("Region Dalarna");
    const created = await platform.platform.createTenant({
      slug: "dalarna",
      name: "Region Dalarna",
      programmeName: "Nära vård i Dalarna (demo)",
      kind: "region",
      countyCode: "20",
      description: "Demodata: ett exempel på ett fjärde program.",
      memberCodes: county.municipalities.map((m) => m.code),
      coordinatorEmail: "samordnare@dalarna.demo",
    });
    expect(created.members).toBe(16);
    const members = (await callerFor(t.db, "dalarna").tenant.current()).members;
    expect(members[0]).toMatchObject({ kind: "region", name: "Region Dalarna" });
    await callerFor(t.db, "dalarna").account.acceptInvitation({ token: tokenOf(created.invitationPath), name: "Dala Samordnare", password: "dalarnas lösenord" });
    const coordinatorOfDalarna = callerFor(t.db, "dalarna", (await login("samordnare@dalarna.demo", "dalarnas lösenord")).token);
    expect((await coordinatorOfDalarna.users.list()).members).toHaveLength(1);
    expect(await codeOf(callerFor(t.db, "varmland", (await login("samordnare@dalarna.demo", "dalarnas lösenord")).token).malbild.forEdit())).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses non-admins, taken slugs and members from another county", async () => {
    expect(await codeOf(callerFor(t.db, null, await signIn(t.db, "orebro")).platform.tenants())).toBe("NOT_FOUND");
    const platform = callerFor(t.db, null, (await login("plattform@naravard.demo", TEST_PASSWORD)).token);
    const base = { name: "Region Exempel", programmeName: "Exempelprogram", kind: "region" as const, countyCode: "20", coordinatorEmail: "a@b.se" };
    expect(await codeOf(platform.platform.createTenant({ ...base, slug: "varmland" }))).toBe("CONFLICT");
    expect(await codeOf(platform.platform.createTenant({ ...base, slug: "ny", memberCodes: ["1780"] }))).toBe("BAD_REQUEST");
    expect(await codeOf(platform.platform.createTenant({ ...base, slug: "ny", countyCode: "99" }))).toBe("BAD_REQUEST");
  });
});
