import { activityStatusLabel } from "@naravard/domain";
import type { Milestone, RoadmapActivity } from "../lib/api-types.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";
import { activeIn, halfYearLabel, hasPeriod, milestonesByHalfYear, timelineColumns } from "../lib/periods.ts";

/**
 * The roadmap over time as a table: activities down, half-years across, a filled cell where the
 * activity runs (with the words "pågår under perioden" for screen readers), milestones in a last row.
 */
export function RoadmapTimeline({
  activities,
  milestones,
}: {
  activities: readonly RoadmapActivity[];
  milestones: readonly Milestone[];
}) {
  const timed = activities.filter(hasPeriod);
  const untimed = activities.filter((a) => !hasPeriod(a));
  const columns = timelineColumns(
    timed,
    milestones.map((m) => m.dueOn),
  );
  const due = milestonesByHalfYear(milestones);
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  // "jan–jun 2023" in Swedish, "Jan–Jun 2023" in English.
  const label = (c: string) => (en ? `${c.endsWith("H1") ? "Jan–Jun" : "Jul–Dec"} ${c.slice(0, 4)}` : halfYearLabel(c));
  return (
    <section aria-labelledby="tidsplan">
      <h2 id="tidsplan">{t("Tidsplan per halvår")}</h2>
      {columns.length ? (
        <div className="table-wrap">
          <table className="gantt">
            <caption>{t("Aktiviteter och milstolpar per halvår")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("Aktivitet")}</th>
                {columns.map((c) => (
                  <th scope="col" key={c}>
                    {label(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {timed.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    <a href={`#aktivitet-${a.id}`} lang={sv}>
                      {a.title}
                    </a>{" "}
                    <span className="hint">({t(activityStatusLabel[a.status]).toLowerCase()})</span>
                  </th>
                  {columns.map((c) =>
                    activeIn(a, c) ? (
                      <td key={c} className="gantt__on">
                        <span className="gantt__bar" aria-hidden="true" />
                        <span className="visually-hidden">{t("pågår under perioden")}</span>
                      </td>
                    ) : (
                      <td key={c} />
                    ),
                  )}
                </tr>
              ))}
              {milestones.length ? (
                <tr>
                  <th scope="row">{t("Milstolpar")}</th>
                  {columns.map((c) => (
                    <td key={c}>
                      {due.get(c)?.map((m) => (
                        <span key={m.id} className="gantt__milestone" lang={sv}>
                          ◆ {m.title}
                        </span>
                      ))}
                    </td>
                  ))}
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("Ingen aktivitet har en angiven period ännu, så det finns ingen tidsplan att visa.")}</p>
      )}
      {columns.length && untimed.length ? (
        <p>
          {t("Utan angiven period, och därför inte i tabellen:")} <span lang={sv}>{untimed.map((a) => a.title).join(", ")}</span>.
        </p>
      ) : null}
    </section>
  );
}
