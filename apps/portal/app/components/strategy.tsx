import { Fragment } from "react";
import { audienceLabel, strategyActivityKindLabel, strategyModeLabel } from "@naravard/domain";
import { formatDate } from "@naravard/ui";
import type { Strategy } from "../lib/api-types.ts";
import { useSv, useT } from "../lib/i18n.ts";
import { ActivityStatusBadge } from "./roadmap.tsx";

/** "2021–2022", "från 2021" ("from 2021" in English), or null when the strategy has no period. */
export function strategyPeriod(
  s: Pick<Strategy, "periodStart" | "periodEnd">,
  t: (sv: string) => string = (sv) => sv,
): string | null {
  if (s.periodStart && s.periodEnd)
    return s.periodStart === s.periodEnd ? String(s.periodStart) : `${s.periodStart}–${s.periodEnd}`;
  if (s.periodStart) return `${t("från")} ${s.periodStart}`;
  if (s.periodEnd) return `${t("till")} ${s.periodEnd}`;
  return null;
}

/** Mode, focus, funding, period and governance: the facts a politician asks for first. */
export function StrategyFacts({ strategy: s }: { strategy: Strategy }) {
  const t = useT();
  const sv = useSv();
  // [label, value, whether the value is the programme's own Swedish text]
  const facts: [string, string | null, boolean][] = [
    [t("Uppdrag"), t(strategyModeLabel[s.mode]), false],
    [t("Fokusområde"), s.focusArea || null, true],
    [t("Finansiering"), s.fundingSource || null, true],
    [t("Område i överenskommelsen"), s.fundingArea || null, true],
    [t("Period"), strategyPeriod(s, t), false],
    [t("Uppdragsgivare"), s.commissionedBy || null, true],
    [t("Styrgrupp"), s.steeringGroup || null, true],
  ];
  return (
    <dl className="facts">
      {facts
        .filter((f): f is [string, string, boolean] => f[1] !== null)
        .map(([label, value, content]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd lang={content ? sv : undefined}>{value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}

export function StrategyActivities({ strategy }: { strategy: Strategy }) {
  const t = useT();
  const sv = useSv();
  return (
    <section aria-labelledby="aktiviteter">
      <h2 id="aktiviteter">{t("Aktiviteter")}</h2>
      {strategy.activities.length ? (
        <div className="table-wrap">
          <table>
            <caption>{t("Insatser inom strategin")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("Aktivitet")}</th>
                <th scope="col">{t("Typ")}</th>
                <th scope="col">{t("Målgrupper")}</th>
                <th scope="col">{t("Status")}</th>
                <th scope="col">{t("Datum")}</th>
              </tr>
            </thead>
            <tbody>
              {strategy.activities.map((a) => (
                <tr key={a.id}>
                  <th scope="row" lang={sv}>
                    {a.title}
                  </th>
                  <td>{t(strategyActivityKindLabel[a.kind])}</td>
                  <td>{a.audiences.length ? a.audiences.map((x) => t(audienceLabel[x])).join(", ") : t("Ej angivna")}</td>
                  <td>
                    <ActivityStatusBadge status={a.status} />
                  </td>
                  <td>{a.heldOn ? <span lang={sv}>{formatDate(a.heldOn)}</span> : t("datum ej angivet")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t("Inga aktiviteter är inlagda ännu.")}</p>
      )}
    </section>
  );
}

/** Check-ins with the steering group and others, with the decisions logged at each. */
export function StrategyMeetings({ strategy }: { strategy: Strategy }) {
  const t = useT();
  const sv = useSv();
  return (
    <section aria-labelledby="moten">
      <h2 id="moten">{t("Styrning och avstämningar")}</h2>
      {strategy.meetings.length ? (
        <ul className="meetings">
          {strategy.meetings.map((m) => (
            <li key={m.id} className="card">
              <h3 lang={sv}>
                {m.body}
                {m.title ? ` – ${m.title}` : ""}
              </h3>
              <p>{m.heldOn ? <span lang={sv}>{formatDate(m.heldOn)}</span> : `${t("Mötesdatum:")} ${t("datum ej angivet")}`}</p>
              {m.decisions.length ? (
                <>
                  <p className="meetings__label">{t("Beslut")}</p>
                  <ul lang={sv}>
                    {m.decisions.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="hint">{t("Inga beslut loggade.")}</p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("Inga möten är inlagda ännu.")}</p>
      )}
    </section>
  );
}
