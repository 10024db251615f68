import { describe, expect, it } from "vitest";
import { counties, findMunicipality, municipalitiesInCounty } from "./geography.ts";

describe("geography", () => {
  it("knows every municipality the programmes name, with SCB's codes", () => {
    expect(findMunicipality("1780")?.name).toBe("Karlstad");
    expect(findMunicipality("1880")?.name).toBe("Örebro");
    expect(findMunicipality("1492")?.name).toBe("Åmål");
  });

  it("lists a county's municipalities in Swedish order and matches the official counts", () => {
    const varmland = municipalitiesInCounty("17");
    expect(varmland).toHaveLength(16);
    expect(varmland.at(-1)!.name).toBe("Årjäng");
    expect(municipalitiesInCounty("14")).toHaveLength(49);
    expect(Object.keys(counties)).toHaveLength(21);
    const total = Object.keys(counties).reduce((n, c) => n + municipalitiesInCounty(c).length, 0);
    expect(total).toBe(290);
  });
});
