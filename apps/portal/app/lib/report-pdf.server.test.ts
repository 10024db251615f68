import { describe, expect, it } from "vitest";
import { defaultTerms } from "@naravard/domain";
import { reportPdf } from "./report-pdf.server.ts";
import { buildReport, type ReportInput } from "./report.ts";

const adoption = {
  day: null,
  countyCode: "17",
  map: {
    width: 100,
    height: 120,
    areas: [
      { code: "1780", name: "Karlstad", d: "M10,10L90,10L90,60L10,60Z", member: true },
      { code: "1715", name: "Kil", d: "M10,60L90,60L90,110L10,110Z", member: true },
    ],
  },
  members: [
    {
      id: "k",
      name: "Karlstad",
      kind: "municipality",
      officialCode: "1780",
      status: "adopted",
      undated: false,
      decidedOn: "2022-06-16",
    },
    {
      id: "i",
      name: "Kil",
      kind: "municipality",
      officialCode: "1715",
      status: "in_preparation",
      undated: true,
      decidedOn: null,
    },
  ],
  progress: { adopted: 1, total: 2, sentence: "1 av 2 har antagit målbilden" },
  decisions: [],
  timeline: ["2022-06-16"],
  undatedCount: 1,
};

const input = {
  programmeName: "Nära vård i Värmland",
  terms: { ...defaultTerms },
  today: "2026-11-24",
  malbild: null,
  adoption,
  roadmap: { areas: [], milestones: [], progress: { progress: null, counted: 0 } },
  indicators: [
    {
      code: "X",
      title: "Andel som upplever att vården är samordnad",
      unit: "procent",
      direction: "increase",
      baselineValue: 58,
      baselinePeriod: "2021",
      targetValue: 75,
      targetPeriod: "2025",
      isDemo: true,
      values: [
        { memberName: "Region Värmland", memberCode: "17", period: "2021", value: 58 },
        { memberName: "Region Värmland", memberCode: "17", period: "2022", value: 61 },
      ],
      links: [],
    },
  ],
  strategies: null,
} as unknown as ReportInput;

describe("the report as PDF", () => {
  it("is a complete A4 PDF with the map and the chart drawn", async () => {
    const pdf = await reportPdf({
      report: buildReport(input),
      adoption: adoption as never,
      programmeName: "Nära vård i Värmland",
      organisation: "Region Värmland",
      accent: "#00594f",
      source: "http://localhost/varmland/rapport",
      terms: { ...defaultTerms },
    });
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(text).toContain("/MediaBox [0 0 595.28 841.89]");
    expect(text).toMatch(/\/Lang \(sv-SE\)/);
    expect(pdf.length).toBeGreaterThan(2000);
  });
});
