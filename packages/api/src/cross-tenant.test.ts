import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor, signIn } from "./test-helpers.ts";

/**
 * Every procedure that names an item by id, called by Värmland's coordinator with Örebro's ids:
 * the answer is NOT_FOUND (exactly as for an id that never existed), and Örebro's data is unchanged.
 */
let t: TestDatabase;
let ids: Record<string, string>;
let varmland: ReturnType<typeof callerFor>;
let orebroBefore: string;

const snapshot = async () => {
  const o = callerFor(t.db, "orebro", await signIn(t.db, "orebro"));
  return JSON.stringify([
    await o.roadmap.get(),
    await o.strategy.list(),
    await o.event.list(),
    await o.article.list(),
    await o.contact.list(),
    await o.publicInput.questions(),
    await o.users.list(),
    await o.adoption.overview(),
    await o.malbild.current(),
  ]);
};

beforeAll(async () => {
  t = await createTestDatabase();
  const orebro = callerFor(t.db, "orebro", await signIn(t.db, "orebro"));
  const area = await orebro.roadmap.createArea({ title: "Örebros område", description: "" });
  const activity = await orebro.roadmap.createActivity({ areaId: area.id, title: "Örebros aktivitet", status: "planned", ownerMemberIds: [], links: [] });
  const milestone = await orebro.roadmap.createMilestone({ title: "Örebros milstolpe", dueOn: "2026-06-01" });
  const strategy = await orebro.strategy.create({ title: "Örebros strategi", mode: "develop" });
  const strategyActivity = await orebro.strategy.addActivity({ strategyId: strategy.id, kind: "workshop", title: "Örebros workshop", status: "planned" });
  const meeting = await orebro.strategy.addMeeting({ strategyId: strategy.id, body: "Styrgruppen", title: "Möte" });
  const event = await orebro.event.create({ kind: "seminar", title: "Örebros seminarium" });
  const material = await orebro.event.addLink({ eventId: event.id, title: "Örebros länk", url: "https://regionorebrolan.se" });
  const article = await orebro.article.save({ kind: "news", title: "Örebros nyhet", publishedOn: "2026-01-01" });
  const contact = await orebro.contact.save({ name: "Örebros kontakt" });
  const question = await orebro.publicInput.saveQuestion({ question: "Örebros fråga?", purpose: "Ett syfte som är tillräckligt långt.", open: true });
  await orebro.users.invite({ email: "ny@orebro.se", role: "viewer" });
  const invitationId = (await orebro.users.list()).invitations[0]!.id;
  const decision = (await orebro.adoption.overview()).decisions[0]!;
  const member = (await orebro.tenant.current()).members[0]!;
  const malbild = await orebro.malbild.current();
  ids = {
    area: area.id,
    activity: activity.id,
    milestone: milestone.id,
    strategy: strategy.id,
    strategyActivity: strategyActivity.id,
    meeting: meeting.id,
    event: event.id,
    material: material.id,
    article: article.id,
    contact: contact.id,
    question: question.id,
    invitation: invitationId,
    decision: decision.id,
    member: member.id,
    malbild: malbild.id,
    perspective: malbild.perspectives[0]!.id,
  };
  varmland = callerFor(t.db, "varmland", await signIn(t.db, "varmland"));
  orebroBefore = await snapshot();
});
afterAll(() => t?.close());

