import { municipalityList } from "./data/municipalities.ts";
import { compareSwedish } from "./swedish.ts";

/** Sweden's 21 counties (län) and the region that is their health-care authority (SCB codes). */
export const counties: Record<string, { county: string; region: string }> = {
  "01": { county: "Stockholms län", region: "Region Stockholm" },
  "03": { county: "Uppsala län", region: "Region Uppsala" },
  "04": { county: "Södermanlands län", region: "Region Sörmland" },
  "05": { county: "Östergötlands län", region: "Region Östergötland" },
  "06": { county: "Jönköpings län", region: "Region Jönköpings län" },
  "07": { county: "Kronobergs län", region: "Region Kronoberg" },
  "08": { county: "Kalmar län", region: "Region Kalmar län" },
  "09": { county: "Gotlands län", region: "Region Gotland" },
  "10": { county: "Blekinge län", region: "Region Blekinge" },
  "12": { county: "Skåne län", region: "Region Skåne" },
  "13": { county: "Hallands län", region: "Region Halland" },
  "14": { county: "Västra Götalands län", region: "Västra Götalandsregionen" },
  "17": { county: "Värmlands län", region: "Region Värmland" },
  "18": { county: "Örebro län", region: "Region Örebro län" },
  "19": { county: "Västmanlands län", region: "Region Västmanland" },
  "20": { county: "Dalarnas län", region: "Region Dalarna" },
  "21": { county: "Gävleborgs län", region: "Region Gävleborg" },
  "22": { county: "Västernorrlands län", region: "Region Västernorrland" },
  "23": { county: "Jämtlands län", region: "Region Jämtland Härjedalen" },
  "24": { county: "Västerbottens län", region: "Region Västerbotten" },
  "25": { county: "Norrbottens län", region: "Region Norrbotten" },
};

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
