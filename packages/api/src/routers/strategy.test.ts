import { type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor, signIn } from "../test-helpers.ts";

let t: TestDatabase;
let fyrbodal: string;
let varmland: string;
beforeAll(async () => {
  t = await createTestDatabase();
  fyrbodal = await signIn(t.db, "fyrbodal");
  varmland = await signIn(t.db, "varmland");
});
afterAll(() => t?.close());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (e: TRPCError) => e.code,
  );

describe("strategies", () => {
  it("holds Fyrbodal's two strategies from the source", async () => {
    const list = await callerFor(t.db, "fyrbodal").strategy.list();
    expect(list.map((s) => s.mode)).toEqual(["implement", "develop"]);
    expect(list[1]).toMatchObject({
      focusArea: "Kompetensförsörjning och kompetensutveckling – goda förutsättningar för vårdens medarbetare",
      periodStart: 2021,
      periodEnd: 2022,
      commissionedBy: "Socialcheferna i medlemskommunerna",
    });
    expect(list[0]!.fundingSource).toMatch(/God och nära vård 2020/);
    expect(list[0]!.meetings.map((m) => m.body)).toContain("Styrgruppen");
    expect(list[1]!.activities[0]).toMatchObject({ kind: "workshop", audiences: ["staff", "leaders", "politicians"], heldOn: null });
    expect(await callerFor(t.db, "varmland").strategy.list()).toEqual([]);
  });

  it("logs a meeting's decisions and marks an activity done", async () => {
    const api = callerFor(t.db, "fyrbodal", fyrbodal);
    const [implement] = await api.strategy.list();
    const meeting = await api.strategy.addMeeting({ strategyId: implement!.id, body: "Styrgruppen", title: "Avstämning", heldOn: "2022-03-10" });
    await api.strategy.logDecision({ meetingId: meeting.id, decision: "Styrgruppen godkände planen för dialogmötena." });
    await api.strategy.setActivityStatus({ activityId: implement!.activities[1]!.id, status: "done", heldOn: "2022-04-05" });
    const after = await callerFor(t.db, "fyrbodal").strategy.get({ strategyId: implement!.id });
    expect(after.meetings.find((m) => m.id === meeting.id)!.decisions).toEqual(["Styrgruppen godkände planen för dialogmötena."]);
    expect(after.activities.find((a) => a.status === "done")!.heldOn).toBe("2022-04-05");
  });

  it("keeps strategies inside their tenant and refuses bad input", async () => {
    const other = callerFor(t.db, "varmland", varmland);
    const [implement] = await callerFor(t.db, "fyrbodal").strategy.list();
    expect(await codeOf(callerFor(t.db, "varmland").strategy.get({ strategyId: implement!.id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.strategy.addActivity({ strategyId: implement!.id, kind: "workshop", title: "Intrång", status: "planned" }))).toBe("NOT_FOUND");
    expect(await codeOf(other.strategy.delete({ strategyId: implement!.id }))).toBe("NOT_FOUND");
    expect(await codeOf(other.strategy.logDecision({ meetingId: implement!.meetings[0]!.id, decision: "Kapat beslut" }))).toBe("NOT_FOUND");
    const api = callerFor(t.db, "fyrbodal", fyrbodal);
    expect(await codeOf(api.strategy.create({ title: "Ny", mode: "develop" }))).toBe("BAD_REQUEST");
    expect(await codeOf(api.strategy.create({ title: "Ny strategi", mode: "develop", periodStart: 2023, periodEnd: 2021 }))).toBe("BAD_REQUEST");
    expect((await callerFor(t.db, "fyrbodal").strategy.list())).toHaveLength(2);
  });
});
