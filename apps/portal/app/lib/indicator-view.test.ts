import { describe, expect, it } from "vitest";
import { indicatorDescription, indicatorTable, latestValues, towardsTarget, withUnit } from "./indicator-view.ts";

const indicator = {
  code: "DEMO-NV-1",
  title: "Andel",
  unit: "procent",
  direction: "increase" as const,
  baselineValue: 58,
  baselinePeriod: "2021",
  targetValue: 75,
  targetPeriod: "2025",
  values: [
    { memberName: "Region Värmland", memberCode: "17", period: "2021", value: 58 },
    { memberName: "Region Värmland", memberCode: "17", period: "2022", value: 61 },
    { memberName: "Årjäng", memberCode: "1765", period: "2022", value: 49.5 },
    { memberName: "Arvika", memberCode: "1784", period: "2022", value: 52 },
  ],
};

describe("an indicator as a table", () => {
  it("runs the time axis from the first value to the target, members in list order", () => {
    const t = indicatorTable(indicator);
    expect(t.periods).toEqual(["2021", "2022", "2023", "2024", "2025"]);
    expect(t.members).toEqual(["Region Värmland", "Arvika", "Årjäng"]);
    expect(t.series[0]!.values).toEqual({ "2021": 58, "2022": 61 });
  });

  it("leaves out periods with nothing to show, but keeps baseline and target", () => {
    expect(indicatorTable(indicator).rows.map((r) => r.period)).toEqual(["2021", "2022", "2025"]);
    expect(indicatorTable(indicator).rows[1]!.values).toEqual([61, 52, 49.5]);
  });
});

describe("an indicator in words", () => {
  it("writes numbers the Swedish way with the unit", () => {
    expect(withUnit(49.5, "procent")).toBe("49,5 procent");
    expect(withUnit(3, " ")).toBe("3");
  });

  it("describes every value, the baseline and the target", () => {
    expect(indicatorDescription(indicator)).toBe(
      "Region Värmland: 58 procent 2021, 61 procent 2022. Arvika: 52 procent 2022. Årjäng: 49,5 procent 2022. Utgångsvärde 58 procent (2021). Mål 75 procent (2025).",
    );
    expect(indicatorDescription({ ...indicator, values: [], baselineValue: null, targetValue: null })).toBe(
      "Inga värden är rapporterade ännu.",
    );
  });

  it("gives each member's latest value and the distance to the target", () => {
    expect(latestValues(indicator)[0]).toEqual({ memberName: "Region Värmland", period: "2022", value: 61 });
    expect(towardsTarget(indicator, 61)).toBe("14 procent kvar till målet.");
    expect(towardsTarget({ ...indicator, direction: "decrease", targetValue: 10 }, 8)).toBe("Målet är nått.");
    expect(towardsTarget({ ...indicator, targetValue: null }, 8)).toBeNull();
  });
});
