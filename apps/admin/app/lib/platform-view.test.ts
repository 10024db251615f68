import { describe, expect, it } from "vitest";
import { TenantSlugSchema } from "@naravard/domain";
import { chosenCounty, countyOptions, invitationUrl, newProgrammeDefaults, suggestSlug } from "./platform-view.ts";

describe("suggestSlug", () => {
  it.each([
    ["Region Jämtland Härjedalen", "jamtland-harjedalen"],
    ["Region Örebro län", "orebro-lan"],
    ["Fyrbodals kommunalförbund", "fyrbodals-kommunalforbund"],
    ["  Sjuhärads  kommunalförbund! ", "sjuharads-kommunalforbund"],
    ["123 Nord", "nord"],
  ])("%s → %s", (name, slug) => {
    expect(suggestSlug(name)).toBe(slug);
    expect(TenantSlugSchema.safeParse(slug).success).toBe(true);
  });

  it("stays within the slug rule's 40 characters without a trailing dash", () => {
    const slug = suggestSlug("Samordningsförbundet för hälsa och vård i norra Sverige och mer");
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("chosenCounty", () => {
  it("accepts a county that exists and nothing else", () => {
    expect(chosenCounty("23")).toBe("23");
    expect(chosenCounty("02")).toBeNull();
    expect(chosenCounty("2")).toBeNull();
    expect(chosenCounty("23; drop")).toBeNull();
    expect(chosenCounty(null)).toBeNull();
  });
});

describe("the new programme's starting values", () => {
  it("lists all 21 counties in SCB order", () => {
    const options = countyOptions();
    expect(options).toHaveLength(21);
    expect(options[0]).toEqual({ value: "01", label: "Stockholms län (01)" });
    expect(options.find((o) => o.value === "23")?.label).toBe("Jämtlands län (23)");
  });

  it("suggests the county's region with every municipality picked", () => {
    expect(newProgrammeDefaults("23", ["2303", "2380"])).toEqual({
      countyCode: "23",
      kind: "region",
      name: "Region Jämtland Härjedalen",
      programmeName: "Nära vård i Jämtlands län",
      slug: "jamtland-harjedalen",
      description: "",
      memberCodes: ["2303", "2380"],
      coordinatorEmail: "",
    });
  });

  it("builds the invitation's full address", () => {
    expect(invitationUrl("http://127.0.0.1:3001/", "/jamtland/inbjudan/abc")).toBe("http://127.0.0.1:3001/jamtland/inbjudan/abc");
  });
});
