import { describe, expect, it } from "vitest";
import {
  adoptionRegions,
  chronological,
  decisionBehind,
  requestedDay,
  statusCounts,
  statusSentence,
  timelineSteps,
} from "./adoption-view.ts";

const member = (
  name: string,
  officialCode: string,
  status: "adopted" | "none" | "in_preparation",
  decidedOn: string | null = null,
  undated = false,
) => ({
  id: `id-${officialCode}`,
  name,
  kind: officialCode.length === 4 ? "municipality" : "region",
  officialCode,
  status,
  decidedOn,
  undated,
});

describe("the adoption map", () => {
  it("says each member's status with its date, or that the date is not registered", () => {
    expect(statusSentence(member("Karlstad", "1780", "adopted", "2022-06-16"))).toBe(
      "Karlstad: Har antagit målbilden (16 juni 2022)",
    );
    expect(statusSentence(member("Kil", "1715", "adopted", null, true))).toBe(
      "Kil: Har antagit målbilden (datum ej registrerat)",
    );
    expect(statusSentence(member("Eda", "1730", "none"))).toBe("Eda: Inget beslut registrerat");
    expect(statusSentence(member("Eda", "1730", "none", null, true))).toMatch(/^Eda: Inget daterat beslut .*tidslinjen/);
  });

  it("gives member areas their status and leaves the rest of the county as context", () => {
    const regions = adoptionRegions(
      [
        { code: "1780", name: "Karlstad", d: "M0,0Z", member: true },
        { code: "1814", name: "Lekeberg", d: "M1,1Z", member: false },
      ],
      [member("Region Värmland", "17", "adopted"), member("Karlstad", "1780", "adopted", "2022-06-16")],
    );
    expect(regions[0]).toMatchObject({
      code: "1780",
      category: "adopted",
      title: "Karlstad: Har antagit målbilden (16 juni 2022)",
    });
    expect(regions[1]).toMatchObject({ code: "1814", category: null, title: "Lekeberg (ingår inte i programmet)" });
  });

  it("counts members per status for the legend", () => {
    expect(statusCounts([member("A", "1", "adopted"), member("B", "2", "adopted"), member("C", "3", "in_preparation")])).toEqual({
      adopted: 2,
      in_preparation: 1,
      not_started: 0,
      declined: 0,
      none: 0,
    });
  });
});

describe("decisions", () => {
  const d = (memberId: string, memberName: string, decidedOn: string | null, status = "adopted") => ({
    memberId,
    memberName,
    decidedOn,
    status,
  });

  it("lists dated decisions in order, then the undated ones", () => {
    const list = chronological([
      d("k", "Karlstad", "2022-06-16"),
      d("e", "Eda", null),
      d("a", "Arvika", null),
      d("r", "Region", "2021-12-01"),
    ]);
    expect(list.map((x) => x.memberName)).toEqual(["Region", "Karlstad", "Arvika", "Eda"]);
  });

  it("finds the decision that gives a member its status", () => {
    const decisions = [d("k", "Karlstad", "2021-01-01", "in_preparation"), d("k", "Karlstad", "2022-06-16")];
    expect(decisionBehind({ id: "k", status: "adopted", decidedOn: "2022-06-16" }, decisions)).toBe(decisions[1]);
    expect(decisionBehind({ id: "k", status: "none", decidedOn: null }, decisions)).toBeUndefined();
  });
});

describe("the timeline", () => {
  it("has a step per decision day and one for today, marking the one shown", () => {
    const steps = timelineSteps(["2022-02-11", "2022-06-16"], "2022-06-16", "/varmland/beslut");
    expect(steps.map((s) => [s.label, s.href, s.current])).toEqual([
      ["11 februari 2022", "/varmland/beslut?datum=2022-02-11", false],
      ["16 juni 2022", "/varmland/beslut?datum=2022-06-16", true],
      ["I dag", "/varmland/beslut", false],
    ]);
  });

  it("reads the day from ?datum, an empty one meaning today", () => {
    expect(requestedDay(new URL("http://x/varmland/beslut?datum=2022-06-15"))).toBe("2022-06-15");
    expect(requestedDay(new URL("http://x/varmland/beslut?datum="))).toBeNull();
    expect(requestedDay(new URL("http://x/varmland/beslut"))).toBeNull();
  });
});
