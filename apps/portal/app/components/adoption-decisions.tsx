import { Form, Link } from "@remix-run/react";
import { type EffectiveAdoptionStatus, adoptionStatusLabel, memberKindLabel } from "@naravard/domain";
import { Badge, formatDate } from "@naravard/ui";
import { chronological, decisionBehind, timelineSteps } from "../lib/adoption-view.ts";
import type { AdoptionOverview } from "../lib/api-types.ts";

const tone: Record<EffectiveAdoptionStatus, "good" | "info" | "neutral" | "warn"> = {
  adopted: "good",
  in_preparation: "info",
  not_started: "neutral",
  declined: "warn",
  none: "neutral",
};

export const StatusBadge = ({ status }: { status: EffectiveAdoptionStatus }) => (
  <Badge tone={tone[status]}>{adoptionStatusLabel[status]}</Badge>
);

/** Replays the map: a link per decision day, today, and a form for any day. Works without JavaScript. */
export function AdoptionTimeline({ overview, path, today }: { overview: AdoptionOverview; path: string; today: string }) {
  const steps = timelineSteps(overview.timeline, overview.day, path);
  return (
    <section aria-labelledby="tidslinje">
      <h2 id="tidslinje">Tidslinje</h2>
      <p>Se hur kartan har förändrats. Välj en dag då ett beslut fattades, eller valfritt datum.</p>
      <nav aria-label="Dagar med beslut">
        <ol className="timeline">
          {steps.map((s) => (
            <li key={s.href} className={s.current ? "timeline__step timeline__step--current" : "timeline__step"}>
              <Link to={s.href} aria-current={s.current ? "date" : undefined} preventScrollReset>
                {s.label}
              </Link>
              {s.current ? <span className="visually-hidden"> (visas nu)</span> : null}
            </li>
          ))}
        </ol>
      </nav>
      <Form method="get" className="inline-form">
        <label htmlFor="datum">Visa läget ett visst datum</label>
        <input id="datum" name="datum" type="date" max={today} defaultValue={overview.day ?? ""} aria-describedby="datum-hjalp" />
        <button type="submit" className="button button--secondary">
          Visa
        </button>
        <p id="datum-hjalp" className="hint">
          Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2022-06-15.
        </p>
      </Form>
      {overview.undatedCount > 0 ? (
        <p>
          <strong>{overview.undatedCount} beslut saknar registrerat datum</strong> och kan därför inte placeras på tidslinjen. De
          räknas med i dagens läge men inte när kartan visar ett tidigare datum.
        </p>
      ) : null}
    </section>
  );
}

/** Every member with its status, date and deciding body: the map's facts as a table. */
export function AdoptionTable({ overview }: { overview: AdoptionOverview }) {
  return (
    <section aria-labelledby="parter">
      <h2 id="parter">Parternas status</h2>
      <div className="table-wrap">
        <table>
          <caption>
            {overview.progress.sentence}
            {overview.day ? ` den ${formatDate(overview.day)}` : ""}
          </caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Status</th>
              <th scope="col">Beslutsdatum</th>
              <th scope="col">Beslutande organ</th>
            </tr>
          </thead>
          <tbody>
            {overview.members.map((m) => {
              const decision = decisionBehind(m, overview.decisions);
              return (
                <tr key={m.id} data-code={m.officialCode}>
                  <th scope="row">
                    {m.name}
                    {m.kind !== "municipality" ? <span className="hint"> ({memberKindLabel[m.kind].toLowerCase()})</span> : null}
                  </th>
                  <td>
                    {m.status === "none" && m.undated ? (
                      <Badge tone="neutral">Beslut utan registrerat datum</Badge>
                    ) : (
                      <StatusBadge status={m.status} />
                    )}
                  </td>
                  <td>
                    {m.decidedOn ? formatDate(m.decidedOn) : m.status === "none" && !m.undated ? "–" : "Datum ej registrerat"}
                  </td>
                  <td>{decision?.decidingBody ?? <span className="hint">Ej angivet</span>}</td>
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
  return (
    <section aria-labelledby="beslut">
      <h2 id="beslut">Registrerade beslut</h2>
      {decisions.length ? (
        <ol className="decision-list">
          {decisions.map((d) => (
            <li key={d.id}>
              <p className="decision-list__head">
                <strong>{d.decidedOn ? formatDate(d.decidedOn) : "Datum ej registrerat"}</strong> – {d.memberName}:{" "}
                {adoptionStatusLabel[d.status].toLowerCase()}
                {d.versionNumber ? ` (version ${d.versionNumber})` : ""}
              </p>
              {d.decidingBody || d.reference ? (
                <p>
                  {[
                    d.decidingBody ? `Beslutande organ: ${d.decidingBody}` : null,
                    d.reference ? `Diarienummer: ${d.reference}` : null,
                  ]
                    .filter(Boolean)
                    .join(". ")}
                  .
                </p>
              ) : null}
              {d.note ? <p>{d.note}</p> : null}
              {d.link ? (
                <p>
                  <a href={d.link} rel="noopener noreferrer">
                    Läs beslutet<span className="visually-hidden"> från {d.memberName}</span> (extern webbplats)
                  </a>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p>
          {overview.day
            ? `Inga daterade beslut var fattade den ${formatDate(overview.day)}.`
            : "Inga beslut är registrerade ännu."}
        </p>
      )}
    </section>
  );
}
