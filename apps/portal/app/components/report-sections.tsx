import { Fragment } from "react";
import { Badge, LineChart, ProgressBar } from "@naravard/ui";
import type { Report } from "../lib/report.ts";
import { capitalise } from "../lib/words.ts";
import { StatusBadge } from "./adoption-decisions.tsx";

export function ReportAdoptionTable({ rows }: { rows: Report["adoption"]["rows"] }) {
  return (
    <div className="table-wrap">
      <table className="compact">
        <caption>Parternas beslut</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Status</th>
            <th scope="col">Datum</th>
            <th scope="col">Beslutande organ</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name}>
              <th scope="row">{r.name}</th>
              <td>
                <StatusBadge status={r.statusKey} />
              </td>
              <td>{r.date}</td>
              <td>{r.body || <span className="hint">Ej angivet</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReportRoadmap({ roadmap, term }: { roadmap: NonNullable<Report["roadmap"]>; term: string }) {
  return (
    <>
      <p>{roadmap.sentence}</p>
      <ProgressBar value={roadmap.overall} label={`Hela ${term}en`} />
      {roadmap.areas.map((a) => (
        <div key={a.title} className="print-block">
          <h3>{a.title}</h3>
          <ProgressBar value={a.progress} label="Framsteg" />
          <p className="hint">{capitalise(a.line)}.</p>
        </div>
      ))}
      {roadmap.milestones.length ? (
        <>
          <h3>Milstolpar</h3>
          <ul>
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
  return (
    <>
      {indicators.map((ind, i) => (
        <div key={ind.title} className="print-block">
          <h3>
            {ind.title} {ind.isDemo ? <Badge tone="warn">Exempeldata</Badge> : null}
          </h3>
          <p>{[ind.baseline, ind.target].filter(Boolean).join(". ")}.</p>
          {ind.latest.length ? (
            <ul>
              {ind.latest.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : (
            <p>Inga värden är rapporterade ännu.</p>
          )}
          {ind.table.series.length ? (
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
          ) : null}
        </div>
      ))}
    </>
  );
}

export function ReportStrategies({ strategies }: { strategies: NonNullable<Report["strategies"]> }) {
  return (
    <dl className="report-list">
      {strategies.map((s) => (
        <Fragment key={s.title}>
          <dt>
            {s.title} <span className="hint">({s.mode.toLowerCase()})</span>
          </dt>
          <dd>{s.line}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