const calls: [string, () => Promise<unknown>][] = [
  ["roadmap.updateArea", () => varmland.roadmap.updateArea({ areaId: ids.area!, title: "Kapad", description: "" })],
  ["roadmap.deleteArea", () => varmland.roadmap.deleteArea({ areaId: ids.area! })],
  ["roadmap.moveArea", () => varmland.roadmap.moveArea({ id: ids.area!, direction: "up" })],
  ["roadmap.createActivity", () => varmland.roadmap.createActivity({ areaId: ids.area!, title: "Kapad", status: "planned", ownerMemberIds: [], links: [] })],
  ["roadmap.updateActivity", () => varmland.roadmap.updateActivity({ activityId: ids.activity!, areaId: ids.area!, title: "Kapad", status: "done", ownerMemberIds: [], links: [] })],
  ["roadmap.deleteActivity", () => varmland.roadmap.deleteActivity({ activityId: ids.activity! })],
  ["roadmap.moveActivity", () => varmland.roadmap.moveActivity({ id: ids.activity!, direction: "down" })],
  ["roadmap.createMilestone", () => varmland.roadmap.createMilestone({ title: "Kapad", dueOn: "2026-01-01", areaId: ids.area! })],
  ["roadmap.setMilestoneDone", () => varmland.roadmap.setMilestoneDone({ milestoneId: ids.milestone!, done: true })],
  ["roadmap.deleteMilestone", () => varmland.roadmap.deleteMilestone({ milestoneId: ids.milestone! })],
  ["strategy.get", () => varmland.strategy.get({ strategyId: ids.strategy! })],
  ["strategy.update", () => varmland.strategy.update({ strategyId: ids.strategy!, title: "Kapad strategi", mode: "implement" })],
  ["strategy.delete", () => varmland.strategy.delete({ strategyId: ids.strategy! })],
  ["strategy.addActivity", () => varmland.strategy.addActivity({ strategyId: ids.strategy!, kind: "workshop", title: "Kapad", status: "planned" })],
  ["strategy.setActivityStatus", () => varmland.strategy.setActivityStatus({ activityId: ids.strategyActivity!, status: "done" })],
  ["strategy.deleteActivity", () => varmland.strategy.deleteActivity({ activityId: ids.strategyActivity! })],
  ["strategy.addMeeting", () => varmland.strategy.addMeeting({ strategyId: ids.strategy!, body: "Kapad", title: "" })],
  ["strategy.logDecision", () => varmland.strategy.logDecision({ meetingId: ids.meeting!, decision: "Kapat beslut" })],
  ["strategy.deleteMeeting", () => varmland.strategy.deleteMeeting({ meetingId: ids.meeting! })],
  ["event.update", () => varmland.event.update({ eventId: ids.event!, kind: "seminar", title: "Kapad" })],
  ["event.delete", () => varmland.event.delete({ eventId: ids.event! })],
  ["event.addLink", () => varmland.event.addLink({ eventId: ids.event!, title: "Kapad", url: "https://example.se" })],
  ["event.material", () => varmland.event.material({ materialId: ids.material! })],
  ["event.deleteMaterial", () => varmland.event.deleteMaterial({ materialId: ids.material! })],
  ["article.save", () => varmland.article.save({ articleId: ids.article!, kind: "news", title: "Kapad", publishedOn: "2026-01-01" })],
  ["article.save (member)", () => varmland.article.save({ kind: "news", title: "Kapad", publishedOn: "2026-01-01", memberIds: [ids.member!] })],
  ["article.delete", () => varmland.article.delete({ articleId: ids.article! })],
  ["contact.save", () => varmland.contact.save({ contactId: ids.contact!, name: "Kapad" })],
  ["contact.delete", () => varmland.contact.delete({ contactId: ids.contact! })],
  ["publicInput.saveQuestion", () => varmland.publicInput.saveQuestion({ questionId: ids.question!, question: "Kapad fråga", purpose: "Ett syfte som är långt nog.", open: false })],
  ["publicInput.submit", () => varmland.publicInput.submit({ questionId: ids.question!, text: "Fel program" })],
  ["users.revokeInvitation", () => varmland.users.revokeInvitation({ invitationId: ids.invitation! })],
  ["adoption.update", () => varmland.adoption.update({ decisionId: ids.decision!, memberId: ids.member!, status: "declined" })],
  ["adoption.delete", () => varmland.adoption.delete({ decisionId: ids.decision! })],
  ["adoption.create", () => varmland.adoption.create({ memberId: ids.member!, status: "declined" })],
  ["malbild.updateVision", () => varmland.malbild.updateVision({ malbildId: ids.malbild!, vision: "Kapad" })],
  ["malbild.addStatement", () => varmland.malbild.addStatement({ malbildId: ids.malbild!, perspectiveId: ids.perspective!, text: "Kapad" })],
  ["malbildVersion.createDraft", () => varmland.malbildVersion.createDraft({ fromMalbildId: ids.malbild! })],
  ["malbildVersion.changeStatus", () => varmland.malbildVersion.changeStatus({ malbildId: ids.malbild!, status: "draft" })],
];

describe("another tenant's ids look missing", () => {
  it.each(calls)("%s answers NOT_FOUND", async (_name, call) => {
    const code = await call().then(
      () => "OK",
      (e: unknown) => (e instanceof TRPCError ? e.code : String(e)),
    );
    expect(code).toBe("NOT_FOUND");
  });

  it("left every one of Örebro's items as it was", async () => {
    expect(await snapshot()).toBe(orebroBefore);
  });
});
