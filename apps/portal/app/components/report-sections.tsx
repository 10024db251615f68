import { Fragment } from "react";
import { Badge, LineChart, ProgressBar } from "@naravard/ui";
import type { Report } from "../lib/report.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";
import { capitalise } from "../lib/words.ts";
import { StatusBadge } from "./adoption-decisions.tsx";

export function ReportAdoptionTable({ rows }: { rows: Report["adoption"]["rows"] }) {
  const t = useT();
  const sv = useSv();
  return (
    <div className="table-wrap">
      <table className="compact">
        <caption>{t("Parternas beslut")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("Part")}</th>
            <th scope="col">{t("Status")}</th>
            <th scope="col">{t("Datum")}</th>
            <th scope="col">{t("Beslutande organ")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row" lang={sv}>
                {r.name}
              </th>
              <td>
                <StatusBadge status={r.statusKey} />
              </td>
              <td lang={/\d/.test(r.date) ? sv : undefined}>{r.date}</td>
              <td>{r.body ? <span lang={sv}>{r.body}</span> : <span className="hint">{t("Ej angivet")}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReportRoadmap({ roadmap, term }: { roadmap: NonNullable<Report["roadmap"]>; term: string }) {
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  return (
    <>
      <p>{roadmap.sentence}</p>
      <ProgressBar
        value={roadmap.overall}
        label={en ? `The whole ${term === "färdplan" ? "roadmap" : term}` : `Hela ${term}en`}
      />
      {roadmap.areas.map((a) => (
        <div key={a.title} className="print-block">
          <h3 lang={sv}>{a.title}</h3>
          <ProgressBar value={a.progress} label={t("Framsteg")} />
          <p className="hint">{capitalise(a.line)}.</p>
        </div>
      ))}
      {roadmap.milestones.length ? (
        <>
          <h3>{t("Milstolpar")}</h3>
          {/* Each line is a Swedish date and the programme's own milestone. */}
          <ul lang={sv}>
            {roadmap.milestones.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function ReportIndicators({ indicators }: { indicators: Report["indicators"] }) {
  const t = useT();
  const sv = useSv();
  return (
    <>
      {indicators.map((ind, i) => (
        <div key={ind.title} className="print-block">
          <h3>
            <span lang={sv}>{ind.title}</span> {ind.isDemo ? <Badge tone="warn">{t("Exempeldata")}</Badge> : null}
          </h3>
          <p>{[ind.baseline, ind.target].filter(Boolean).join(". ")}.</p>
          {ind.latest.length ? (
            <ul>
              {ind.latest.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : (
            <p>{t("Inga värden är rapporterade ännu.")}</p>
          )}
          {ind.table.series.length ? (
            // The chart's own words (its legend, the members' names) are Swedish.
            <div lang={sv}>
              <LineChart
                id={`rapport-diagram-${i}`}
                title={`${ind.title} (${ind.unit})`}
                description={ind.description}
                periods={ind.table.periods}
                series={ind.table.series}
                valueLabel={capitalise(ind.unit)}
                periodLabel="År"
                target={ind.targetPoint}
                baseline={ind.baselinePoint}
              />
            </div>
          ) : null}
        </div>
      ))}
    </>
  );
}

export function ReportStrategies({ strategies }: { strategies: NonNullable<Report["strategies"]> }) {
  const sv = useSv();
  return (
    <dl className="report-list">
      {strategies.map((s) => (
        <Fragment key={s.title}>
          <dt>
            <span lang={sv}>{s.title}</span> <span className="hint">({s.mode.toLowerCase()})</span>
          </dt>
          <dd>{s.line}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
