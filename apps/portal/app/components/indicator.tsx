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
import { capitalise } from "../lib/words.ts";
import { DemoBadge } from "./roadmap.tsx";

const valueOrNone = (value: number | null, period: string | null, unit: string) =>
  value === null ? "Ej angivet" : `${withUnit(value, unit)}${period ? ` (${period})` : ""}`;

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
  return (
    <section className="indicator" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {ind.title} {ind.isDemo ? <DemoBadge /> : null}
      </h2>
      {ind.description ? <p>{ind.description}</p> : null}
      <dl className="facts">
        <dt>Nyckeltal</dt>
        <dd>{ind.code}</dd>
        <dt>Enhet</dt>
        <dd>{ind.unit}</dd>
        <dt>Riktning</dt>
        <dd>{directionLabel[ind.direction]}</dd>
        <dt>Utgångsvärde</dt>
        <dd>{valueOrNone(ind.baselineValue, ind.baselinePeriod, ind.unit)}</dd>
        <dt>Mål</dt>
        <dd>{valueOrNone(ind.targetValue, ind.targetPeriod, ind.unit)}</dd>
        <dt>Senaste värde</dt>
        <dd>
          {latest.length
            ? latest.map((l) => (
                <span key={l.memberName} className="block">
                  {l.memberName}: {withUnit(l.value, ind.unit)} ({l.period}). {towardsTarget(ind, l.value)}
                </span>
              ))
            : "Inga värden rapporterade ännu"}
        </dd>
      </dl>
      {follows.length ? (
        <p className="moved-by">
          Följer upp <Link to={`/${slug}/malbild`}>målbilden</Link>: {follows.join("; ")}
        </p>
      ) : null}
      {table.series.length ? (
        <>
          <figure className="chart-figure">
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
            <figcaption className="hint">Diagrammets värden står också i tabellen nedan.</figcaption>
          </figure>
          <div className="table-wrap">
            <table className="numbers">
              <caption>
                {ind.title}: värden per år ({ind.unit})
              </caption>
              <thead>
                <tr>
                  <th scope="col">År</th>
                  {table.members.map((m) => (
                    <th scope="col" key={m}>
                      {m}
                    </th>
                  ))}
                  <th scope="col">Utgångsvärde och mål</th>
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
                            <span className="visually-hidden">inget värde</span>
                          </>
                        ) : (
                          formatNumber(v)
                        )}
                      </td>
                    ))}
                    <td>
                      {[
                        r.period === ind.baselinePeriod && ind.baselineValue !== null
                          ? `Utgångsvärde ${formatNumber(ind.baselineValue)}`
                          : null,
                        r.period === ind.targetPeriod && ind.targetValue !== null ? `Mål ${formatNumber(ind.targetValue)}` : null,
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
        <p>Inga värden är rapporterade ännu.</p>
      )}
    </section>
  );
}
