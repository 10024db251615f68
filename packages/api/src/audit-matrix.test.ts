import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTenants, queryRows, sql, withTenant, withoutTenant } from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { appRouter } from "./root.ts";
import { callerFor } from "./test-helpers.ts";

/**
 * The audit log records every write (issue 5). Every mutation procedure of the router is called
 * once, successfully, by a caller it admits, with an input that changes something; the call must
 * add at least one audit entry, and every entry it adds must name that caller as the actor (no
 * actor for an anonymous member of the public), and all of them must come from one transaction
 * (they carry its start time). Entries are written inside the write's own transaction — by the
 * table trigger, or by `recordAuditEvent` for global rows — so a write cannot be kept without its
 * entry; a new mutation without an entry here, or whose call adds no entry, fails this test.
 * Exceptions are listed with their reason.
 */

type AnyCaller = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
type Who = "coordinator" | "anonymous" | "platform" | "person";

interface Fixture {
  /** Calls made to prepare a case (their own entries are not counted). */
  c: ReturnType<typeof callerFor>;
  anon: ReturnType<typeof callerFor>;
  coordinatorId: string;
  platformId: string;
  /** A person with their own account (an editor) for the procedures about one's own account. */
  person: { id: string; email: string; token: string; password: string };
}

interface Case {
  as: Who;
  /** The input; may first prepare what the call needs. */
  input?: (f: Fixture) => Promise<unknown> | unknown;
  /** Who the entries must name, when it is not the caller (a link names its person). */
  actor?: (f: Fixture, result: unknown) => string | null;
}
type Entry = Case | { exception: string };

let t: TestDatabase;
let f: Fixture;
const tokens: Partial<Record<Who, string>> = {};
let seq = 0;
const unique = () => `${Date.now().toString(36)}${(seq++).toString(36)}`;
const tokenOf = (path: string) => path.split("/").at(-1)!;
const login = (email: string, password = TEST_PASSWORD) => callerFor(t.db).auth.login({ email, password });
const pdf = Buffer.from("%PDF-1.4\n%%EOF").toString("base64");

async function newArea() {
  return f.c.roadmap.createArea({ title: `Område ${unique()}`, description: "" });
}
async function newActivity(areaId?: string) {
  return f.c.roadmap.createActivity({
    areaId: areaId ?? (await newArea()).id,
    title: `Aktivitet ${unique()}`,
    status: "ongoing",
    ownerMemberIds: [],
    links: [],
  });
}
async function member() {
  return (await f.c.tenant.current()).members[0]!;
}
async function newStrategy() {
  return f.c.strategy.create({ title: `Strategi ${unique()}`, mode: "develop", description: "" });
}
async function newEvent() {
  return f.c.event.create({ kind: "workshop", title: `Workshop ${unique()}`, startsOn: "2026-03-02" });
}
async function newQuestion() {
  return f.c.publicInput.saveQuestion({ question: `Fråga ${unique()}?`, purpose: "Ett syfte som är långt nog.", open: true });
}
async function pendingEntry() {
  const q = await newQuestion();
  return f.anon.publicInput.submit({
    questionId: q.id,
    text: "En synpunkt från en invånare",
    name: "Invånare",
    email: "invanare@example.se",
  });
}
/** A new member of the programme (a viewer), invited and accepted. */
async function newPerson() {
  const email = `person-${unique()}@matris.se`;
  const { path } = await f.c.users.invite({ email, role: "viewer" });
  const { userId } = await f.anon.account.acceptInvitation({
    token: tokenOf(path),
    name: "Matris Person",
    password: "ett långt lösenord",
  });
  return { userId, email };
}
const activityInput = (areaId: string, status: "planned" | "ongoing" | "done" | "paused") => ({
  areaId,
  title: `Aktivitet ${unique()}`,
  status,
  ownerMemberIds: [],
  links: [],
});

