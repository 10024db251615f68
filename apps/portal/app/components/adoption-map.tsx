import { adoptionStatusLabel, counties } from "@naravard/domain";
import { ChoroplethMap, MapLegend, formatDate } from "@naravard/ui";
import { ADOPTION_STATUSES, adoptionCategories, adoptionRegions, statusCounts, statusSentence } from "../lib/adoption-view.ts";
import type { AdoptionOverview } from "../lib/api-types.ts";

/**
 * The county map that turns green as members adopt: server-rendered SVG, a pattern per status, a
 * legend with counts, and the parties that are not a municipality (the region, a federation) in words.
 */
export function AdoptionMap({ overview }: { overview: AdoptionOverview }) {
  const countyName = counties[overview.countyCode]?.county ?? "länet";
  const municipalities = overview.members.filter((m) => m.kind === "municipality");
  const parties = overview.members.filter((m) => m.kind !== "municipality");
  const counts = statusCounts(municipalities);
  const when = overview.day ? `den ${formatDate(overview.day)}` : "i dag";
  const description = [
    `Kommunerna i programmet ${when}.`,
    ...ADOPTION_STATUSES.filter((s) => counts[s] > 0).map((s) => `${adoptionStatusLabel[s]}: ${counts[s]}.`),
    "Övriga kommuner i länet är grå och ingår inte i programmet.",
  ].join(" ");
  const hasOutside = overview.map.areas.some((a) => !a.member);
  // Replaying a day, "none" also covers members whose only decision has no date: say so.
  const categories = overview.day
    ? adoptionCategories.map((c) => (c.key === "none" ? { ...c, label: "Inget beslut med registrerat datum" } : c))
    : adoptionCategories;

  return (
    <figure className="map-figure">
      <div className="map-figure__map">
        <ChoroplethMap
          id="beslutskarta"
          title={`Karta över ${countyName}: ${overview.progress.sentence} ${when}`}
          description={description}
          width={overview.map.width}
          height={overview.map.height}
          regions={adoptionRegions(overview.map.areas, overview.members)}
          categories={categories}
        />
      </div>
      <figcaption className="map-figure__caption">
        <p className="map-figure__title">Kommunerna {when}</p>
        <MapLegend
          id="beslutskarta"
          categories={categories}
          counts={counts}
          outsideLabel={hasOutside ? "Ingår inte i programmet" : undefined}
        />
        {parties.length ? (
          <ul className="plain-list">
            {parties.map((p) => (
              <li key={p.id}>
                {statusSentence(p)}.{" "}
                <span className="hint">
                  ({p.kind === "region" ? "Regionen omfattar hela länet" : "Förbundet omfattar medlemskommunerna"} och är inget
                  eget område på kartan.)
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="hint">Varje kommuns status står också i tabellen nedan. Kommungränser: SCB.</p>
      </figcaption>
    </figure>
  );
}
