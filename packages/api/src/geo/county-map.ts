import { readFileSync } from "node:fs";
import { geoMercator, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

interface MunicipalityProps {
  code: string;
  name: string;
  county: string;
}

export interface MapArea {
  code: string;
  name: string;
  /** SVG path data in the map's coordinate system. */
  d: string;
  /** Whether the municipality is a member of the programme (others are drawn as context). */
  member: boolean;
}

export interface CountyMap {
  width: number;
  height: number;
  areas: MapArea[];
}

const WIDTH = 480;

let municipalities: Feature<Geometry, MunicipalityProps>[] | undefined;
function allMunicipalities() {
  if (!municipalities) {
    const topo = JSON.parse(readFileSync(new URL("./sweden-municipalities.topo.json", import.meta.url), "utf8")) as Topology<{
      municipalities: GeometryCollection<MunicipalityProps>;
    }>;
    municipalities = (feature(topo, topo.objects.municipalities) as FeatureCollection<Geometry, MunicipalityProps>).features;
  }
  return municipalities;
}

const cache = new Map<string, CountyMap>();

/**
 * The county's municipalities as SVG paths, projected (Mercator) to fit the member
 * municipalities; the rest of the county is drawn around them for context. Computed once per
 * county and member set; the portal renders it server-side, with no JavaScript in the browser.
 */
export function countyMap(countyCode: string, memberCodes: readonly string[]): CountyMap {
  const key = `${countyCode}:${[...memberCodes].sort().join(",")}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const inCounty = allMunicipalities().filter((f) => f.properties.county === countyCode);
  const members = new Set(memberCodes);
  const focus = inCounty.filter((f) => members.has(f.properties.code));
  const fitTo: FeatureCollection = { type: "FeatureCollection", features: focus.length ? focus : inCounty };
  const projection = geoMercator().fitWidth(WIDTH, fitTo);
  const path = geoPath(projection).digits(1);
  const [[, y0], [, y1]] = path.bounds(fitTo);
  const height = Math.ceil(y1 - y0);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]);

  const map: CountyMap = {
    width: WIDTH,
    height,
    areas: inCounty
      .map((f) => ({ code: f.properties.code, name: f.properties.name, d: path(f) ?? "", member: members.has(f.properties.code) }))
      .filter((a) => a.d !== "")
      // Context first, members last, so members' borders are drawn on top.
      .sort((a, b) => Number(a.member) - Number(b.member)),
  };
  cache.set(key, map);
  return map;
}