const table: Record<string, Entry> = {
  "account.acceptInvitation": {
    as: "anonymous",
    input: async () => {
      const { path } = await f.c.users.invite({ email: `ny-${unique()}@matris.se`, role: "editor" });
      return { token: tokenOf(path), name: "Ny Person", password: "ett långt lösenord" };
    },
    // The person is identified by the link: they are the actor of their joining.
    actor: (_f, result) => (result as { userId: string }).userId,
  },
  "account.resetPassword": {
    as: "anonymous",
    input: async () => {
      const { path } = await f.c.users.createResetLink({ userId: f.person.id });
      f.person.password = `nytt lösenord ${unique()}`;
      return { token: tokenOf(path), password: f.person.password };
    },
    actor: () => f.person.id,
  },
  "account.changePassword": {
    as: "person",
    input: async () => {
      f.person.token = (await login(f.person.email, f.person.password)).token;
      await login(f.person.email, f.person.password); // another browser, signed out by the change
      const currentPassword = f.person.password;
      f.person.password = `bytt lösenord ${unique()}`;
      return { currentPassword, newPassword: f.person.password };
    },
  },
  "account.signOutEverywhere": {
    as: "person",
    input: async () => {
      f.person.token = (await login(f.person.email, f.person.password)).token;
      return undefined;
    },
  },

  "adoption.create": { as: "coordinator", input: async () => ({ memberId: (await member()).id, status: "in_preparation" }) },
  "adoption.update": {
    as: "coordinator",
    input: async () => {
      const memberId = (await member()).id;
      const { id } = await f.c.adoption.create({ memberId, status: "in_preparation" });
      return { decisionId: id, expectedRevision: 1, memberId, status: "adopted", decidedOn: "2024-05-02" };
    },
  },
  "adoption.delete": {
    as: "coordinator",
    input: async () => ({ decisionId: (await f.c.adoption.create({ memberId: (await member()).id, status: "not_started" })).id }),
  },

  "article.save": { as: "coordinator", input: () => ({ kind: "news", title: `Nyhet ${unique()}`, publishedOn: "2026-01-01" }) },
  "article.delete": {
    as: "coordinator",
    input: async () => ({
      articleId: (await f.c.article.save({ kind: "news", title: `Nyhet ${unique()}`, publishedOn: "2026-01-01" })).id,
    }),
  },

  "auth.login": { exception: "opens a sign-in session: the person's own browser state, not data of a programme" },
  "auth.logout": { exception: "ends the caller's own sign-in session: browser state, not data of a programme" },

  "contact.save": { as: "coordinator", input: () => ({ name: `Kontakt ${unique()}`, role: "Samordnare" }) },
  "contact.delete": {
    as: "coordinator",
    input: async () => ({ contactId: (await f.c.contact.save({ name: `Kontakt ${unique()}` })).id }),
  },

  "event.create": {
    as: "coordinator",
    input: () => ({ kind: "seminar", title: `Seminarium ${unique()}`, startsOn: "2026-04-01" }),
  },
  "event.update": {
    as: "coordinator",
    input: async () => ({ eventId: (await newEvent()).id, expectedRevision: 1, kind: "seminar", title: `Ändrat ${unique()}` }),
  },
  "event.delete": { as: "coordinator", input: async () => ({ eventId: (await newEvent()).id }) },
  "event.addLink": {
    as: "coordinator",
    input: async () => ({ eventId: (await newEvent()).id, title: "Länk", url: "https://example.se" }),
  },
  "event.addFile": {
    as: "coordinator",
    input: async () => ({ eventId: (await newEvent()).id, title: "Bildspel", fileName: "b.pdf", contentBase64: pdf }),
  },
  "event.deleteMaterial": {
    as: "coordinator",
    input: async () => ({
      materialId: (await f.c.event.addLink({ eventId: (await newEvent()).id, title: "Länk", url: "https://example.se" })).id,
    }),
  },

  "feedback.submit": { as: "anonymous", input: () => ({ path: "/varmland", useful: "yes", comment: "Bra sida" }) },

  "indicator.save": {
    as: "coordinator",
    input: () => ({ code: `IND${unique().toUpperCase()}`, title: "Indikator", unit: "procent" }),
  },
  "indicator.delete": {
    as: "coordinator",
    input: async () => ({
      indicatorId: (await f.c.indicator.save({ code: `IND${unique().toUpperCase()}`, title: "Indikator", unit: "procent" })).id,
    }),
  },
  "indicator.importKolada": {
    as: "coordinator",
    input: async () => {
      const code = `IND${unique().toUpperCase()}`;
      await f.c.indicator.save({ code, title: "Indikator", unit: "procent" });
      const values = [
        {
          kpi: code,
          municipality: (await member()).officialCode,
          period: "2024",
          values: [{ gender: "T", status: "", value: 1 }],
        },
      ];
      return { content: JSON.stringify({ values }), dryRun: false };
    },
  },

  "malbild.updateVision": {
    as: "coordinator",
    input: async () => {
      const { id, revision } = await f.c.malbild.current();
      return { malbildId: id, expectedRevision: revision, vision: `Vision ${unique()}` };
    },
  },
  "malbild.addStatement": {
    as: "coordinator",
    input: async () => ({ malbildId: (await f.c.malbild.current()).id, text: `Påstående ${unique()}` }),
  },
  "malbild.updateStatement": {
    as: "coordinator",
    input: async () => {
      const statement = await f.c.malbild.addStatement({
        malbildId: (await f.c.malbild.current()).id,
        text: `Påstående ${unique()}`,
      });
      return { statementId: statement.id, expectedRevision: statement.revision, text: `Ändrat ${unique()}` };
    },
  },
  "malbild.removeStatement": {
    as: "coordinator",
    input: async () => ({
      statementId: (
        await f.c.malbild.addStatement({ malbildId: (await f.c.malbild.current()).id, text: `Påstående ${unique()}` })
      ).id,
    }),
  },

  // Called in this order (sorted): the new draft is adopted, so a second draft can be made after it.
  "malbildVersion.changeStatus": {
    as: "coordinator",
    input: async () => {
      const { id } = await f.c.malbildVersion.createDraft({ fromMalbildId: (await f.c.malbild.current()).id });
      return { malbildId: id, status: "consultation" };
    },
  },
  "malbildVersion.createDraft": {
    as: "coordinator",
    input: async () => {
      const under = (await f.c.malbildVersion.listAll()).find((v) => v.status === "consultation")!;
      await f.c.malbildVersion.changeStatus({ malbildId: under.id, status: "adopted", adoptedOn: "2025-01-01" });
      return { fromMalbildId: (await f.c.malbild.current()).id };
    },
  },

  "platform.createTenant": {
    as: "platform",
    input: () => ({
      slug: `prog-${unique()}`,
      name: "Region Dalarna",
      programmeName: "Nära vård i Dalarna (test)",
      kind: "region",
      countyCode: "20",
      memberCodes: ["2080"],
      coordinatorEmail: `samordnare-${unique()}@dalarna.se`,
    }),
  },

  "publicInput.submit": {
    as: "anonymous",
    input: async () => ({ questionId: (await newQuestion()).id, text: "En synpunkt", name: "Invånare" }),
  },
  "publicInput.saveQuestion": {
    as: "coordinator",
    input: () => ({ question: `Fråga ${unique()}?`, purpose: "Ett syfte som är långt nog.", open: false }),
  },
  "publicInput.moderate": {
    as: "coordinator",
    input: async () => ({ entryIds: [(await pendingEntry()).id], decision: "published" }),
  },
  "publicInput.erasePersonalData": { as: "coordinator", input: async () => ({ entryId: (await pendingEntry()).id }) },
  "publicInput.setRetention": { as: "coordinator", input: () => ({ days: 400 + (seq++ % 100) }) },

  "roadmap.createArea": { as: "coordinator", input: () => ({ title: `Område ${unique()}`, description: "" }) },
  "roadmap.updateArea": {
    as: "coordinator",
    input: async () => ({ areaId: (await newArea()).id, expectedRevision: 1, title: `Ändrat ${unique()}`, description: "" }),
  },
  "roadmap.deleteArea": { as: "coordinator", input: async () => ({ areaId: (await newArea()).id }) },
  "roadmap.moveArea": { as: "coordinator", input: async () => ({ id: (await newArea()).id, direction: "up" }) },
  "roadmap.createActivity": { as: "coordinator", input: async () => activityInput((await newArea()).id, "planned") },
  "roadmap.updateActivity": {
    as: "coordinator",
    input: async () => {
      const area = await newArea();
      const { id } = await newActivity(area.id);
      return { ...activityInput(area.id, "done"), activityId: id, expectedRevision: 1, progress: 100 };
    },
  },
  "roadmap.deleteActivity": { as: "coordinator", input: async () => ({ activityId: (await newActivity()).id }) },
  "roadmap.moveActivity": {
    as: "coordinator",
    input: async () => {
      const area = await newArea();
      await newActivity(area.id);
      return { id: (await newActivity(area.id)).id, direction: "up" };
    },
  },
  "roadmap.createMilestone": { as: "coordinator", input: () => ({ title: `Milstolpe ${unique()}`, dueOn: "2026-06-01" }) },
  "roadmap.setMilestoneDone": {
    as: "coordinator",
    input: async () => ({
      milestoneId: (await f.c.roadmap.createMilestone({ title: `Milstolpe ${unique()}`, dueOn: "2026-06-01" })).id,
      done: true,
    }),
  },
  "roadmap.deleteMilestone": {
    as: "coordinator",
    input: async () => ({
      milestoneId: (await f.c.roadmap.createMilestone({ title: `Milstolpe ${unique()}`, dueOn: "2026-06-01" })).id,
    }),
  },

  "strategy.create": { as: "coordinator", input: () => ({ title: `Strategi ${unique()}`, mode: "implement", description: "" }) },
  "strategy.update": {
    as: "coordinator",
    input: async () => ({
      strategyId: (await newStrategy()).id,
      expectedRevision: 1,
      title: `Ändrad ${unique()}`,
      mode: "implement",
    }),
  },
  "strategy.delete": { as: "coordinator", input: async () => ({ strategyId: (await newStrategy()).id }) },
  "strategy.addActivity": {
    as: "coordinator",
    input: async () => ({ strategyId: (await newStrategy()).id, kind: "workshop", title: "Workshop", status: "planned" }),
  },
  "strategy.setActivityStatus": {
    as: "coordinator",
    input: async () => {
      const a = await f.c.strategy.addActivity({
        strategyId: (await newStrategy()).id,
        kind: "workshop",
        title: "Workshop",
        status: "planned",
      });
      return { activityId: a.id, status: "done" };
    },
  },
  "strategy.deleteActivity": {
    as: "coordinator",
    input: async () => ({
      activityId: (
        await f.c.strategy.addActivity({
          strategyId: (await newStrategy()).id,
          kind: "workshop",
          title: "Workshop",
          status: "planned",
        })
      ).id,
    }),
  },
  "strategy.addMeeting": { as: "coordinator", input: async () => ({ strategyId: (await newStrategy()).id, body: "Styrgrupp" }) },
  "strategy.logDecision": {
    as: "coordinator",
    input: async () => ({
      meetingId: (await f.c.strategy.addMeeting({ strategyId: (await newStrategy()).id, body: "Styrgrupp" })).id,
      decision: "Ett beslut",
    }),
  },
  "strategy.deleteMeeting": {
    as: "coordinator",
    input: async () => ({
      meetingId: (await f.c.strategy.addMeeting({ strategyId: (await newStrategy()).id, body: "Styrgrupp" })).id,
    }),
  },

  "tenant.updateSettings": {
    as: "coordinator",
    input: async () => ({
      accentColor: "#00594f",
      logoText: `Logga ${unique()}`,
      terms: {},
      expectedRevision: (await f.c.tenant.settings()).revision,
    }),
  },

  "users.invite": { as: "coordinator", input: () => ({ email: `inbjuden-${unique()}@matris.se`, role: "editor" }) },
  "users.revokeInvitation": {
    as: "coordinator",
    input: async () => {
      const email = `inbjuden-${unique()}@matris.se`;
      await f.c.users.invite({ email, role: "editor" });
      return { invitationId: (await f.c.users.list()).invitations.find((i) => i.email === email)!.id };
    },
  },
  "users.changeRole": { as: "coordinator", input: async () => ({ userId: (await newPerson()).userId, role: "editor" }) },
  "users.remove": { as: "coordinator", input: async () => ({ userId: (await newPerson()).userId }) },
  "users.createResetLink": { as: "coordinator", input: async () => ({ userId: (await newPerson()).userId }) },
  "users.signOutMember": {
    as: "coordinator",
    input: async () => {
      const person = await newPerson();
      await login(person.email, "ett långt lösenord");
      return { userId: person.userId };
    },
  },
};

