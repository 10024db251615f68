import { randomBytes, randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema, withTenant } from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { type Caller, access, allowed, refusal } from "./access-rules.ts";
import { appRouter } from "./root.ts";
import { callerFor, coordinatorEmail } from "./test-helpers.ts";

/**
 * Tenant isolation, procedure by procedure (issue 7). For each of the three tenants and each kind
 * of caller in it (anonymous, viewer, editor, coordinator, platform administrator), every
 * procedure that takes an id is called with the other two tenants' ids, and again with the same
 * input but those ids replaced by fresh ones that exist nowhere: the two answers must be the same
 * (code and message, or the same result for a read that may answer), a caller the procedure admits
 * must get NOT_FOUND, and nothing may succeed that reveals or changes the other tenant's data.
 * Every procedure that takes no id and reads is called by everyone too, and its answer must not
 * contain another tenant's marker text. Afterwards every tenant's data is exactly as before.
 *
 * The table below names every procedure of the router (a test fails otherwise): a new procedure
 * gets either its inputs naming another tenant's ids, or a declaration that it takes none.
 */

const tenants = ["varmland", "orebro", "fyrbodal"] as const;
type Slug = (typeof tenants)[number];
const roles = ["anonymous", "viewer", "editor", "coordinator", "platform"] as const satisfies readonly Caller[];
type Role = (typeof roles)[number];

const marker = (slug: Slug) => `HEMLIGT-${slug}`;

/** What each tenant owns, by name. Inputs below are built from one tenant's set (and the caller's own). */
const idKeys = [
  "area",
  "activity",
  "milestone",
  "strategy",
  "strategyActivity",
  "meeting",
  "event",
  "link",
  "file",
  "article",
  "goodExample",
  "contact",
  "question",
  "entry",
  "pendingEntry",
  "indicator",
  "indicatorCode",
  "invitation",
  "invitationToken",
  "decision",
  "member",
  "memberCode",
  "malbild",
  "perspective",
  "statement",
  "shift",
  "viewerUser",
  "coordinatorUser",
  "marker",
] as const;
type Ids = Record<(typeof idKeys)[number], string>;

