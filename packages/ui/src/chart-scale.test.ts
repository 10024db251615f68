import { describe, expect, it } from "vitest";
import { bandCentres, linePath, linearScale, niceStep, periodAxis, valueAxis } from "./chart-scale.ts";

describe("value axis", () => {
  it("picks steps of 1, 2 or 5 times a power of ten", () => {
    expect(niceStep(75, 5)).toBe(20);
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(0.9, 5)).toBe(0.2);
    expect(niceStep(0)).toBe(1);
  });

  it("starts from zero for positive data when asked, and ends on a whole step", () => {
    expect(valueAxis([58, 61, 75], { fromZero: true })).toEqual({ min: 0, max: 80, ticks: [0, 20, 40, 60, 80] });
  });

  it("hugs the data otherwise", () => {
    const axis = valueAxis([58, 61, 75]);
    expect(axis.min).toBe(55);
    expect(axis.max).toBe(75);
    expect(axis.ticks).toEqual([55, 60, 65, 70, 75]);
  });

  it("gives one value or no value a usable axis", () => {
    expect(valueAxis([40], { fromZero: true })).toMatchObject({ min: 0, max: 40 });
    const around = valueAxis([40]);
    expect(around.min).toBeLessThan(40);
    expect(around.max).toBeGreaterThan(40);
    expect(valueAxis([]).ticks.length).toBeGreaterThan(1);
    expect(valueAxis([0, 0]).max).toBeGreaterThan(0);
  });

  it("keeps negative values in view and writes clean ticks", () => {
    const axis = valueAxis([-0.3, 0.7], { fromZero: true });
    expect(axis.min).toBeLessThanOrEqual(-0.3);
    expect(axis.ticks.every((t) => String(t).length < 6)).toBe(true);
  });
});

describe("scales and paths", () => {
  it("maps a domain onto a range, flipping for SVG's downward y", () => {
    const y = linearScale([0, 100], [300, 20]);
    expect(y(0)).toBe(300);
    expect(y(100)).toBe(20);
    expect(y(50)).toBe(160);
    expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
  });

  it("places categories in the middle of equal bands", () => {
    expect(bandCentres(4, [0, 400])).toEqual([50, 150, 250, 350]);
    expect(bandCentres(0, [0, 10])).toEqual([]);
  });

  it("breaks the line where a value is missing", () => {
    expect(linePath([{ x: 0, y: 1 }, { x: 10, y: 2.25 }, null, { x: 30, y: 4 }])).toBe("M0,1L10,2.3M30,4");
  });
});

describe("period axis", () => {
  it("fills in missing years so time is even along the axis", () => {
    expect(periodAxis(["2022", "2021", null, "2025", "2022"])).toEqual(["2021", "2022", "2023", "2024", "2025"]);
  });
  it("leaves other periods as they are, sorted", () => {
    expect(periodAxis(["2022-H2", "2022-H1"])).toEqual(["2022-H1", "2022-H2"]);
    expect(periodAxis([])).toEqual([]);
  });
});