const mutations = Object.entries(appRouter._def.procedures)
  .filter(([, procedure]) => (procedure as unknown as { _def: { type: string } })._def.type === "mutation")
  .map(([path]) => path)
  .sort();

interface AuditRow {
  id: string;
  tenantId: string;
  actor: string | null;
  entity: string;
  /** The start of the transaction that wrote the entry (PostgreSQL's now()). */
  at: string;
  before: unknown;
  after: unknown;
}

/** Every tenant's audit log, each read under its own tenant (the log is private to each). */
async function auditRows(): Promise<Map<string, AuditRow>> {
  const tenants = await withoutTenant(t.db, (tx) => listTenants(tx));
  const rows = new Map<string, AuditRow>();
  for (const tenant of tenants)
    for (const row of await withTenant(t.db, tenant.id, (tx) =>
      queryRows<AuditRow>(
        tx,
        sql`select id, tenant_id as "tenantId", actor_user_id as actor, entity, at::text as at, before, after from audit_log`,
      ),
    ))
      rows.set(row.id, row);
  return rows;
}

beforeAll(async () => {
  t = await createTestDatabase();
  const coordinator = await login("samordnare@varmland.demo");
  const platform = await login("plattform@naravard.demo");
  const c = callerFor(t.db, "varmland", coordinator.token);
  const anon = callerFor(t.db, "varmland");
  const email = `konto-${Date.now()}@matris.se`;
  const { path } = await c.users.invite({ email, role: "editor" });
  const { userId } = await anon.account.acceptInvitation({
    token: tokenOf(path),
    name: "Konto Person",
    password: "ett långt lösenord",
  });
  f = {
    c,
    anon,
    coordinatorId: coordinator.user.id,
    platformId: platform.user.id,
    person: { id: userId, email, token: "", password: "ett långt lösenord" },
  };
  tokens.coordinator = coordinator.token;
  tokens.platform = platform.token;
}, 120_000);
afterAll(() => t?.close());