const hex = (bytes: number) => randomBytes(bytes).toString("hex");
/** Ids (and the codes, tokens and words used like ids) that exist in no tenant: fresh for every call. */
const nowhere = (): Ids => {
  const ids = Object.fromEntries(idKeys.map((k) => [k, randomUUID()])) as Ids;
  ids.invitationToken = randomBytes(32).toString("base64url");
  ids.indicatorCode = `IND${hex(4).toUpperCase()}`;
  ids.memberCode = `99${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;
  ids.marker = `HEMLIGT-${hex(4)}`;
  return ids;
};

/** An input naming the other tenant's ids `v`, possibly mixed with the caller's own ids `own`. */
type Build = (v: Ids, own: Ids) => unknown;
/** Takes ids: each input is called with another tenant's ids and with ids that do not exist. */
type TakesIds = { takes: "ids"; inputs: Build[]; answers?: "result"; alsoAllowed?: string[] };
type Entry =
  | TakesIds
  /** Takes no id and only reads: called by everyone; the answer must not show another tenant's marker. */
  | { takes: "nothing"; reads: true; input?: unknown; alsoAllowed?: string[] }
  /** Takes no id and writes, or ends the session the matrix uses: nothing to aim at another tenant. */
  | { takes: "nothing"; reads: false; why: string };

/** Refused (NOT_FOUND) for another tenant's ids exactly as for ids that do not exist. */
const byId = (...inputs: Build[]): TakesIds => ({ takes: "ids", inputs });
/** A read that takes ids as a filter or a search: answers, with the same result as for ids that do not exist. */
const filter = (...inputs: Build[]): TakesIds => ({ takes: "ids", inputs, answers: "result" });
const read = (input?: unknown, alsoAllowed?: string[]): Entry => ({ takes: "nothing", reads: true, input, alsoAllowed });
const writesWithoutIds = (why: string): Entry => ({ takes: "nothing", reads: false, why });

const activity = (areaId: string, extra: object = {}) => ({
  areaId,
  title: "Kapad aktivitet",
  status: "done",
  ownerMemberIds: [],
  links: [],
  ...extra,
});
const kolada = (kpi: string, municipality: string) =>
  JSON.stringify({ values: [{ kpi, municipality, period: "2024", values: [{ gender: "T", status: "", value: 1 }] }] });
const article = { kind: "news", title: "Kapad nyhet", publishedOn: "2026-01-01" };
const question = { question: "Kapad fråga?", purpose: "Ett syfte som är långt nog.", open: false };
const indicator = { code: "KAPAD", title: "Kapad indikator", unit: "procent" };

const table: Record<string, Entry> = {
  "account.invitation": byId((v) => ({ token: v.invitationToken })),
  "account.acceptInvitation": byId((v) => ({ token: v.invitationToken, name: "Kapad Person", password: "ett långt lösenord" })),
  "account.resetPassword": writesWithoutIds(
    "a reset link is bound to a person, not to a tenant: its secret token is the only key",
  ),
  "account.changePassword": writesWithoutIds("changes the caller's own password and ends their other sessions"),
  "account.signOutEverywhere": writesWithoutIds("ends the caller's own sessions (covered by the users tests)"),

  "adoption.overview": read(),
  "adoption.create": byId((v) => ({ memberId: v.member, status: "declined" })),
  "adoption.update": byId(
    (v, own) => ({ decisionId: v.decision, expectedRevision: 1, memberId: own.member, status: "declined" }),
    (v, own) => ({ decisionId: own.decision, expectedRevision: 1, memberId: v.member, status: "declined" }),
  ),
  "adoption.delete": byId((v) => ({ decisionId: v.decision })),

  "article.list": read(),
  "article.save": byId(
    (v) => ({ ...article, articleId: v.article, expectedRevision: 1 }),
    (v) => ({ ...article, articleId: v.goodExample, expectedRevision: 1, kind: "good_example" }),
    (v) => ({ ...article, memberIds: [v.member] }),
    (v, own) => ({ ...article, articleId: own.article, expectedRevision: 1, memberIds: [own.member, v.member] }),
  ),
  "article.delete": byId((v) => ({ articleId: v.article })),

  "audit.list": filter((v) => ({ actorUserId: v.coordinatorUser })),

  "auth.login": writesWithoutIds("opens a session for whoever knows the password; tenants are chosen after it"),
  "auth.logout": writesWithoutIds("ends the caller's own session"),
  "auth.me": read(),

  "contact.list": read(),
  "contact.save": byId((v) => ({ contactId: v.contact, expectedRevision: 1, name: "Kapad kontakt" })),
  "contact.delete": byId((v) => ({ contactId: v.contact })),

  "event.list": read(),
  "event.material": byId(
    (v) => ({ materialId: v.file }),
    (v) => ({ materialId: v.link }),
  ),
  "event.create": byId((v) => ({ kind: "seminar", title: "Kapat seminarium", parentId: v.event })),
  "event.update": byId(
    (v) => ({ eventId: v.event, expectedRevision: 1, kind: "seminar", title: "Kapat seminarium" }),
    (v, own) => ({ eventId: own.event, expectedRevision: 1, kind: "seminar", title: "Kapat seminarium", parentId: v.event }),
  ),
  "event.delete": byId((v) => ({ eventId: v.event })),
  "event.addLink": byId((v) => ({ eventId: v.event, title: "Kapad länk", url: "https://example.se" })),
  "event.addFile": byId((v) => ({
    eventId: v.event,
    title: "Kapat bildspel",
    fileName: "kapad.pdf",
    contentBase64: Buffer.from("%PDF-1.4\n%%EOF").toString("base64"),
  })),
  "event.deleteMaterial": byId(
    (v) => ({ materialId: v.link }),
    (v) => ({ materialId: v.file }),
  ),

  "feedback.submit": writesWithoutIds("stores an anonymous answer to a page of the caller's own tenant"),
  "feedback.summary": read(),

  "indicator.list": read(),
  "indicator.save": byId(
    (v) => ({ ...indicator, links: [{ kind: "perspective", id: v.perspective }] }),
    (v, own) => ({
      ...indicator,
      code: own.indicatorCode,
      expectedRevision: 1,
      links: [
        { kind: "statement", id: own.statement },
        { kind: "statement", id: v.statement },
      ],
    }),
    (v) => ({ ...indicator, links: [{ kind: "shift", id: v.shift }] }),
  ),
  "indicator.delete": byId((v) => ({ indicatorId: v.indicator })),
  // Indicator codes and member codes play the part of ids here: a dry run (and a real run, which
  // writes nothing when a row has an error) reports the other tenant's codes as unknown.
  "indicator.importKolada": filter(
    (v) => ({ content: kolada(v.indicatorCode, v.memberCode), dryRun: true }),
    (v, own) => ({ content: kolada(own.indicatorCode, v.memberCode), dryRun: false }),
    (v, own) => ({ content: kolada(v.indicatorCode, own.memberCode), dryRun: false }),
  ),

  // Fyrbodal's only målbild is a draft, which is not public: it has none to show.
  "malbild.current": read(undefined, ["NOT_FOUND"]),
  "malbild.forEdit": read(),
  "malbild.updateVision": byId((v) => ({ malbildId: v.malbild, expectedRevision: 1, vision: "Kapad vision" })),
  "malbild.updateStatement": byId((v) => ({ statementId: v.statement, expectedRevision: 1, text: "Kapat påstående" })),
  "malbild.addStatement": byId(
    (v) => ({ malbildId: v.malbild, perspectiveId: v.perspective, text: "Kapat påstående" }),
    (v, own) => ({ malbildId: own.malbild, perspectiveId: v.perspective, text: "Kapat påstående" }),
    (v, own) => ({ malbildId: v.malbild, perspectiveId: own.perspective, text: "Kapat påstående" }),
    (v) => ({ malbildId: v.malbild, text: "Kapat påstående" }),
  ),
  "malbild.removeStatement": byId((v) => ({ statementId: v.statement })),

  "malbildVersion.list": read(),
  "malbildVersion.listAll": read(),
  // Fyrbodal's only version is a draft, which is not public.
  "malbildVersion.get": read({ versionNumber: 1 }, ["NOT_FOUND"]),
  // A tenant with a version under way answers CONFLICT before it looks at the id (the same for any id).
  "malbildVersion.createDraft": { ...byId((v) => ({ fromMalbildId: v.malbild })), alsoAllowed: ["CONFLICT"] },
  "malbildVersion.changeStatus": byId(
    (v) => ({ malbildId: v.malbild, status: "draft" }),
    (v) => ({ malbildId: v.malbild, status: "consultation" }),
    (v) => ({ malbildId: v.malbild, status: "adopted", adoptedOn: "2024-01-01" }),
  ),

  // The open-data API's pages (apps/api/src/open-data): the tenant comes from the slug only.
  "openData.events": read({ page: 1, pageSize: 500 }),
  "openData.news": read({ page: 1, pageSize: 500 }),
  "openData.goodExamples": read({ page: 1, pageSize: 500 }),
  "openData.contacts": read({ page: 1, pageSize: 500 }),
  "openData.faq": read({ page: 1, pageSize: 500 }),
  "openData.publicInput": read({ page: 1, pageSize: 500 }),
  "openData.roadmapActivities": read({ page: 1, pageSize: 500 }),
  "openData.indicatorValues": read({ page: 1, pageSize: 500 }),

  "platform.tenants": read(),
  "platform.county": read({ countyCode: "18" }),
  "platform.createTenant": writesWithoutIds("creates a new tenant from county codes; names no existing tenant's ids"),

  "publicInput.list": read(),
  "publicInput.submit": byId((v) => ({ questionId: v.question, text: "Kapad synpunkt" })),
  "publicInput.questions": read(),
  "publicInput.saveQuestion": byId((v) => ({ ...question, questionId: v.question, expectedRevision: 1 })),
  "publicInput.queue": read({ status: "published" }),
  "publicInput.moderate": byId(
    (v) => ({ entryIds: [v.entry], decision: "rejected", reason: "Kapad" }),
    (v) => ({ entryIds: [v.pendingEntry], decision: "published" }),
    // One's own pending answer with another tenant's: all or nothing, so one's own stays pending.
    (v, own) => ({ entryIds: [own.pendingEntry, v.pendingEntry], decision: "published" }),
  ),
  "publicInput.erasePersonalData": byId((v) => ({ entryId: v.entry })),
  "publicInput.setRetention": writesWithoutIds("sets the caller's own tenant's retention (and erases its own expired data)"),

  "roadmap.get": filter(
    (v) => ({ areaId: v.area }),
    (v) => ({ memberId: v.member }),
  ),
  "roadmap.byElement": read(),
  "roadmap.history": filter((v) => ({ activityId: v.activity })),
  "roadmap.createArea": writesWithoutIds("creates an area in the caller's own tenant"),
  "roadmap.updateArea": byId((v) => ({ areaId: v.area, expectedRevision: 1, title: "Kapat område", description: "" })),
  "roadmap.deleteArea": byId((v) => ({ areaId: v.area })),
  "roadmap.moveArea": byId(
    (v) => ({ id: v.area, direction: "up" }),
    (v) => ({ id: v.area, direction: "down" }),
  ),
  "roadmap.createActivity": byId(
    (v) => activity(v.area),
    (v, own) => activity(own.area, { ownerMemberIds: [own.member, v.member] }),
    (v, own) => activity(own.area, { links: [{ kind: "perspective", id: v.perspective }] }),
    (v, own) => activity(own.area, { links: [{ kind: "statement", id: v.statement }] }),
    (v, own) => activity(own.area, { links: [{ kind: "shift", id: v.shift }] }),
  ),
  "roadmap.updateActivity": byId(
    (v) => ({ ...activity(v.area), activityId: v.activity, expectedRevision: 1 }),
    (v, own) => ({ ...activity(own.area), activityId: v.activity, expectedRevision: 1 }),
    (v, own) => ({ ...activity(v.area), activityId: own.activity, expectedRevision: 1 }),
    (v, own) => ({ ...activity(own.area, { ownerMemberIds: [v.member] }), activityId: own.activity, expectedRevision: 1 }),
    (v, own) => ({
      ...activity(own.area, { links: [{ kind: "perspective", id: v.perspective }] }),
      activityId: own.activity,
      expectedRevision: 1,
    }),
  ),
  "roadmap.deleteActivity": byId((v) => ({ activityId: v.activity })),
  "roadmap.moveActivity": byId((v) => ({ id: v.activity, direction: "up" })),
  "roadmap.createMilestone": byId((v) => ({ title: "Kapad milstolpe", dueOn: "2026-01-01", areaId: v.area })),
  "roadmap.setMilestoneDone": byId((v) => ({ milestoneId: v.milestone, done: true })),
  "roadmap.deleteMilestone": byId((v) => ({ milestoneId: v.milestone })),

  // The other tenant's secret word finds as much as a word nobody wrote.
  "search.query": filter((v) => ({ q: v.marker })),

  "strategy.list": read(),
  "strategy.get": byId((v) => ({ strategyId: v.strategy })),
  "strategy.create": writesWithoutIds("creates a strategy in the caller's own tenant"),
  "strategy.update": byId((v) => ({ strategyId: v.strategy, expectedRevision: 1, title: "Kapad strategi", mode: "implement" })),
  "strategy.delete": byId((v) => ({ strategyId: v.strategy })),
  "strategy.addActivity": byId((v) => ({ strategyId: v.strategy, kind: "workshop", title: "Kapad workshop", status: "planned" })),
  "strategy.setActivityStatus": byId((v) => ({ activityId: v.strategyActivity, status: "done" })),
  "strategy.deleteActivity": byId((v) => ({ activityId: v.strategyActivity })),
  "strategy.addMeeting": byId((v) => ({ strategyId: v.strategy, body: "Kapad styrgrupp" })),
  "strategy.logDecision": byId((v) => ({ meetingId: v.meeting, decision: "Kapat beslut" })),
  "strategy.deleteMeeting": byId((v) => ({ meetingId: v.meeting })),

  "tenant.list": read(),
  "tenant.overview": read(),
  "tenant.current": read(),
  "tenant.settings": read(),
  "tenant.updateSettings": writesWithoutIds("changes the caller's own tenant's settings"),

  "users.list": read(),
  "users.invite": writesWithoutIds("invites an e-mail address to the caller's own tenant"),
  "users.revokeInvitation": byId((v) => ({ invitationId: v.invitation })),
  "users.changeRole": byId((v) => ({ userId: v.viewerUser, role: "coordinator" })),
  "users.remove": byId(
    (v) => ({ userId: v.viewerUser }),
    (v) => ({ userId: v.coordinatorUser }),
  ),
  "users.createResetLink": byId((v) => ({ userId: v.viewerUser })),
  "users.signOutMember": byId((v) => ({ userId: v.viewerUser })),
};

// ---------------------------------------------------------------------------------------------

type AnyCaller = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
const asAny = (caller: unknown) => caller as AnyCaller;
const procedures = Object.keys(appRouter._def.procedures).sort();

interface Outcome {
  code: string;
  /** The error's message, or the result as JSON. */
  text: string;
}
async function call(caller: AnyCaller, path: string, input: unknown): Promise<Outcome> {
  const [router, name] = path.split(".") as [string, string];
  try {
    const result = await caller[router]![name]!(input);
    return { code: "OK", text: JSON.stringify(result) ?? "undefined" };
  } catch (e) {
    return e instanceof TRPCError ? { code: e.code, text: e.message } : { code: "CRASH", text: String(e) };
  }
}

/**
 * The answer with the ids it was asked about written as their names, so two answers compare. Only
 * whole values are replaced (a member code like 1880 may also occur inside some unrelated uuid).
 */
function named(outcome: Outcome, ids: Ids): string {
  let text = outcome.text;
  for (const key of [...idKeys].sort((a, b) => ids[b].length - ids[a].length)) {
    const value = ids[key].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    text = text.replace(new RegExp(`(?<![\\w-])${value}(?![\\w-])`, "g"), `<${key}>`);
  }
  return `${outcome.code} ${text}`;
}

let t: TestDatabase;
const own = {} as Record<Slug, Ids>;
const tokens = {} as Record<Slug, Record<"viewer" | "editor" | "coordinator", string>>;
let platformToken: string;
const before = {} as Record<Slug, Record<string, string>>;
let calls = 0;

const login = async (email: string, password = TEST_PASSWORD) => callerFor(t.db).auth.login({ email, password });
const tokenOf = (path: string) => path.split("/").at(-1)!;

/** Everything a tenant has, as its own coordinator sees it, and whether its people are still signed in. */
async function snapshot(slug: Slug) {
  const c = callerFor(t.db, slug, tokens[slug].coordinator);
  const ids = own[slug];
  const parts = {
    roadmap: await c.roadmap.get(),
    byElement: await c.roadmap.byElement(),
    history: await c.roadmap.history({ activityId: ids.activity }),
    strategies: await c.strategy.list(),
    events: await c.event.list(),
    file: await c.event.material({ materialId: ids.file }),
    articles: await c.article.list(),
    contacts: await c.contact.list(),
    questions: await c.publicInput.questions(),
    queue: [
      await c.publicInput.queue({ status: "pending" }),
      await c.publicInput.queue({ status: "published" }),
      await c.publicInput.queue({ status: "rejected" }),
    ],
    feedback: await c.feedback.summary(),
    users: await c.users.list(),
    adoption: await c.adoption.overview(),
    malbild: (await c.malbild.forEdit()).malbild,
    versions: await c.malbildVersion.listAll(),
    indicators: await c.indicator.list(),
    settings: await c.tenant.settings(),
    current: await c.tenant.current(),
    audit: await c.audit.list({ limit: 200 }),
    signedIn: await Promise.all(
      (["viewer", "editor", "coordinator"] as const).map((r) =>
        call(asAny(callerFor(t.db, slug, tokens[slug][r])), "auth.me", undefined),
      ),
    ),
  };
  return Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, JSON.stringify(v)]));
}

beforeAll(async () => {
  t = await createTestDatabase();
  platformToken = (await login("plattform@naravard.demo")).token;
  for (const slug of tenants) {
    const m = marker(slug);
    const coordinator = await login(coordinatorEmail[slug]);
    const c = callerFor(t.db, slug, coordinator.token);
    const anon = callerFor(t.db, slug, null);
    const current = await c.tenant.current();
    const [member, other] = current.members.filter((x) => x.kind === "municipality");
    const { malbild } = await c.malbild.forEdit();
    // Not every seeded målbild has perspectives and shifts (no procedure adds them): every tenant
    // gets one of each, so every kind of målbild element is aimed at.
    const { perspective, shift } = await withTenant(t.db, current.id, async (tx) => {
      const fields = { tenantId: current.id, malbildId: malbild.id, position: 100 };
      const [p] = await tx
        .insert(schema.perspective)
        .values({ ...fields, title: `${m} perspektiv`, description: m })
        .returning({ id: schema.perspective.id });
      const [s] = await tx
        .insert(schema.shift)
        .values({ ...fields, fromText: `${m} från`, toText: `${m} till` })
        .returning({ id: schema.shift.id });
      return { perspective: p!, shift: s! };
    });
    const statement = await c.malbild.addStatement({
      malbildId: malbild.id,
      perspectiveId: perspective.id,
      text: `${m} påstående`,
    });
    const area = await c.roadmap.createArea({ title: `${m} område`, description: m });
    const act = await c.roadmap.createActivity({
      areaId: area.id,
      title: `${m} aktivitet`,
      description: m,
      status: "ongoing",
      progress: 40,
      ownerMemberIds: [member!.id],
      links: [{ kind: "perspective", id: perspective.id }],
    });
    await c.roadmap.createActivity({
      areaId: area.id,
      title: `${m} andra aktivitet`,
      status: "planned",
      ownerMemberIds: [],
      links: [],
    });
    const milestone = await c.roadmap.createMilestone({ title: `${m} milstolpe`, dueOn: "2026-06-01", areaId: area.id });
    const strategy = await c.strategy.create({ title: `${m} strategi`, mode: "develop", description: m });
    const strategyActivity = await c.strategy.addActivity({
      strategyId: strategy.id,
      kind: "workshop",
      title: `${m} workshop`,
      status: "planned",
    });
    const meeting = await c.strategy.addMeeting({
      strategyId: strategy.id,
      body: `${m} styrgrupp`,
      title: m,
      decisions: [`${m} beslut`],
    });
    const event = await c.event.create({ kind: "focus_week", title: `${m} fokusvecka`, description: m, startsOn: "2026-03-02" });
    await c.event.create({ kind: "seminar", title: `${m} seminarium`, parentId: event.id });
    const link = await c.event.addLink({ eventId: event.id, title: `${m} länk`, url: `https://example.se/${slug}` });
    const file = await c.event.addFile({
      eventId: event.id,
      title: `${m} bildspel`,
      fileName: `${m}.pdf`,
      contentBase64: Buffer.from(`%PDF-1.4\n${m}\n%%EOF`).toString("base64"),
    });
    const news = await c.article.save({
      kind: "news",
      title: `${m} nyhet`,
      lead: m,
      body: `<p>${m}</p>`,
      publishedOn: "2026-01-01",
      memberIds: [member!.id],
    });
    const goodExample = await c.article.save({
      kind: "good_example",
      title: `${m} gott exempel`,
      lead: m,
      publishedOn: "2025-05-01",
    });
    const contact = await c.contact.save({ name: `${m} kontakt`, role: m, email: `kontakt@${slug}.se` });
    const q = await c.publicInput.saveQuestion({
      question: `${m} fråga?`,
      purpose: `${m}: ett syfte som är långt nog.`,
      open: true,
    });
    const entry = await anon.publicInput.submit({
      questionId: q.id,
      text: `${m} synpunkt`,
      name: `${m} namn`,
      email: `svar@${slug}.se`,
    });
    await c.publicInput.moderate({ entryIds: [entry.id], decision: "published" });
    const pending = await anon.publicInput.submit({ questionId: q.id, text: `${m} väntande synpunkt`, name: `${m} namn` });
    await anon.feedback.submit({ path: "/", useful: "no", comment: `${m} kommentar` });
    const ind = await c.indicator.save({
      code: `IND${slug.toUpperCase()}`,
      title: `${m} indikator`,
      unit: "procent",
      links: [{ kind: "statement", id: statement.id }],
    });
    await c.indicator.importKolada({ content: kolada(`IND${slug.toUpperCase()}`, member!.officialCode), dryRun: false });
    const decision = await c.adoption.create({ memberId: other!.id, status: "in_preparation", note: `${m} anteckning` });
    await c.tenant.updateSettings({
      accentColor: "#00594f",
      logoText: `${m} logga`,
      terms: {},
      expectedRevision: (await c.tenant.settings()).revision,
    });

    const people: Record<string, { token: string; id: string }> = {};
    for (const role of ["viewer", "editor"] as const) {
      const email = `${role}@${slug}.matris.se`;
      const { path } = await c.users.invite({ email, role });
      await anon.account.acceptInvitation({ token: tokenOf(path), name: `${m} ${role}`, password: "ett långt lösenord" });
      const session = await login(email, "ett långt lösenord");
      people[role] = { token: session.token, id: session.user.id };
    }
    const invited = await c.users.invite({ email: `inbjuden@${slug}.matris.se`, role: "editor" });
    const invitation = (await c.users.list()).invitations.find((i) => i.email === `inbjuden@${slug}.matris.se`)!;

    tokens[slug] = { viewer: people.viewer!.token, editor: people.editor!.token, coordinator: coordinator.token };
    own[slug] = {
      area: area.id,
      activity: act.id,
      milestone: milestone.id,
      strategy: strategy.id,
      strategyActivity: strategyActivity.id,
      meeting: meeting.id,
      event: event.id,
      link: link.id,
      file: file.id,
      article: news.id,
      goodExample: goodExample.id,
      contact: contact.id,
      question: q.id,
      entry: entry.id,
      pendingEntry: pending.id,
      indicator: ind.id,
      indicatorCode: `IND${slug.toUpperCase()}`,
      invitation: invitation.id,
      invitationToken: tokenOf(invited.path),
      decision: decision.id,
      member: member!.id,
      memberCode: member!.officialCode,
      malbild: malbild.id,
      perspective: perspective.id,
      statement: statement.id,
      shift: shift.id,
      viewerUser: people.viewer!.id,
      coordinatorUser: coordinator.user.id,
      marker: m,
    };
  }
  for (const slug of tenants) {
    // The aims are real: each tenant's own call finds what the others will look for in vain.
    const c = callerFor(t.db, slug, tokens[slug].coordinator);
    expect((await c.search.query({ q: marker(slug) })).length).toBeGreaterThan(0);
    expect(await c.strategy.get({ strategyId: own[slug].strategy })).toMatchObject({ title: `${marker(slug)} strategi` });
    expect(await c.event.material({ materialId: own[slug].file })).toMatchObject({ mimeType: "application/pdf" });
    expect(await c.account.invitation({ token: own[slug].invitationToken })).toMatchObject({ role: "editor" });
    before[slug] = await snapshot(slug);
  }
}, 120_000);
afterAll(() => t?.close());

