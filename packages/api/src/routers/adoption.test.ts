import { type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor, signIn } from "../test-helpers.ts";

let t: TestDatabase;
let varmland: string;
let orebro: string;
beforeAll(async () => {
  t = await createTestDatabase();
  varmland = await signIn(t.db, "varmland");
  orebro = await signIn(t.db, "orebro");
});
afterAll(() => t?.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (e: TRPCError) => e.code,
  );

describe("adoption overview", () => {
  it("shows all of Värmland adopted today, and only what is dated on the timeline", async () => {
    const today = await callerFor(t.db, "varmland").adoption.overview();
    expect(today.progress.sentence).toBe("17 av 17 har antagit målbilden");
    expect(today.timeline).toEqual(["2022-06-16"]);
    expect(today.undatedCount).toBe(16);
    const karlstad = today.members.find((m) => m.name === "Karlstad")!;
    expect(karlstad).toMatchObject({ status: "adopted", decidedOn: "2022-06-16", undated: false });
    expect(today.members.find((m) => m.name === "Arvika")).toMatchObject({ status: "adopted", undated: true });

    const before = await callerFor(t.db, "varmland").adoption.overview({ date: "2022-06-15" });
    expect(before.members.find((m) => m.name === "Karlstad")!.status).toBe("none");
    expect(before.progress.adopted).toBe(0);
  });

  it("shows Örebro's region decision of 2022-02-11 and no claims about its municipalities", async () => {
    const overview = await callerFor(t.db, "orebro").adoption.overview();
    expect(overview.progress.sentence).toBe("1 av 13 har antagit målbilden");
    expect(overview.decisions).toEqual([
      expect.objectContaining({
        memberName: "Region Örebro län",
        decidingBody: "Hälso- och sjukvårdsnämnden",
        decidedOn: "2022-02-11",
        versionNumber: 1,
      }),
    ]);
    expect(overview.members.filter((m) => m.status === "none")).toHaveLength(12);
  });

  it("draws the county's member municipalities, with the rest of the county as context", async () => {
    const varmland = (await callerFor(t.db, "varmland").adoption.overview()).map;
    expect(varmland.areas.filter((a) => a.member)).toHaveLength(16);
    expect(varmland.areas.every((a) => /^M[\d.,\-LZM]+/.test(a.d))).toBe(true);
    expect(varmland.height).toBeGreaterThan(100);
    const fyrbodal = (await callerFor(t.db, "fyrbodal").adoption.overview()).map;
    expect(fyrbodal.areas.filter((a) => a.member).map((a) => a.name)).toContain("Åmål");
    expect(fyrbodal.areas.filter((a) => a.member)).toHaveLength(14);
    expect(fyrbodal.areas.length).toBe(49);
  });

  it("refuses a malformed date", async () => {
    expect(await codeOf(callerFor(t.db, "orebro").adoption.overview({ date: "igår" }))).toBe("BAD_REQUEST");
  });
});

describe("registering decisions", () => {
  it("registers, corrects and removes a municipality's decision", async () => {
    const api = callerFor(t.db, "orebro", orebro);
    const kumla = (await api.adoption.overview()).members.find((m) => m.name === "Kumla")!;
    const { id } = await api.adoption.create({ memberId: kumla.id, status: "in_preparation", decidingBody: "Kommunstyrelsen", decidedOn: "2022-03-01" });
    await api.adoption.update({ decisionId: id, expectedRevision: 1, memberId: kumla.id, status: "adopted", decidingBody: "Kommunfullmäktige", decidedOn: "2022-04-25", reference: "KS 2022/123" });
    const after = await callerFor(t.db, "orebro").adoption.overview();
    expect(after.members.find((m) => m.id === kumla.id)).toMatchObject({ status: "adopted", decidedOn: "2022-04-25" });
    expect(after.progress.adopted).toBe(2);
    expect(after.timeline).toEqual(["2022-02-11", "2022-04-25"]);
    await api.adoption.delete({ decisionId: id });
    expect((await callerFor(t.db, "orebro").adoption.overview()).progress.adopted).toBe(1);
  });

  it("refuses a future date, and another tenant's member or decision as missing", async () => {
    const api = callerFor(t.db, "varmland", varmland);
    const overview = await callerFor(t.db, "orebro").adoption.overview();
    const kumla = overview.members.find((m) => m.name === "Kumla")!;
    const ownMember = (await api.adoption.overview()).members[0]!;
    expect(await codeOf(api.adoption.create({ memberId: ownMember.id, status: "adopted", decidedOn: "2999-01-01" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(api.adoption.create({ memberId: kumla.id, status: "adopted" }))).toBe("NOT_FOUND");
    const orebroDecision = overview.decisions[0]!;
    expect(await codeOf(api.adoption.update({ decisionId: orebroDecision.id, expectedRevision: orebroDecision.revision, memberId: ownMember.id, status: "declined" }))).toBe("NOT_FOUND");
    expect(await codeOf(api.adoption.delete({ decisionId: orebroDecision.id }))).toBe("NOT_FOUND");
    expect((await callerFor(t.db, "orebro").adoption.overview()).decisions[0]!.status).toBe("adopted");
    expect(await codeOf(callerFor(t.db, "varmland").adoption.create({ memberId: ownMember.id, status: "adopted" }))).toBe(
      "UNAUTHORIZED",
    );
  });
});

describe("changing a decision's status", () => {
  it("refuses a change the domain's rules do not allow, with a Swedish reason, and stores nothing", async () => {
    const api = callerFor(t.db, "orebro", orebro);
    const lekeberg = (await api.adoption.overview()).members.find((m) => m.name === "Lekeberg")!;
    const fields = { memberId: lekeberg.id, decidingBody: "Kommunfullmäktige" };
    const { id } = await api.adoption.create({ ...fields, status: "in_preparation" });
    const saved = async () => (await api.adoption.overview()).decisions.find((d) => d.id === id)!;

    await api.adoption.update({ ...fields, decisionId: id, status: "adopted", decidedOn: "2022-05-30", expectedRevision: 1 });
    const refused = await api.adoption
      .update({ ...fields, decisionId: id, status: "in_preparation", note: "Ändrad", expectedRevision: 2 })
      .then(
        () => null,
        (e: TRPCError) => ({ code: e.code, message: e.message }),
      );
    expect(refused).toEqual({
      code: "BAD_REQUEST",
      message: "Ett beslut med status ”Har antagit målbilden” kan inte ändras till ”Under beredning”. Välj ”Har avslagit”.",
    });
    expect(await codeOf(api.adoption.update({ ...fields, decisionId: id, status: "not_started", expectedRevision: 2 }))).toBe(
      "BAD_REQUEST",
    );
    expect(await saved()).toMatchObject({ status: "adopted", decidedOn: "2022-05-30", note: null, revision: 2 });

    // The same status is no change; a later decision may revoke an adoption.
    await api.adoption.update({
      ...fields,
      decisionId: id,
      status: "adopted",
      decidedOn: "2022-05-30",
      reference: "KS 2022/7",
      expectedRevision: 2,
    });
    await api.adoption.update({ ...fields, decisionId: id, status: "declined", decidedOn: "2022-09-01", expectedRevision: 3 });
    expect(await saved()).toMatchObject({ status: "declined", revision: 4 });
    // A stale page is a conflict, not a refused status.
    expect(await codeOf(api.adoption.update({ ...fields, decisionId: id, status: "not_started", expectedRevision: 1 }))).toBe(
      "CONFLICT",
    );
    await api.adoption.delete({ decisionId: id });
  });
});
