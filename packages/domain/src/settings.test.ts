import { describe, expect, it } from "vitest";
import { TenantSettingsInputSchema, contrastRatio, defaultSettings } from "./settings.ts";

describe("theme and terminology", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    expect(contrastRatio(defaultSettings("x").accentColor, "#ffffff")).toBeGreaterThan(4.5);
  });

  it("refuses an accent colour too light for text on white, in Swedish", () => {
    const r = TenantSettingsInputSchema.safeParse({ accentColor: "#ffcc00", logoText: "Region X", terms: {} });
    expect(r.error?.issues[0]?.message).toMatch(/kontrasten måste vara minst 4,5:1/);
  });

  it("lets a programme call its roadmap a handlingsplan", () => {
    const v = TenantSettingsInputSchema.parse({ accentColor: "#7A1F5C", logoText: "Region X", terms: { roadmap: "handlingsplan" } });
    expect(v.accentColor).toBe("#7a1f5c");
    expect(v.terms).toMatchObject({ roadmap: "handlingsplan", malbild: "målbild" });
  });
});