function callerOf(slug: Slug, role: Role): AnyCaller {
  const token = role === "anonymous" ? null : role === "platform" ? platformToken : tokens[slug][role];
  return asAny(callerFor(t.db, slug, token));
}

const foreignMarkers = (slug: Slug) => tenants.filter((x) => x !== slug).map(marker);

describe("isolation matrix", () => {
  it("declares every procedure of the router, and none that does not exist", () => {
    expect(procedures.filter((p) => !(p in table))).toEqual([]);
    expect(Object.keys(table).filter((p) => !procedures.includes(p))).toEqual([]);
  });

  describe.each(tenants)("callers in %s", (slug) => {
    const victims = tenants.filter((x) => x !== slug);

    describe.each(roles)("as %s", (role) => {
      it("names the other tenants' ids in every procedure that takes ids: the same answer as for ids that do not exist", async () => {
        const caller = callerOf(slug, role);
        const wrong: string[] = [];
        for (const path of procedures) {
          const entry = table[path]!;
          if (entry.takes !== "ids") continue;
          const rule = access[path]!;
          const expected = allowed(rule, role)
            ? [entry.answers === "result" ? "OK" : "NOT_FOUND", ...(entry.alsoAllowed ?? [])]
            : [refusal(rule, role)];
          for (const [n, build] of entry.inputs.entries()) {
            const label = `${path}#${n + 1}`;
            const fake = nowhere();
            const missing = await call(caller, path, build(fake, own[slug]));
            calls++;
            if (!expected.includes(missing.code))
              wrong.push(
                `${label} with ids that do not exist: ${missing.code} ${missing.text.slice(0, 200)}, expected ${expected.join(" or ")}`,
              );
            for (const m of foreignMarkers(slug))
              if (missing.text.includes(m)) wrong.push(`${label} with ids that do not exist shows ${m}`);
            for (const victim of victims) {
              const aimed = await call(caller, path, build(own[victim], own[slug]));
              calls++;
              if (named(aimed, own[victim]) !== named(missing, fake))
                wrong.push(
                  `${label} with ${victim}'s ids: ${named(aimed, own[victim]).slice(0, 300)} ≠ for missing ids: ${named(missing, fake).slice(0, 300)}`,
                );
            }
          }
        }
        expect(wrong).toEqual([]);
      });

      it("reads nothing of the other tenants through the procedures that take no ids", async () => {
        const caller = callerOf(slug, role);
        const wrong: string[] = [];
        for (const path of procedures) {
          const entry = table[path]!;
          if (entry.takes !== "nothing" || !entry.reads) continue;
          const outcome = await call(caller, path, entry.input);
          calls++;
          const rule = access[path]!;
          const expected = allowed(rule, role) ? ["OK", ...(entry.alsoAllowed ?? [])] : [refusal(rule, role)];
          if (!expected.includes(outcome.code))
            wrong.push(`${path}: ${outcome.code} ${outcome.text.slice(0, 200)}, expected ${expected.join(" or ")}`);
          for (const m of foreignMarkers(slug)) if (outcome.text.includes(m)) wrong.push(`${path} shows ${m}`);
        }
        expect(wrong).toEqual([]);
      });
    });
  });

  it.each(tenants)("left all of %s's data as it was", async (slug) => {
    const after = await snapshot(slug);
    const changed = Object.keys(before[slug]).filter((part) => after[part] !== before[slug][part]);
    // Which parts changed, and how (as data, for a readable diff).
    expect.soft(changed).toEqual([]);
    for (const part of changed)
      expect.soft(JSON.parse(after[part]!), `${slug}: ${part}`).toEqual(JSON.parse(before[slug][part]!));
  });

  it("made its calls", () => {
    console.info(`isolation matrix: ${calls} calls`);
    expect(calls).toBeGreaterThan(0);
  });
});
