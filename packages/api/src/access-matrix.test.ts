import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { createContextInner } from "./context.ts";
import { appRouter, createCaller } from "./root.ts";

/**
 * Who may call what. Every procedure of the router must be listed here (a test fails otherwise),
 * so a new procedure gets an explicit decision. "public": anyone; "member": viewer and up in the
 * tenant; "editor", "coordinator": that role or higher; "authed": any signed-in user;
 * "platform": platform administrators.
 */
type Access = "public" | "authed" | "member" | "editor" | "coordinator" | "platform";
const access: Record<string, Access> = {
  "account.invitation": "public",
  "account.acceptInvitation": "public",
  "account.resetPassword": "public",
  "account.changePassword": "authed",
  "account.signOutEverywhere": "authed",
  "adoption.overview": "public",
  "adoption.create": "editor",
  "adoption.update": "editor",
  "adoption.delete": "editor",
  "article.list": "public",
  "article.save": "editor",
  "article.delete": "editor",
  "audit.list": "coordinator",
  "auth.login": "public",
  "auth.logout": "authed",
  "auth.me": "authed",
  "contact.list": "public",
  "contact.save": "editor",
  "contact.delete": "editor",
  "event.list": "public",
  "event.material": "public",
  "event.create": "editor",
  "event.update": "editor",
  "event.delete": "editor",
  "event.addLink": "editor",
  "event.addFile": "editor",
  "event.deleteMaterial": "editor",
  "feedback.submit": "public",
  "feedback.summary": "editor",
  "indicator.list": "public",
  "indicator.save": "editor",
  "indicator.delete": "editor",
  "indicator.importKolada": "editor",
  "malbild.current": "public",
  "malbild.forEdit": "member",
  "malbild.updateVision": "editor",
  "malbild.updateStatement": "editor",
  "malbild.addStatement": "editor",
  "malbild.removeStatement": "editor",
  "malbildVersion.list": "public",
  "malbildVersion.listAll": "member",
  "malbildVersion.get": "public",
  "malbildVersion.createDraft": "coordinator",
  "malbildVersion.changeStatus": "coordinator",
  "platform.tenants": "platform",
  "platform.county": "platform",
  "platform.createTenant": "platform",
  "publicInput.list": "public",
  "publicInput.submit": "public",
  "publicInput.questions": "editor",
  "publicInput.saveQuestion": "coordinator",
  "publicInput.queue": "editor",
  "publicInput.moderate": "editor",
  "publicInput.erasePersonalData": "coordinator",
  "publicInput.setRetention": "coordinator",
  "roadmap.get": "public",
  "roadmap.byElement": "public",
  "roadmap.history": "public",
  "roadmap.createArea": "editor",
  "roadmap.updateArea": "editor",
  "roadmap.deleteArea": "editor",
  "roadmap.moveArea": "editor",
  "roadmap.createActivity": "editor",
  "roadmap.updateActivity": "editor",
  "roadmap.deleteActivity": "editor",
  "roadmap.moveActivity": "editor",
  "roadmap.createMilestone": "editor",
  "roadmap.setMilestoneDone": "editor",
  "roadmap.deleteMilestone": "editor",
  "search.query": "public",
  "strategy.list": "public",
  "strategy.get": "public",
  "strategy.create": "editor",
  "strategy.update": "editor",
  "strategy.delete": "editor",
  "strategy.addActivity": "editor",
  "strategy.setActivityStatus": "editor",
  "strategy.deleteActivity": "editor",
  "strategy.addMeeting": "editor",
  "strategy.logDecision": "editor",
  "strategy.deleteMeeting": "editor",
  "tenant.list": "public",
  "tenant.overview": "public",
  "tenant.current": "public",
  "tenant.settings": "public",
  "tenant.updateSettings": "coordinator",
  "users.list": "coordinator",
  "users.invite": "coordinator",
  "users.revokeInvitation": "coordinator",
  "users.changeRole": "coordinator",
  "users.remove": "coordinator",
  "users.createResetLink": "coordinator",
  "users.signOutMember": "coordinator",
};

