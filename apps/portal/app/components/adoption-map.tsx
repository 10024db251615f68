import { adoptionStatusLabel, counties } from "@naravard/domain";
import { ChoroplethMap, MapLegend, formatDate } from "@naravard/ui";
import { ADOPTION_STATUSES, adoptionCategories, adoptionRegions, statusCounts, statusSentence } from "../lib/adoption-view.ts";
import type { AdoptionOverview } from "../lib/api-types.ts";
import { useLang, useT } from "../lib/i18n.ts";

/** "2 av 3 har antagit målbilden", or "2 of 3 have adopted the target picture" in English. */
export function useProgressSentence() {
  const en = useLang() === "en";
  return (progress: AdoptionOverview["progress"]) =>
    en
      ? `${progress.adopted} of ${progress.total} ${progress.adopted === 1 ? "has" : "have"} adopted the target picture`
      : progress.sentence;
}

/**
 * The county map that turns green as members adopt: server-rendered SVG, a pattern per status, a
 * legend with counts, and the parties that are not a municipality (the region, a federation) in words.
 */
export function AdoptionMap({ overview }: { overview: AdoptionOverview }) {
  const t = useT();
  const en = useLang() === "en";
  const sentence = useProgressSentence();
  const countyName = counties[overview.countyCode]?.county ?? t("länet");
  const municipalities = overview.members.filter((m) => m.kind === "municipality");
  const parties = overview.members.filter((m) => m.kind !== "municipality");
  const counts = statusCounts(municipalities);
  // The day as the Swedish pages write it ("16 juni 2022"), in both languages.
  const when = overview.day ? `${t("den")} ${formatDate(overview.day)}` : t("i dag");
  const description = [
    en ? `The municipalities in the programme ${when}.` : `Kommunerna i programmet ${when}.`,
    ...ADOPTION_STATUSES.filter((s) => counts[s] > 0).map((s) => `${t(adoptionStatusLabel[s])}: ${counts[s]}.`),
    t("Övriga kommuner i länet är grå och ingår inte i programmet."),
  ].join(" ");
  const hasOutside = overview.map.areas.some((a) => !a.member);
  // Replaying a day, "none" also covers members whose only decision has no date: say so.
  const categories = (
    overview.day
      ? adoptionCategories.map((c) => (c.key === "none" ? { ...c, label: "Inget beslut med registrerat datum" } : c))
      : adoptionCategories
  ).map((c) => ({ ...c, label: t(c.label) }));

  return (
    <figure className="map-figure">
      <div className="map-figure__map">
        <ChoroplethMap
          id="beslutskarta"
          title={`${en ? "Map of" : "Karta över"} ${countyName}: ${sentence(overview.progress)} ${when}`}
          description={description}
          width={overview.map.width}
          height={overview.map.height}
          regions={adoptionRegions(overview.map.areas, overview.members, t)}
          categories={categories}
        />
      </div>
      <figcaption className="map-figure__caption">
        <p className="map-figure__title">
          {t("Kommunerna")} {when}
        </p>
        <MapLegend
          id="beslutskarta"
          categories={categories}
          counts={counts}
          outsideLabel={hasOutside ? t("Ingår inte i programmet") : undefined}
        />
        {parties.length ? (
          <ul className="plain-list">
            {parties.map((p) => (
              <li key={p.id}>
                {statusSentence(p, t)}.{" "}
                <span className="hint">
                  (
                  {p.kind === "region"
                    ? t("Regionen omfattar hela länet och är inget eget område på kartan.")
                    : t("Förbundet omfattar medlemskommunerna och är inget eget område på kartan.")}
                  )
                </span>
              </li>
            ))}
          </ul>
        ) : null}
        <p className="hint">{t("Varje kommuns status står också i tabellen nedan. Kommungränser: SCB.")}</p>
      </figcaption>
    </figure>
  );
}
