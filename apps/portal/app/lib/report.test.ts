import { describe, expect, it } from "vitest";
import { defaultTerms } from "@naravard/domain";
import { type ReportInput, buildReport, statusLine } from "./report.ts";

const member = (id: string, name: string, kind: string, status: string, decidedOn: string | null) => ({
  id,
  name,
  kind,
  officialCode: id,
  status,
  undated: status !== "none" && decidedOn === null,
  decidedOn,
});
const decision = (memberId: string, memberName: string, decidedOn: string | null, decidingBody: string | null = null) => ({
  id: `d-${memberId}`,
  memberId,
  memberName,
  status: "adopted",
  decidedOn,
  decidingBody,
  reference: null,
  link: null,
  note: null,
  versionNumber: 1,
});

function input(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    programmeName: "Nära vård i Värmland",
    terms: { ...defaultTerms },
    today: "2026-11-24",
    malbild: { title: "Framtidens Värmland", status: "adopted", versionNumber: 1, adoptedOn: null },
    adoption: {
      day: null,
      countyCode: "17",
      map: { width: 10, height: 10, areas: [] },
      members: [
        member("17", "Region Värmland", "region", "adopted", null),
        member("1780", "Karlstad", "municipality", "adopted", "2022-06-16"),
        member("1715", "Kil", "municipality", "none", null),
      ],
      progress: { adopted: 2, total: 3, sentence: "2 av 3 har antagit målbilden" },
      decisions: [decision("17", "Region Värmland", null), decision("1780", "Karlstad", "2022-06-16", "Kommunfullmäktige")],
      timeline: ["2022-06-16"],
      undatedCount: 1,
    },
    roadmap: {
      areas: [
        {
          id: "a",
          title: "Personcentrerat förhållningssätt",
          isDemo: true,
          progress: { progress: 20, counted: 2 },
          activities: [
            { status: "ongoing", isDemo: true },
            { status: "ongoing", isDemo: true },
            { status: "planned", isDemo: true },
          ],
        },
      ],
      milestones: [{ id: "m", title: "Färdplanen beslutad", dueOn: "2023-05-31", done: false }],
      progress: { progress: 13, counted: 3 },
    },
    indicators: [],
    strategies: null,
    ...overrides,
  } as unknown as ReportInput;
}

describe("the follow-up report", () => {
  it("summarises adoption, roadmap and indicators in Swedish sentences", () => {
    const report = buildReport(input());
    expect(report.title).toBe("Uppföljningsrapport: Nära vård i Värmland");
    expect(report.date).toBe("24 november 2026");
    expect(report.summary).toEqual([
      "Målbilden ”Framtidens Värmland” (version 1) är antagen.",
      "2 av 3 har antagit målbilden. Senaste daterade beslut: Karlstad, 16 juni 2022.",
      "Färdplanen har kommit 13 %, räknat på 3 aktiviteter (2 pågår, 1 planerad).",
      "Inga indikatorer är publicerade ännu.",
    ]);
  });

  it("says the same in English for the English page, with the dates written the Swedish way", () => {
    const report = buildReport(input(), "en");
    expect(report.title).toBe("Follow-up report: Nära vård i Värmland");
    expect(report.summary).toEqual([
      "The target picture ”Framtidens Värmland” (version 1) is adopted.",
      "2 of 3 have adopted the target picture. Latest dated decision: Karlstad, 16 juni 2022.",
      "The roadmap has reached 13 %, counted on 3 activities (2 ongoing, 1 planned).",
      "No indicators have been published yet.",
    ]);
    expect(report.adoption.rows[2]).toMatchObject({ status: "No decision recorded", date: "–" });
    expect(report.adoption.undated).toMatch(/^1 decision has no recorded date/);
  });

  it("lists every member with the decision behind its status, and says what is undated", () => {
    const { adoption } = buildReport(input());
    expect(adoption.rows).toEqual([
      { name: "Region Värmland", status: "Har antagit målbilden", statusKey: "adopted", date: "Datum ej registrerat", body: "" },
      {
        name: "Karlstad",
        status: "Har antagit målbilden",
        statusKey: "adopted",
        date: "16 juni 2022",
        body: "Kommunfullmäktige",
      },
      { name: "Kil", status: "Inget beslut registrerat", statusKey: "none", date: "–", body: "" },
    ]);
    expect(adoption.percent).toBe(67);
    expect(adoption.undated).toMatch(/^1 beslut saknar registrerat datum/);
  });

  it("gives the roadmap per area and flags demo data", () => {
    const report = buildReport(input());
    expect(report.roadmap?.areas).toEqual([
      { title: "Personcentrerat förhållningssätt", progress: 20, line: "3 aktiviteter: 2 pågår, 1 planerad" },
    ]);
    expect(report.roadmap?.milestones).toEqual(["31 maj 2023: Färdplanen beslutad (ej uppnådd)"]);
    expect(report.demoNote).toMatch(/exempeldata/);
  });

  it("says so when there is no roadmap, målbild or strategy, and covers a federation's strategies", () => {
    const empty = buildReport(
      input({
        malbild: null,
        roadmap: { areas: [], milestones: [], progress: { progress: null, counted: 0 }, members: [], filter: {} } as never,
      }),
    );
    expect(empty.roadmap).toBeNull();
    expect(empty.summary[0]).toBe("Programmet har ingen målbild publicerad ännu.");
    expect(empty.summary[2]).toBe("Ingen färdplan är publicerad ännu.");
    expect(empty.strategies).toBeNull();
    const federation = buildReport(
      input({
        strategies: [
          {
            title: "Gemensam utvecklingsstrategi",
            mode: "develop",
            activities: [{ status: "planned" }],
            meetings: [{ decisions: ["Beslut 1", "Beslut 2"] }],
          },
        ] as never,
      }),
    );
    expect(federation.strategies).toEqual([
      {
        title: "Gemensam utvecklingsstrategi",
        mode: "Ta fram ny strategi",
        line: "1 aktivitet (1 planerad), 1 avstämning med 2 loggade beslut.",
      },
    ]);
    expect(federation.summary).toContain("1 utvecklingsstrategi följs upp.");
  });

  it("counts activities by status with the right Swedish forms", () => {
    expect(statusLine([{ status: "done" }, { status: "done" }, { status: "paused" }])).toBe("2 klara, 1 pausad");
    expect(statusLine([])).toBe("");
  });
});
