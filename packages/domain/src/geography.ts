import { municipalityList } from "./data/municipalities.ts";
import { compareSwedish } from "./swedish.ts";

export { counties } from "./counties.ts";

export interface Municipality {
  code: string;
  name: string;
  countyCode: string;
}

const all: Municipality[] = municipalityList.map(([code, name]) => ({ code, name, countyCode: code.slice(0, 2) }));
const byCode = new Map(all.map((m) => [m.code, m]));

export const findMunicipality = (code: string): Municipality | undefined => byCode.get(code);

/** A county's municipalities in Swedish alphabetical order. */
export const municipalitiesInCounty = (countyCode: string): Municipality[] =>
  all.filter((m) => m.countyCode === countyCode).sort((a, b) => compareSwedish(a.name, b.name));
