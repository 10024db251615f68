import type { ReactNode } from "react";
import { Form, Link } from "@remix-run/react";
import { type ActivityStatus, activityStatusLabel, effectiveProgress } from "@naravard/domain";
import { Badge, ProgressBar, formatDate, formatMonth } from "@naravard/ui";
import type { Milestone, Roadmap, RoadmapActivity, RoadmapArea } from "../lib/api-types.ts";
import { linkedTexts } from "../lib/malbild-elements.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";

const statusTone: Record<ActivityStatus, "good" | "info" | "neutral" | "warn"> = {
  done: "good",
  ongoing: "info",
  planned: "neutral",
  paused: "warn",
};

export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const t = useT();
  return <Badge tone={statusTone[status]}>{t(activityStatusLabel[status])}</Badge>;
}

export function DemoBadge() {
  const t = useT();
  return <Badge tone="warn">{t("Exempeldata")}</Badge>;
}

/** An activity's period: "september 2023 – juni 2024", "från september 2023"; the months as the Swedish pages write them. */
function Period({ activity: a }: { activity: Pick<RoadmapActivity, "startMonth" | "endMonth"> }) {
  const t = useT();
  const sv = useSv();
  if (a.startMonth && a.endMonth)
    return (
      <span lang={sv}>
        {a.startMonth === a.endMonth ? formatMonth(a.startMonth) : `${formatMonth(a.startMonth)} – ${formatMonth(a.endMonth)}`}
      </span>
    );
  if (a.startMonth)
    return (
      <>
        {t("från")} <span lang={sv}>{formatMonth(a.startMonth)}</span>
      </>
    );
  if (a.endMonth)
    return (
      <>
        {t("till")} <span lang={sv}>{formatMonth(a.endMonth)}</span>
      </>
    );
  return <>{t("Period ej angiven")}</>;
}

/** "3 aktiviteter" / "3 activities". */
export function useActivities() {
  const en = useLang() === "en";
  return (n: number) => (en ? `${n} ${n === 1 ? "activity" : "activities"}` : `${n} ${n === 1 ? "aktivitet" : "aktiviteter"}`);
}

/** One activity; its id is the anchor the målbild page links to (`#aktivitet-{id}`). */
function Activity({ activity: a, texts, slug }: { activity: RoadmapActivity; texts: ReadonlyMap<string, string>; slug: string }) {
  const progress = effectiveProgress(a);
  const moves = linkedTexts(a.links, texts);
  const headingId = `aktivitet-${a.id}-rubrik`;
  const t = useT();
  const sv = useSv();
  return (
    <article className="activity" id={`aktivitet-${a.id}`} aria-labelledby={headingId}>
      <h3 id={headingId} lang={sv}>
        {a.title}
      </h3>
      <p className="activity__badges">
        <ActivityStatusBadge status={a.status} /> {a.isDemo ? <DemoBadge /> : null}
      </p>
      {a.description ? <p lang={sv}>{a.description}</p> : null}
      <dl className="facts">
        <dt>{t("Ansvariga")}</dt>
        <dd>{a.owners.length ? <span lang={sv}>{a.owners.map((o) => o.name).join(", ")}</span> : t("Ingen part angiven")}</dd>
        <dt>{t("Period")}</dt>
        <dd>
          <Period activity={a} />
        </dd>
        <dt>{t("Framsteg")}</dt>
        <dd>{progress === null ? t("Pausad – räknas inte in i framstegen") : `${progress} %`}</dd>
      </dl>
      {moves.length ? (
        <p className="moved-by">
          {sv ? (
            <>
              Moves the <Link to={`/${slug}/malbild`}>target picture</Link> forward:
            </>
          ) : (
            <>
              För <Link to={`/${slug}/malbild`}>målbilden</Link> framåt:
            </>
          )}{" "}
          <span lang={sv}>{moves.join("; ")}</span>
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
  const t = useT();
  const sv = useSv();
  const activities = useActivities();
  return (
    <section className="roadmap-area" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span lang={sv}>{area.title}</span> {area.isDemo ? <DemoBadge /> : null}
      </h2>
      {area.description ? <p lang={sv}>{area.description}</p> : null}
      <ProgressBar value={area.progress.progress} label={`${t("Området som helhet")} (${activities(area.progress.counted)})`} />
      {area.activities.length ? (
        area.activities.map((a) => <Activity key={a.id} activity={a} texts={texts} slug={slug} />)
      ) : (
        <p className="hint">
          {filtered ? t("Inga aktiviteter i området matchar filtret.") : t("Området har inga aktiviteter ännu.")}
        </p>
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
  const t = useT();
  if (pages <= 1) return null;
  const to = (n: number) => withQuery(path, filter, { omrade: filter.areaId ?? "", sida: String(n) });
  return (
    <nav aria-label={t("Sidor")} className="pages">
      {page > 1 ? <Link to={to(page - 1)}>{t("Föregående sida")}</Link> : null}
      <span aria-current="page">
        {t("Sida")} {page} {t("av")} {pages}
      </span>
      {page < pages ? <Link to={to(page + 1)}>{t("Nästa sida")}</Link> : null}
    </nav>
  );
}

/** Status and member filters as a plain GET form, so they work without JavaScript and can be linked to. */
export function RoadmapFilters({ roadmap, path }: { roadmap: Roadmap; path: string }) {
  const status = roadmap.filter.status ?? "";
  const memberId = roadmap.filter.memberId ?? "";
  const t = useT();
  const sv = useSv();
  return (
    <Form method="get" className="filters" key={`${status}|${memberId}`}>
      {roadmap.filter.areaId ? <input type="hidden" name="omrade" value={roadmap.filter.areaId} /> : null}
      <fieldset>
        <legend>{t("Filtrera aktiviteterna")}</legend>
        <div className="filters__fields">
          <div className="form-row">
            <label htmlFor="filter-status">{t("Status")}</label>
            <select id="filter-status" name="status" defaultValue={status}>
              <option value="">{t("Alla")}</option>
              {(Object.keys(activityStatusLabel) as ActivityStatus[]).map((s) => (
                <option key={s} value={s}>
                  {t(activityStatusLabel[s])}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row">
            <label htmlFor="filter-part">{t("Ansvarig part")}</label>
            <select id="filter-part" name="part" defaultValue={memberId}>
              <option value="">{t("Alla parter")}</option>
              {roadmap.members.map((m) => (
                <option key={m.id} value={m.id} lang={sv}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          {t("Visa aktiviteter")}
        </button>{" "}
        {status || memberId ? <Link to={path}>{t("Visa alla aktiviteter")}</Link> : null}
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
  const t = useT();
  const sv = useSv();
  return (
    <section aria-labelledby="milstolpar">
      <h2 id="milstolpar">{t("Milstolpar")}</h2>
      {milestones.length ? (
        <ul className="milestones">
          {milestones.map((m) => (
            <li key={m.id}>
              <strong lang={sv}>{formatDate(m.dueOn)}</strong> – <span lang={sv}>{m.title}</span>{" "}
              <Badge tone={m.done ? "good" : "neutral"}>{m.done ? t("Uppnådd") : t("Ej uppnådd")}</Badge>{" "}
              {m.isDemo ? <DemoBadge /> : null}
              {m.areaId && areaTitle.has(m.areaId) ? (
                <span className="hint">
                  {" "}
                  {t("Område:")} <span lang={sv}>{areaTitle.get(m.areaId)}</span>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("Inga milstolpar är inlagda ännu.")}</p>
      )}
    </section>
  );
}
