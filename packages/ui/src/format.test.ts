import { describe, expect, it } from "vitest";
import { formatDate, formatMonth, formatNumber } from "./format.ts";
import { DEFAULT_ACCENT, themeStyle } from "./theme.ts";

describe("Swedish formats", () => {
  it("writes dates and months the Swedish way, whatever the server's time zone", () => {
    expect(formatDate("2022-02-11")).toBe("11 februari 2022");
    expect(formatDate("2022-06-16")).toBe("16 juni 2022");
    expect(formatMonth("2023-09")).toBe("september 2023");
  });
  it("uses a decimal comma", () => {
    expect(formatNumber(62.5)).toBe("62,5");
  });
});

describe("theme", () => {
  it("falls back to the platform colour for anything that is not a hex colour", () => {
    expect(themeStyle("#7a1f5c")).toEqual({ "--accent": "#7a1f5c" });
    expect(themeStyle("red; background: url(x)")).toEqual({ "--accent": DEFAULT_ACCENT });
  });
});