type Caller = "anonymous" | "viewer" | "editor" | "coordinator" | "otherCoordinator" | "platform";
const callers: Caller[] = ["anonymous", "viewer", "editor", "coordinator", "otherCoordinator", "platform"];

/** Whether a caller passes a procedure's gate (then only the garbage input may stop it). */
function allowed(rule: Access, who: Caller): boolean {
  switch (rule) {
    case "public":
      return true;
    case "authed":
      return who !== "anonymous";
    case "member":
      return who === "viewer" || who === "editor" || who === "coordinator";
    case "editor":
      return who === "editor" || who === "coordinator";
    case "coordinator":
      return who === "coordinator";
    case "platform":
      return who === "platform";
  }
}

/** The refusal each caller gets: no session, a role too low, or — outside one's tenant — "missing". */
function refusal(rule: Access, who: Caller): string {
  if (who === "anonymous") return "UNAUTHORIZED";
  if (rule === "platform") return "NOT_FOUND";
  if (who === "otherCoordinator" || who === "platform") return "NOT_FOUND";
  return "FORBIDDEN";
}

let t: TestDatabase;
const tokens: Partial<Record<Caller, string>> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  const login = (email: string, password = TEST_PASSWORD) => createCaller(createContextInner({ db: t.db })).auth.login({ email, password });
  tokens.coordinator = (await login("samordnare@varmland.demo")).token;
  tokens.otherCoordinator = (await login("samordnare@orebro.demo")).token;
  tokens.platform = (await login("plattform@naravard.demo")).token;
  const admin = createCaller(createContextInner({ db: t.db, tenantSlug: "varmland", sessionToken: tokens.coordinator }));
  for (const role of ["editor", "viewer"] as const) {
    const { path } = await admin.users.invite({ email: `${role}@matris.se`, role });
    await createCaller(createContextInner({ db: t.db, tenantSlug: "varmland" })).account.acceptInvitation({
      token: path.split("/").at(-1)!,
      name: `Matris ${role}`,
      password: "ett långt lösenord",
    });
    tokens[role] = (await login(`${role}@matris.se`, "ett långt lösenord")).token;
  }
});
afterAll(() => t?.close());

const procedures = Object.keys(appRouter._def.procedures).sort();

describe("access matrix: every procedure × every kind of caller", () => {
  it("has a declared rule for every procedure, and no rule for a procedure that does not exist", () => {
    expect(procedures.filter((p) => !(p in access))).toEqual([]);
    expect(Object.keys(access).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  it.each(callers)("lets %s through exactly the procedures it may call", async (who) => {
    const caller = createCaller(createContextInner({ db: t.db, tenantSlug: "varmland", sessionToken: tokens[who] ?? null })) as unknown as Record<
      string,
      Record<string, (input: unknown) => Promise<unknown>>
    >;
    const wrong: string[] = [];
    for (const path of procedures) {
      const [router, name] = path.split(".") as [string, string];
      // Garbage input: a procedure the caller may use answers BAD_REQUEST (or succeeds when it takes none);
      // one it may not use refuses before it even looks at the input.
      const rule = access[path]!;
      // These would end the session the rest of the matrix uses; the sign-out tests cover them.
      if ((path === "auth.logout" || path === "account.signOutEverywhere") && allowed(rule, who)) continue;
      const outcome = await caller[router]![name]!({ garbage: "x".repeat(5) }).then(
        () => "OK",
        (e: unknown) => (e instanceof TRPCError ? e.code : `crash: ${String(e)}`),
      );
      const expected = allowed(rule, who) ? ["OK", "BAD_REQUEST"] : [refusal(rule, who)];
      if (!expected.includes(outcome)) wrong.push(`${path}: got ${outcome}, expected ${expected.join(" or ")}`);
    }
    expect(wrong).toEqual([]);
  });
});
