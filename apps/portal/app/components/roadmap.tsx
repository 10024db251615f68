import type { ReactNode } from "react";
import { Form, Link } from "@remix-run/react";
import { type ActivityStatus, activityStatusLabel, effectiveProgress } from "@naravard/domain";
import { Badge, ProgressBar, formatDate } from "@naravard/ui";
import type { Milestone, Roadmap, RoadmapActivity, RoadmapArea } from "../lib/api-types.ts";
import { linkedTexts } from "../lib/malbild-elements.ts";
import { formatPeriod } from "../lib/periods.ts";

const statusTone: Record<ActivityStatus, "good" | "info" | "neutral" | "warn"> = {
  done: "good",
  ongoing: "info",
  planned: "neutral",
  paused: "warn",
};

export const ActivityStatusBadge = ({ status }: { status: ActivityStatus }) => (
  <Badge tone={statusTone[status]}>{activityStatusLabel[status]}</Badge>
);

export const DemoBadge = () => <Badge tone="warn">Exempeldata</Badge>;

/** One activity; its id is the anchor the målbild page links to (`#aktivitet-{id}`). */
function Activity({ activity: a, texts, slug }: { activity: RoadmapActivity; texts: ReadonlyMap<string, string>; slug: string }) {
  const progress = effectiveProgress(a);
  const moves = linkedTexts(a.links, texts);
  const headingId = `aktivitet-${a.id}-rubrik`;
  return (
    <article className="activity" id={`aktivitet-${a.id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{a.title}</h3>
      <p className="activity__badges">
        <ActivityStatusBadge status={a.status} /> {a.isDemo ? <DemoBadge /> : null}
      </p>
      {a.description ? <p>{a.description}</p> : null}
      <dl className="facts">
        <dt>Ansvariga</dt>
        <dd>{a.owners.length ? a.owners.map((o) => o.name).join(", ") : "Ingen part angiven"}</dd>
        <dt>Period</dt>
        <dd>{formatPeriod(a)}</dd>
        <dt>Framsteg</dt>
        <dd>{progress === null ? "Pausad – räknas inte in i framstegen" : `${progress} %`}</dd>
      </dl>
      {moves.length ? (
        <p className="moved-by">
          För <Link to={`/${slug}/malbild`}>målbilden</Link> framåt: {moves.join("; ")}
        </p>
      ) : null}
    </article>
  );
}

export function RoadmapAreaSection({
  area,
  texts,
  slug,
  filtered,
  more,
}: {
  area: RoadmapArea;
  texts: ReadonlyMap<string, string>;
  slug: string;
  filtered: boolean;
  /** What follows the activities shown: a link to the rest, or the page links. */
  more?: ReactNode;
}) {
  const headingId = `omrade-${area.id}`;
  return (
    <section className="roadmap-area" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {area.title} {area.isDemo ? <DemoBadge /> : null}
      </h2>
      {area.description ? <p>{area.description}</p> : null}
      <ProgressBar
        value={area.progress.progress}
        label={`Området som helhet (${area.progress.counted} ${area.progress.counted === 1 ? "aktivitet" : "aktiviteter"})`}
      />
      {area.activities.length ? (
        area.activities.map((a) => <Activity key={a.id} activity={a} texts={texts} slug={slug} />)
      ) : (
        <p className="hint">{filtered ? "Inga aktiviteter i området matchar filtret." : "Området har inga aktiviteter ännu."}</p>
      )}
      {more}
    </section>
  );
}

/** The roadmap's address with its filter kept and `extra` parameters added. */
export function withQuery(path: string, filter: Roadmap["filter"], extra: Record<string, string>) {
  const query = new URLSearchParams();
  if (filter.status) query.set("status", filter.status);
  if (filter.memberId) query.set("part", filter.memberId);
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Previous and next page of one area's activities, as links (no JavaScript needed). */
export function Pages({ path, filter, page, pages }: { path: string; filter: Roadmap["filter"]; page: number; pages: number }) {
  if (pages <= 1) return null;
  const to = (n: number) => withQuery(path, filter, { omrade: filter.areaId ?? "", sida: String(n) });
  return (
    <nav aria-label="Sidor" className="pages">
      {page > 1 ? <Link to={to(page - 1)}>Föregående sida</Link> : null}
      <span aria-current="page">
        Sida {page} av {pages}
      </span>
      {page < pages ? <Link to={to(page + 1)}>Nästa sida</Link> : null}
    </nav>
  );
}

/** Status and member filters as a plain GET form, so they work without JavaScript and can be linked to. */
export function RoadmapFilters({ roadmap, path }: { roadmap: Roadmap; path: string }) {
  const status = roadmap.filter.status ?? "";
  const memberId = roadmap.filter.memberId ?? "";
  return (
    <Form method="get" className="filters" key={`${status}|${memberId}`}>
      {roadmap.filter.areaId ? <input type="hidden" name="omrade" value={roadmap.filter.areaId} /> : null}
      <fieldset>
        <legend>Filtrera aktiviteterna</legend>
        <div className="filters__fields">
          <div className="form-row">
            <label htmlFor="filter-status">Status</label>
            <select id="filter-status" name="status" defaultValue={status}>
              <option value="">Alla</option>
              {(Object.keys(activityStatusLabel) as ActivityStatus[]).map((s) => (
                <option key={s} value={s}>
                  {activityStatusLabel[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row">
            <label htmlFor="filter-part">Ansvarig part</label>
            <select id="filter-part" name="part" defaultValue={memberId}>
              <option value="">Alla parter</option>
              {roadmap.members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          Visa aktiviteter
        </button>{" "}
        {status || memberId ? <Link to={path}>Visa alla aktiviteter</Link> : null}
      </fieldset>
    </Form>
  );
}

export function Milestones({
  milestones,
  areas,
}: {
  milestones: readonly Milestone[];
  areas: readonly { id: string; title: string }[];
}) {
  const areaTitle = new Map(areas.map((a) => [a.id, a.title]));
  return (
    <section aria-labelledby="milstolpar">
      <h2 id="milstolpar">Milstolpar</h2>
      {milestones.length ? (
        <ul className="milestones">
          {milestones.map((m) => (
            <li key={m.id}>
              <strong>{formatDate(m.dueOn)}</strong> – {m.title}{" "}
              <Badge tone={m.done ? "good" : "neutral"}>{m.done ? "Uppnådd" : "Ej uppnådd"}</Badge>{" "}
              {m.isDemo ? <DemoBadge /> : null}
              {m.areaId && areaTitle.has(m.areaId) ? <span className="hint"> Område: {areaTitle.get(m.areaId)}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Inga milstolpar är inlagda ännu.</p>
      )}
    </section>
  );
}
