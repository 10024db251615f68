import { describe, expect, it } from "vitest";
import {
  activeIn,
  formatPeriod,
  halfYearLabel,
  halfYearOf,
  halfYearsBetween,
  milestonesByHalfYear,
  timelineColumns,
} from "./periods.ts";

describe("half-years", () => {
  it("buckets months into spring and autumn", () => {
    expect(halfYearOf("2023-01")).toBe("2023-H1");
    expect(halfYearOf("2023-06")).toBe("2023-H1");
    expect(halfYearOf("2023-07")).toBe("2023-H2");
    expect(halfYearLabel("2023-H2")).toBe("jul–dec 2023");
  });

  it("lists the half-years between two, across years", () => {
    expect(halfYearsBetween("2022-H2", "2024-H1")).toEqual(["2022-H2", "2023-H1", "2023-H2", "2024-H1"]);
    expect(halfYearsBetween("2023-H1", "2023-H1")).toEqual(["2023-H1"]);
  });
});

describe("the roadmap timeline", () => {
  const a = (startMonth: string | null, endMonth: string | null) => ({ startMonth, endMonth });

  it("spans from the earliest start to the latest end, milestones included", () => {
    expect(timelineColumns([a("2023-09", "2024-03"), a(null, null), a("2024-05", null)], ["2025-01-15"])).toEqual([
      "2023-H2",
      "2024-H1",
      "2024-H2",
      "2025-H1",
    ]);
    expect(timelineColumns([a(null, null)])).toEqual([]);
  });

  it("marks the half-years an activity runs in", () => {
    const activity = a("2023-09", "2024-03");
    expect(["2023-H1", "2023-H2", "2024-H1", "2024-H2"].map((h) => activeIn(activity, h))).toEqual([false, true, true, false]);
    expect(activeIn(a(null, "2024-02"), "2024-H1")).toBe(true);
    expect(activeIn(a(null, null), "2024-H1")).toBe(false);
  });

  it("says the period in words", () => {
    expect(formatPeriod(a("2023-09", "2024-06"))).toBe("september 2023 – juni 2024");
    expect(formatPeriod(a("2023-09", "2023-09"))).toBe("september 2023");
    expect(formatPeriod(a("2023-09", null))).toBe("från september 2023");
    expect(formatPeriod(a(null, "2024-06"))).toBe("till juni 2024");
    expect(formatPeriod(a(null, null))).toBe("Period ej angiven");
  });

  it("groups milestones by the half-year they fall due", () => {
    const grouped = milestonesByHalfYear([
      { dueOn: "2024-03-01", t: 1 },
      { dueOn: "2024-06-30", t: 2 },
      { dueOn: "2024-07-01", t: 3 },
    ]);
    expect(grouped.get("2024-H1")?.map((m) => m.t)).toEqual([1, 2]);
    expect(grouped.get("2024-H2")?.map((m) => m.t)).toEqual([3]);
  });
});
