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

describe("roadmap", () => {
  it("serves Värmland's demo roadmap with rolled-up progress and traceability to the målbild", async () => {
    const roadmap = await callerFor(t.db, "varmland").roadmap.get();
    expect(roadmap.areas.map((a) => a.title)).toEqual(["Länsgemensam färdplan", "Personcentrerat förhållningssätt"]);
    expect(roadmap.areas.every((a) => a.isDemo)).toBe(true);
    expect(roadmap.progress).toEqual({ progress: 0, counted: 3 });
    const teams = roadmap.areas[1]!.activities.find((a) => a.title === "Mobila resursteam")!;
    expect(teams.owners.map((o) => o.name).sort()).toEqual(["Karlstad", "Region Värmland"]);
    const byElement = await callerFor(t.db, "varmland").roadmap.byElement();
    expect(byElement.filter((e) => e.activityId === teams.id)).toHaveLength(2);
  });

  it("creates an area and an activity, reports progress, keeps the history, and filters", async () => {
    const api = callerFor(t.db, "orebro", orebro);
    const malbild = await api.malbild.current();
    const members = (await api.tenant.current()).members;
    const kumla = members.find((m) => m.name === "Kumla")!;
    const area = await api.roadmap.createArea({ title: "Kompetensförsörjning", description: "" });
    const { id } = await api.roadmap.createActivity({
      areaId: area.id,
      title: "Gemensam introduktion för nyanställda",
      status: "planned",
      startMonth: "2023-01",
      endMonth: "2023-12",
      ownerMemberIds: [kumla.id],
      links: [{ kind: "perspective", id: malbild.perspectives[2]!.id }],
    });
    await api.roadmap.updateActivity({ activityId: id, expectedRevision: 1, areaId: area.id, title: "Gemensam introduktion för nyanställda", status: "ongoing", progress: 40, ownerMemberIds: [kumla.id], links: [] });
    await api.roadmap.updateActivity({ activityId: id, expectedRevision: 2, areaId: area.id, title: "Gemensam introduktion för nyanställda", status: "done", progress: 100, ownerMemberIds: [kumla.id], links: [] });
    const history = await callerFor(t.db, "orebro").roadmap.history({ activityId: id });
    expect(history.map((h) => [h.status, h.progress])).toEqual([
      ["planned", 0],
      ["ongoing", 40],
      ["done", 100],
    ]);
    const second = await api.roadmap.createActivity({
      areaId: area.id,
      title: "Digitala vårdmöten",
      status: "planned",
      ownerMemberIds: [],
      links: [],
    });
    const roadmap = await callerFor(t.db, "orebro").roadmap.get();
    expect(roadmap.areas[0]!.progress).toEqual({ progress: 50, counted: 2 });
    const done = await callerFor(t.db, "orebro").roadmap.get({ status: "done" });
    expect(done.areas[0]!.activities.map((a) => a.title)).toEqual(["Gemensam introduktion för nyanställda"]);
    expect(done.progress.progress).toBe(50);
    const byKumla = await callerFor(t.db, "orebro").roadmap.get({ memberId: kumla.id });
    expect(byKumla.areas[0]!.activities).toHaveLength(1);
    await api.roadmap.moveActivity({ id: second.id, direction: "up" });
    expect((await api.roadmap.get()).areas[0]!.activities[0]!.title).toBe("Digitala vårdmöten");
  });

  it("pages a large area: a slice per area, each area's total, and progress over every activity", async () => {
    const api = callerFor(t.db, "orebro", orebro);
    const malbild = await api.malbild.current();
    const perspective = malbild.perspectives[0]!;
    const area = await api.roadmap.createArea({ title: "Ett stort område", description: "" });
    for (let i = 1; i <= 7; i++)
      await api.roadmap.createActivity({
        areaId: area.id,
        title: `Aktivitet ${i}`,
        status: i <= 2 ? "done" : "planned",
        ownerMemberIds: [],
        links: [{ kind: "perspective", id: perspective.id }],
      });
    const anonymous = callerFor(t.db, "orebro");
    const first = await anonymous.roadmap.get({ areaId: area.id, perArea: 3, page: 1 });
    expect(first.areas.map((a) => a.id)).toEqual([area.id]);
    expect(first.areas[0]!.activities.map((a) => a.title)).toEqual(["Aktivitet 1", "Aktivitet 2", "Aktivitet 3"]);
    expect(first.areas[0]).toMatchObject({ activityCount: 7, statusCounts: { done: 2, planned: 5, ongoing: 0, paused: 0 } });
    expect(first.areas[0]!.progress).toEqual({ progress: 29, counted: 7 });
    const last = await anonymous.roadmap.get({ areaId: area.id, perArea: 3, page: 3 });
    expect(last.areas[0]!.activities.map((a) => a.title)).toEqual(["Aktivitet 7"]);
    const beyond = await anonymous.roadmap.get({ areaId: area.id, perArea: 3, page: 9 });
    expect(beyond.areas[0]).toMatchObject({ activities: [], activityCount: 7 });
    // Every area gets its own slice when no area is named.
    const sliced = await anonymous.roadmap.get({ perArea: 2 });
    expect(sliced.areas.every((a) => a.activities.length <= 2)).toBe(true);
    expect(sliced.progress).toEqual((await anonymous.roadmap.get()).progress);
    // The målbild page gets five activities per element and the number there are in all.
    const moving = (await anonymous.roadmap.byElement()).filter((e) => e.elementId === perspective.id);
    expect(moving).toHaveLength(5);
    expect(moving.every((e) => e.total === 7)).toBe(true);
    expect(await codeOf(anonymous.roadmap.get({ perArea: 0 }))).toBe("BAD_REQUEST");
    expect(await codeOf(anonymous.roadmap.get({ areaId: "inte-ett-id" }))).toBe("BAD_REQUEST");
    await api.roadmap.deleteArea({ areaId: area.id });
  });

  it("refuses bad periods and another tenant's area, member, element or activity", async () => {
    const api = callerFor(t.db, "varmland", varmland);
    const own = await api.roadmap.get();
    const areaId = own.areas[0]!.id;
    const orebroRoadmap = await callerFor(t.db, "orebro").roadmap.get();
    const orebroArea = orebroRoadmap.areas[0]!;
    const orebroMember = orebroRoadmap.members[0]!;
    const orebroPerspective = (await callerFor(t.db, "orebro").malbild.current()).perspectives[0]!;
    const base = {
      title: "Intrång",
      status: "planned" as const,
      ownerMemberIds: [] as string[],
      links: [] as { kind: "perspective"; id: string }[],
    };
    expect(await codeOf(api.roadmap.createActivity({ ...base, areaId, startMonth: "2023-05", endMonth: "2023-01" }))).toBe(
      "BAD_REQUEST",
    );
    expect(await codeOf(api.roadmap.createActivity({ ...base, areaId: orebroArea.id }))).toBe("NOT_FOUND");
    expect(await codeOf(api.roadmap.createActivity({ ...base, areaId, ownerMemberIds: [orebroMember.id] }))).toBe("NOT_FOUND");
    expect(
      await codeOf(api.roadmap.createActivity({ ...base, areaId, links: [{ kind: "perspective", id: orebroPerspective.id }] })),
    ).toBe("NOT_FOUND");
    const orebroActivity = orebroArea.activities[0]!;
    expect(await codeOf(api.roadmap.deleteActivity({ activityId: orebroActivity.id }))).toBe("NOT_FOUND");
    expect(await codeOf(api.roadmap.moveActivity({ id: orebroActivity.id, direction: "down" }))).toBe("NOT_FOUND");
    expect(await codeOf(api.roadmap.deleteArea({ areaId: orebroArea.id }))).toBe("NOT_FOUND");
    expect(await codeOf(api.roadmap.updateArea({ areaId: orebroArea.id, expectedRevision: orebroArea.revision, title: "Kapad", description: "" }))).toBe("NOT_FOUND");
    expect((await callerFor(t.db, "orebro").roadmap.get()).areas[0]!.title).toBe("Kompetensförsörjning");
  });
});

