import { Link } from "@remix-run/react";
import { LineChart, formatNumber } from "@naravard/ui";
import type { Indicator } from "../lib/api-types.ts";
import {
  directionLabel,
  indicatorDescription,
  indicatorTable,
  latestValues,
  towardsTarget,
  withUnit,
} from "../lib/indicator-view.ts";
import { linkedTexts } from "../lib/malbild-elements.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";
import { capitalise } from "../lib/words.ts";
import { DemoBadge } from "./roadmap.tsx";

/** One indicator: its facts, a line chart, and the chart's numbers as a table. */
export function IndicatorSection({
  indicator: ind,
  index,
  texts,
  slug,
}: {
  indicator: Indicator;
  index: number;
  texts: ReadonlyMap<string, string>;
  slug: string;
}) {
  const table = indicatorTable(ind);
  const latest = latestValues(ind);
  const follows = linkedTexts(ind.links, texts);
  const headingId = `indikator-${index}`;
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  // A value with its unit (the programme's own Swedish word, e.g. "procent"), as content.
  const valueOrNone = (value: number | null, period: string | null) =>
    value === null ? t("Ej angivet") : <span lang={sv}>{`${withUnit(value, ind.unit)}${period ? ` (${period})` : ""}`}</span>;
  const towards = (value: number) => {
    const sentence = towardsTarget(ind, value);
    if (!en || sentence === null) return sentence;
    if (ind.targetValue === null) return null;
    const left = Math.abs(ind.direction === "increase" ? ind.targetValue - value : value - ind.targetValue);
    return sentence === "Målet är nått." ? (
      "The target is reached."
    ) : (
      <>
        <span lang="sv">{withUnit(left, ind.unit)}</span> left to the target.
      </>
    );
  };
  return (
    <section className="indicator" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span lang={sv}>{ind.title}</span> {ind.isDemo ? <DemoBadge /> : null}
      </h2>
      {ind.description ? <p lang={sv}>{ind.description}</p> : null}
      <dl className="facts">
        <dt>{t("Nyckeltal")}</dt>
        <dd lang={sv}>{ind.code}</dd>
        <dt>{t("Enhet")}</dt>
        <dd lang={sv}>{ind.unit}</dd>
        <dt>{t("Riktning")}</dt>
        <dd>{t(directionLabel[ind.direction])}</dd>
        <dt>{t("Utgångsvärde")}</dt>
        <dd>{valueOrNone(ind.baselineValue, ind.baselinePeriod)}</dd>
        <dt>{t("Mål")}</dt>
        <dd>{valueOrNone(ind.targetValue, ind.targetPeriod)}</dd>
        <dt>{t("Senaste värde")}</dt>
        <dd>
          {latest.length
            ? latest.map((l) => (
                <span key={l.memberName} className="block">
                  <span lang={sv}>
                    {l.memberName}: {withUnit(l.value, ind.unit)}
                  </span>{" "}
                  ({l.period}). {towards(l.value)}
                </span>
              ))
            : t("Inga värden rapporterade ännu")}
        </dd>
      </dl>
      {follows.length ? (
        <p className="moved-by">
          {en ? (
            <>
              Follows up the <Link to={`/${slug}/malbild`}>target picture</Link>:
            </>
          ) : (
            <>
              Följer upp <Link to={`/${slug}/malbild`}>målbilden</Link>:
            </>
          )}{" "}
          <span lang={sv}>{follows.join("; ")}</span>
        </p>
      ) : null}
      {table.series.length ? (
        <>
          {/* The chart's own words (its legend, the members' names) are Swedish. */}
          <figure className="chart-figure" lang={sv}>
            <LineChart
              id={`diagram-${index}`}
              title={`${ind.title} (${ind.unit})`}
              description={indicatorDescription(ind)}
              periods={table.periods}
              series={table.series}
              valueLabel={capitalise(ind.unit)}
              periodLabel="År"
              target={ind.targetValue === null ? null : { value: ind.targetValue, period: ind.targetPeriod }}
              baseline={ind.baselineValue === null ? null : { value: ind.baselineValue, period: ind.baselinePeriod }}
            />
            <figcaption className="hint" lang={en ? "en" : undefined}>
              {t("Diagrammets värden står också i tabellen nedan.")}
            </figcaption>
          </figure>
          <div className="table-wrap">
            <table className="numbers">
              <caption>
                <span lang={sv}>{ind.title}</span>: {t("värden per år")} (<span lang={sv}>{ind.unit}</span>)
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("År")}</th>
                  {table.members.map((m) => (
                    <th scope="col" key={m} lang={sv}>
                      {m}
                    </th>
                  ))}
                  <th scope="col">{t("Utgångsvärde och mål")}</th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr key={r.period}>
                    <th scope="row">{r.period}</th>
                    {r.values.map((v, i) => (
                      <td key={table.members[i]}>
                        {v === null ? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">{t("inget värde")}</span>
                          </>
                        ) : (
                          formatNumber(v)
                        )}
                      </td>
                    ))}
                    <td>
                      {[
                        r.period === ind.baselinePeriod && ind.baselineValue !== null
                          ? `${t("Utgångsvärde")} ${formatNumber(ind.baselineValue)}`
                          : null,
                        r.period === ind.targetPeriod && ind.targetValue !== null
                          ? `${t("Mål")} ${formatNumber(ind.targetValue)}`
                          : null,
                      ]
                        .filter(Boolean)
                        .join(", ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>{t("Inga värden är rapporterade ännu.")}</p>
      )}
    </section>
  );
}