function callerAs(who: Who): AnyCaller {
  const token = who === "anonymous" ? null : who === "person" ? f.person.token : tokens[who]!;
  return callerFor(t.db, "varmland", token) as unknown as AnyCaller;
}

describe("audit matrix: every mutation leaves an entry naming its caller", () => {
  it("declares every mutation of the router, and none that does not exist", () => {
    expect(mutations.filter((p) => !(p in table))).toEqual([]);
    expect(Object.keys(table).filter((p) => !mutations.includes(p))).toEqual([]);
  });

  it("records each successful mutation in the audit log, in the name of its caller, with no secret", async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const path of mutations) {
      const entry = table[path]!;
      if ("exception" in entry) continue;
      const input = await entry.input?.(f);
      const before = await auditRows();
      const [router, name] = path.split(".") as [string, string];
      let result: unknown;
      try {
        result = await callerAs(entry.as)[router]![name]!(input);
      } catch (e) {
        wrong.push(`${path}: the call failed: ${String(e)}`);
        continue;
      }
      checked++;
      const added = [...(await auditRows()).values()].filter((row) => !before.has(row.id));
      const expected = entry.actor
        ? entry.actor(f, result)
        : { coordinator: f.coordinatorId, platform: f.platformId, person: f.person.id, anonymous: null }[entry.as];
      if (added.length === 0) wrong.push(`${path}: no audit entry`);
      // now() is the start of the transaction: entries with one time were written by one transaction.
      const times = new Set(added.map((row) => row.at));
      if (times.size > 1) wrong.push(`${path}: entries written by ${times.size} transactions`);
      for (const row of added) {
        if (row.actor !== expected) wrong.push(`${path}: entry for ${row.entity} names ${row.actor}, expected ${expected}`);
        const text = JSON.stringify([row.before, row.after]);
        if (/password_hash|token_hash|\$argon2/.test(text))
          wrong.push(`${path}: entry for ${row.entity} holds a secret: ${text.slice(0, 200)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBe(mutations.length - Object.values(table).filter((e) => "exception" in e).length);
  }, 300_000);

  it("shows a person's own account changes in the log of their programme, as facts without secrets", async () => {
    const log = await f.c.audit.list({ actorUserId: f.person.id, limit: 200 });
    const account = log.filter((e) => e.entity === "app_user");
    expect(account.map((e) => (e.after as { password: string }).password).sort()).toEqual([
      "ändrat",
      "ändrat med en länk för nytt lösenord",
    ]);
    expect(log.find((e) => e.entity === "session")).toMatchObject({
      action: "DELETE",
      entityId: f.person.id,
      before: { user_id: f.person.id },
    });
    expect(JSON.stringify(log)).not.toMatch(/argon2|password_hash|token/);
    // The coordinator's own acts on a member: the reset link (when and for whom, never the link) and the sign-out.
    const byCoordinator = await f.c.audit.list({ actorUserId: f.coordinatorId, entity: "password_reset", limit: 200 });
    expect(byCoordinator.find((e) => (e.after as { user_id: string }).user_id === f.person.id)?.after).toEqual({
      user_id: f.person.id,
      expires_at: expect.any(String),
    });
  });
});