describe("changing an activity's status", () => {
  const errorOf = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: TRPCError) => ({ code: e.code, message: e.message }),
    );

  it("refuses a change the domain's rules do not allow, with a Swedish reason, and stores nothing", async () => {
    const api = callerFor(t.db, "orebro", orebro);
    const area = await api.roadmap.createArea({ title: "Statusregler", description: "" });
    const fields = { areaId: area.id, title: "Hemsjukvård dygnet runt", ownerMemberIds: [] as string[], links: [] };
    const { id } = await api.roadmap.createActivity({ ...fields, status: "planned" });
    const saved = async () => (await api.roadmap.get({ areaId: area.id })).areas[0]!.activities[0]!;

    // Planned cannot jump to done: it is marked ongoing first.
    expect(
      await errorOf(
        api.roadmap.updateActivity({ ...fields, activityId: id, status: "done", progress: 100, title: "Ändrad rubrik", expectedRevision: 1 }),
      ),
    ).toEqual({
      code: "BAD_REQUEST",
      message: "En aktivitet med status ”Planerad” kan inte bli ”Klar”. Välj ”Pågår” eller ”Pausad”.",
    });
    expect(await saved()).toMatchObject({ status: "planned", progress: 0, title: "Hemsjukvård dygnet runt", revision: 1 });
    expect((await api.roadmap.history({ activityId: id })).map((h) => h.status)).toEqual(["planned"]);

    // Saving with the same status is no change, whatever else is edited.
    await api.roadmap.updateActivity({
      ...fields,
      activityId: id,
      status: "planned",
      title: "Hemsjukvård dygnet runt i länet",
      expectedRevision: 1,
    });
    await api.roadmap.updateActivity({ ...fields, activityId: id, status: "ongoing", progress: 60, expectedRevision: 2 });
    await api.roadmap.updateActivity({ ...fields, activityId: id, status: "done", progress: 100, expectedRevision: 3 });
    expect(
      await errorOf(api.roadmap.updateActivity({ ...fields, activityId: id, status: "paused", expectedRevision: 4 })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    expect(
      await errorOf(api.roadmap.updateActivity({ ...fields, activityId: id, status: "planned", expectedRevision: 4 })),
    ).toMatchObject({ code: "BAD_REQUEST" });
    // A done activity may be reopened.
    await api.roadmap.updateActivity({ ...fields, activityId: id, status: "ongoing", progress: 80, expectedRevision: 4 });
    expect((await api.roadmap.history({ activityId: id })).map((h) => h.status)).toEqual([
      "planned",
      "ongoing",
      "done",
      "ongoing",
    ]);

    // A stale page is a conflict (showing what is saved now), not a refused status.
    expect(
      await errorOf(api.roadmap.updateActivity({ ...fields, activityId: id, status: "planned", expectedRevision: 1 })),
    ).toMatchObject({ code: "CONFLICT" });
    expect(await saved()).toMatchObject({ status: "ongoing", progress: 80, revision: 5 });
    await api.roadmap.deleteArea({ areaId: area.id });
  });
});
