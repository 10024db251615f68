import { describe, expect, it } from "vitest";
import { splitEvents, todayInSweden } from "./dates.ts";

describe("events over time", () => {
  it("knows the Swedish date around midnight UTC", () => {
    expect(todayInSweden(new Date("2026-11-24T23:30:00Z"))).toBe("2026-11-25");
  });
  it("puts ongoing and future events first and undated ones among the past", () => {
    const e = (id: string, startsOn: string | null, endsOn: string | null = null, year: number | null = null) => ({ id, startsOn, endsOn, year });
    const { upcoming, past } = splitEvents([e("old", "2021-03-01"), e("later", "2027-01-10"), e("soon", "2026-12-01"), e("now", "2026-11-20", "2026-11-26"), e("undated", null, null, 2021)], "2026-11-24");
    expect(upcoming.map((x) => x.id)).toEqual(["now", "soon", "later"]);
    expect(past.map((x) => x.id)).toEqual(["old", "undated"]);
  });
});
