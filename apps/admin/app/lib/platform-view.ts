import { counties } from "@naravard/domain";

/**
 * The plattform page's pure parts: which county the two-step form is on, what the new programme's
 * fields start as, and where its links go. Tested on their own.
 */

/** The GET parameter of step one (choose a county), read again by step two. */
export const COUNTY_PARAM = "lan";
export const CREATE_FORM = "ny-region";

/** Every county for the select, in SCB order ("01 Stockholms län"), so the code is visible too. */
export const countyOptions = () =>
  Object.entries(counties)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, c]) => ({ value: code, label: `${c.county} (${code})` }));

/** The chosen county from the address, or null for none or one that does not exist. */
export function chosenCounty(value: string | null): string | null {
  return value !== null && /^\d{2}$/.test(value) && value in counties ? value : null;
}

const folded: Record<string, string> = { å: "a", ä: "a", ö: "o", é: "e", ü: "u" };

/**
 * A programme code from a name: "Region Jämtland Härjedalen" → "jamtland-harjedalen". Only a
 * suggestion in the form; the domain's slug rule decides what may be saved.
 */
export function suggestSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/^region\s+/, "")
    .replace(/[åäöéü]/g, (c) => folded[c] ?? c)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .replace(/^[^a-z]+/, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** What step two starts with for a county: the region as the organisation and every municipality picked. */
export function newProgrammeDefaults(countyCode: string, municipalityCodes: readonly string[]) {
  const county = counties[countyCode];
  const region = county?.region ?? "";
  return {
    countyCode,
    kind: "region",
    name: region,
    programmeName: county ? `Nära vård i ${county.county}` : "",
    slug: suggestSlug(region),
    description: "",
    memberCodes: [...municipalityCodes],
    coordinatorEmail: "",
  };
}

/** The first coordinator's invitation as a full address on this admin (the API gives the path). */
export const invitationUrl = (adminOrigin: string, path: string) => `${adminOrigin.replace(/\/+$/, "")}${path}`;
