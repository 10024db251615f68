import { Fragment } from "react";
import { audienceLabel, strategyActivityKindLabel, strategyModeLabel } from "@naravard/domain";
import { formatDate } from "@naravard/ui";
import type { Strategy } from "../lib/api-types.ts";
import { ActivityStatusBadge } from "./roadmap.tsx";

/** "2021–2022", "från 2021", or null when the strategy has no period. */
export function strategyPeriod(s: Pick<Strategy, "periodStart" | "periodEnd">): string | null {
  if (s.periodStart && s.periodEnd)
    return s.periodStart === s.periodEnd ? String(s.periodStart) : `${s.periodStart}–${s.periodEnd}`;
  if (s.periodStart) return `från ${s.periodStart}`;
  if (s.periodEnd) return `till ${s.periodEnd}`;
  return null;
}

const undated = "datum ej angivet";

/** Mode, focus, funding, period and governance: the facts a politician asks for first. */
export function StrategyFacts({ strategy: s }: { strategy: Strategy }) {
  const facts: [string, string | null][] = [
    ["Uppdrag", strategyModeLabel[s.mode]],
    ["Fokusområde", s.focusArea || null],
    ["Finansiering", s.fundingSource || null],
    ["Område i överenskommelsen", s.fundingArea || null],
    ["Period", strategyPeriod(s)],
    ["Uppdragsgivare", s.commissionedBy || null],
    ["Styrgrupp", s.steeringGroup || null],
  ];
  return (
    <dl className="facts">
      {facts
        .filter((f): f is [string, string] => f[1] !== null)
        .map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}

export function StrategyActivities({ strategy }: { strategy: Strategy }) {
  return (
    <section aria-labelledby="aktiviteter">
      <h2 id="aktiviteter">Aktiviteter</h2>
      {strategy.activities.length ? (
        <div className="table-wrap">
          <table>
            <caption>Insatser inom strategin</caption>
            <thead>
              <tr>
                <th scope="col">Aktivitet</th>
                <th scope="col">Typ</th>
                <th scope="col">Målgrupper</th>
                <th scope="col">Status</th>
                <th scope="col">Datum</th>
              </tr>
            </thead>
            <tbody>
              {strategy.activities.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.title}</th>
                  <td>{strategyActivityKindLabel[a.kind]}</td>
                  <td>{a.audiences.length ? a.audiences.map((x) => audienceLabel[x]).join(", ") : "Ej angivna"}</td>
                  <td>
                    <ActivityStatusBadge status={a.status} />
                  </td>
                  <td>{a.heldOn ? formatDate(a.heldOn) : undated}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>Inga aktiviteter är inlagda ännu.</p>
      )}
    </section>
  );
}

/** Check-ins with the steering group and others, with the decisions logged at each. */
export function StrategyMeetings({ strategy }: { strategy: Strategy }) {
  return (
    <section aria-labelledby="moten">
      <h2 id="moten">Styrning och avstämningar</h2>
      {strategy.meetings.length ? (
        <ul className="meetings">
          {strategy.meetings.map((m) => (
            <li key={m.id} className="card">
              <h3>
                {m.body}
                {m.title ? ` – ${m.title}` : ""}
              </h3>
              <p>{m.heldOn ? formatDate(m.heldOn) : `Mötesdatum: ${undated}`}</p>
              {m.decisions.length ? (
                <>
                  <p className="meetings__label">Beslut</p>
                  <ul>
                    {m.decisions.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="hint">Inga beslut loggade.</p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>Inga möten är inlagda ännu.</p>
      )}
    </section>
  );
}
