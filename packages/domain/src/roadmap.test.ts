import { describe, expect, it } from "vitest";
import { effectiveProgress, rollUp } from "./roadmap-progress.ts";
import { ActivityInputSchema } from "./roadmap.ts";

describe("progress roll-up", () => {
  it("counts done as 100, planned as 0, ongoing as reported, paused not at all", () => {
    expect(effectiveProgress({ status: "done", progress: 10 })).toBe(100);
    expect(effectiveProgress({ status: "planned", progress: 50 })).toBe(0);
    expect(effectiveProgress({ status: "ongoing", progress: 40 })).toBe(40);
    expect(effectiveProgress({ status: "paused", progress: 40 })).toBeNull();
  });

  it("takes the mean over the activities that count", () => {
    expect(
      rollUp([
        { status: "done", progress: 0 },
        { status: "ongoing", progress: 50 },
        { status: "planned", progress: 0 },
        { status: "paused", progress: 90 },
      ]),
    ).toEqual({ progress: 50, counted: 3 });
    expect(rollUp([])).toEqual({ progress: null, counted: 0 });
    expect(rollUp([{ status: "paused", progress: 10 }])).toEqual({ progress: null, counted: 0 });
  });

  it("weighs every activity the same at every level", () => {
    const areaA = [{ status: "done" as const, progress: 0 }];
    const areaB = [
      { status: "planned" as const, progress: 0 },
      { status: "planned" as const, progress: 0 },
      { status: "planned" as const, progress: 0 },
    ];
    expect(rollUp([...areaA, ...areaB]).progress).toBe(25);
  });

  it("gives the same figure for activities counted in groups as for the activities one by one", () => {
    const one = (status: "planned" | "ongoing" | "done" | "paused", progress: number) => ({ status, progress });
    const activities = [one("done", 0), one("done", 0), one("ongoing", 35), one("ongoing", 35), one("ongoing", 35), one("ongoing", 80), one("paused", 50), one("planned", 0)];
    const grouped = [
      { ...one("done", 0), count: 2 },
      { ...one("ongoing", 35), count: 3 },
      { ...one("ongoing", 80), count: 1 },
      { ...one("paused", 50), count: 1 },
      { ...one("planned", 0), count: 1 },
    ];
    expect(rollUp(grouped)).toEqual(rollUp(activities));
    expect(rollUp(grouped)).toEqual({ progress: 55, counted: 7 });
  });
});

describe("activity input", () => {
  const areaId = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
  it("refuses a period that ends before it starts and progress above 100", () => {
    const r = ActivityInputSchema.safeParse({ areaId, title: "Mobila team", status: "ongoing", progress: 120, startMonth: "2023-05", endMonth: "2023-01" });
    expect(r.error?.issues.map((i) => i.message).sort()).toEqual(["Högst 100 %.", "Perioden kan inte sluta innan den börjar."]);
  });
  it("accepts empty months as no period", () => {
    expect(ActivityInputSchema.parse({ areaId, title: "Mobila team", status: "planned", startMonth: "", endMonth: "" })).toMatchObject({
      startMonth: null,
      endMonth: null,
      progress: 0,
    });
  });
});
