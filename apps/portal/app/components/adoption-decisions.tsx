import { Form, Link } from "@remix-run/react";
import { type EffectiveAdoptionStatus, adoptionStatusLabel, memberKindLabel } from "@naravard/domain";
import { Badge, formatDate } from "@naravard/ui";
import { chronological, decisionBehind, timelineSteps } from "../lib/adoption-view.ts";
import type { AdoptionOverview } from "../lib/api-types.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";
import { useProgressSentence } from "./adoption-map.tsx";

const tone: Record<EffectiveAdoptionStatus, "good" | "info" | "neutral" | "warn"> = {
  adopted: "good",
  in_preparation: "info",
  not_started: "neutral",
  declined: "warn",
  none: "neutral",
};

export function StatusBadge({ status }: { status: EffectiveAdoptionStatus }) {
  const t = useT();
  return <Badge tone={tone[status]}>{t(adoptionStatusLabel[status])}</Badge>;
}

/** Replays the map: a link per decision day, today, and a form for any day. Works without JavaScript. */
export function AdoptionTimeline({ overview, path, today }: { overview: AdoptionOverview; path: string; today: string }) {
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  const steps = timelineSteps(overview.timeline, overview.day, path, t);
  return (
    <section aria-labelledby="tidslinje">
      <h2 id="tidslinje">{t("Tidslinje")}</h2>
      <p>{t("Se hur kartan har förändrats. Välj en dag då ett beslut fattades, eller valfritt datum.")}</p>
      <nav aria-label={t("Dagar med beslut")}>
        <ol className="timeline">
          {steps.map((s) => (
            <li key={s.href} className={s.current ? "timeline__step timeline__step--current" : "timeline__step"}>
              <Link to={s.href} aria-current={s.current ? "date" : undefined} preventScrollReset lang={s.day ? sv : undefined}>
                {s.label}
              </Link>
              {s.current ? <span className="visually-hidden"> ({t("visas nu")})</span> : null}
            </li>
          ))}
        </ol>
      </nav>
      <Form method="get" className="inline-form">
        <label htmlFor="datum">{t("Visa läget ett visst datum")}</label>
        <input id="datum" name="datum" type="date" max={today} defaultValue={overview.day ?? ""} aria-describedby="datum-hjalp" />
        <button type="submit" className="button button--secondary">
          {t("Visa")}
        </button>
        <p id="datum-hjalp" className="hint">
          {t("Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2022-06-15.")}
        </p>
      </Form>
      {overview.undatedCount > 0 ? (
        en ? (
          <p>
            <strong>
              {overview.undatedCount} {overview.undatedCount === 1 ? "decision has" : "decisions have"} no recorded date
            </strong>{" "}
            and therefore cannot be placed on the timeline. They count in today&apos;s situation but not when the map shows an
            earlier date.
          </p>
        ) : (
          <p>
            <strong>{overview.undatedCount} beslut saknar registrerat datum</strong> och kan därför inte placeras på tidslinjen.
            De räknas med i dagens läge men inte när kartan visar ett tidigare datum.
          </p>
        )
      ) : null}
    </section>
  );
}

/** Every member with its status, date and deciding body: the map's facts as a table. */
export function AdoptionTable({ overview }: { overview: AdoptionOverview }) {
  const t = useT();
  const sv = useSv();
  const sentence = useProgressSentence();
  return (
    <section aria-labelledby="parter">
      <h2 id="parter">{t("Parternas status")}</h2>
      <div className="table-wrap">
        <table>
          <caption>
            {sentence(overview.progress)}
            {overview.day ? (
              <>
                {" "}
                {t("den")} <span lang={sv}>{formatDate(overview.day)}</span>
              </>
            ) : (
              ""
            )}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("Part")}</th>
              <th scope="col">{t("Status")}</th>
              <th scope="col">{t("Beslutsdatum")}</th>
              <th scope="col">{t("Beslutande organ")}</th>
            </tr>
          </thead>
          <tbody>
            {overview.members.map((m) => {
              const decision = decisionBehind(m, overview.decisions);
              return (
                <tr key={m.id} data-code={m.officialCode}>
                  <th scope="row">
                    <span lang={sv}>{m.name}</span>
                    {m.kind !== "municipality" ? (
                      <span className="hint"> ({t(memberKindLabel[m.kind]).toLowerCase()})</span>
                    ) : null}
                  </th>
                  <td>
                    {m.status === "none" && m.undated ? (
                      <Badge tone="neutral">{t("Beslut utan registrerat datum")}</Badge>
                    ) : (
                      <StatusBadge status={m.status} />
                    )}
                  </td>
                  <td>
                    {m.decidedOn ? (
                      <span lang={sv}>{formatDate(m.decidedOn)}</span>
                    ) : m.status === "none" && !m.undated ? (
                      "–"
                    ) : (
                      t("Datum ej registrerat")
                    )}
                  </td>
                  <td>
                    {decision?.decidingBody ? (
                      <span lang={sv}>{decision.decidingBody}</span>
                    ) : (
                      <span className="hint">{t("Ej angivet")}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The decisions themselves, in the order they were taken; undated ones last, saying so. */
export function DecisionList({ overview }: { overview: AdoptionOverview }) {
  const decisions = chronological(overview.decisions);
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  return (
    <section aria-labelledby="beslut">
      <h2 id="beslut">{t("Registrerade beslut")}</h2>
      {decisions.length ? (
        <ol className="decision-list">
          {decisions.map((d) => (
            <li key={d.id}>
              <p className="decision-list__head">
                <strong>{d.decidedOn ? <span lang={sv}>{formatDate(d.decidedOn)}</span> : t("Datum ej registrerat")}</strong> –{" "}
                <span lang={sv}>{d.memberName}</span>: {t(adoptionStatusLabel[d.status]).toLowerCase()}
                {d.versionNumber ? ` (${t("version")} ${d.versionNumber})` : ""}
              </p>
              {d.decidingBody || d.reference ? (
                <p>
                  {d.decidingBody ? (
                    <>
                      {t("Beslutande organ")}: <span lang={sv}>{d.decidingBody}</span>
                      {d.reference ? ". " : ""}
                    </>
                  ) : null}
                  {d.reference ? (
                    <>
                      {t("Diarienummer")}: {d.reference}
                    </>
                  ) : null}
                  .
                </p>
              ) : null}
              {d.note ? <p lang={sv}>{d.note}</p> : null}
              {d.link ? (
                <p>
                  <a href={d.link} rel="noopener noreferrer">
                    {t("Läs beslutet")}
                    <span className="visually-hidden">
                      {" "}
                      {t("från")} <span lang={sv}>{d.memberName}</span>
                    </span>{" "}
                    ({t("extern webbplats")})
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>
          {overview.day ? (
            en ? (
              <>
                No dated decisions had been taken on <span lang="sv">{formatDate(overview.day)}</span>.
              </>
            ) : (
              `Inga daterade beslut var fattade den ${formatDate(overview.day)}.`
            )
          ) : (
            t("Inga beslut är registrerade ännu.")
          )}
        </p>
      )}
    </section>
  );
}
