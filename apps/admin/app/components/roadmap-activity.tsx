import { Link } from "@remix-run/react";
import { activityStatusLabel } from "@naravard/domain";
import { type FormActionData, allErrors, askAnchor, pageParams } from "../lib/roadmap-form-data.ts";
import { roadmapAnchors, roadmapFormIds } from "../lib/roadmap-forms.ts";
import { type ActivityView, type ElementGroup, activityProgressText, linkLabels, periodLabel } from "../lib/roadmap-view.ts";
import { FormErrors } from "./fields.tsx";
import { RoadmapActivityForm } from "./roadmap-activity-form.tsx";
import { AskButton, ConfirmRemoval } from "./roadmap-confirm.tsx";
import { MoveButtons } from "./roadmap-move-buttons.tsx";

export interface HistoryEntry {
  at: Date | string;
  status: ActivityView["status"];
  progress: number;
  byName: string | null;
}

export interface PageState {
  pagePath: string;
  mayEdit: boolean;
  editing: string | null;
  confirming: string | null;
  actionData: FormActionData | undefined;
}

interface Props extends PageState {
  activity: ActivityView;
  first: boolean;
  last: boolean;
  areas: { id: string; title: string }[];
  members: { id: string; name: string }[];
  elements: ElementGroup[];
  /** The activity's history, when it is the one asked for (`?historik=`). */
  history: HistoryEntry[] | null;
}

const when = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Stockholm" });

/** One activity: what it is and how far it has come; change, move, show its history, or remove it. */
export function RoadmapActivity({ activity: a, first, last, areas, members, elements, history, ...page }: Props) {
  const { pagePath, mayEdit, editing, confirming, actionData } = page;
  const item = roadmapAnchors.activity(a.id);
  const about = <span className="visually-hidden"> aktiviteten {a.title}</span>;
  const period = periodLabel(a.startMonth, a.endMonth);
  const links = linkLabels(a.links, elements);

  if (mayEdit && editing === a.id)
    return (
      <li id={item} className="item">
        <h4 className="item__title">Ändra aktiviteten {a.title}</h4>
        <RoadmapActivityForm
          key={a.revision}
          formId={roadmapFormIds.editActivity(a.id)}
          activity={a}
          areas={areas}
          members={members}
          elements={elements}
          pagePath={pagePath}
          cancelTo={`${pagePath}#${roadmapAnchors.edited(a.id)}`}
          actionData={actionData}
        />
      </li>
    );

  return (
    <li id={item} className="item">
      <h4 className="item__title">{a.title}</h4>
      <dl className="item__facts">
        <div>
          <dt>Status</dt>
          <dd>{activityProgressText(a)}</dd>
        </div>
        {period ? (
          <div>
            <dt>Period</dt>
            <dd>{period}</dd>
          </div>
        ) : null}
        <div>
          <dt>Ansvariga</dt>
          <dd>{a.owners.length ? a.owners.map((o) => o.name).join(", ") : "Ingen part angiven"}</dd>
        </div>
      </dl>
      {a.description ? <p>{a.description}</p> : null}
      {links.length ? (
        <ul className="tag-list" aria-label={`Kopplingar till målbilden för ${a.title}`}>
          {links.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        {mayEdit && confirming !== a.id ? (
          <AskButton param={pageParams.edit} value={a.id} pagePath={pagePath} anchor={item}>
            Ändra{about}
          </AskButton>
        ) : null}
        {history ? null : (
          <AskButton param={pageParams.history} value={a.id} pagePath={pagePath} anchor={item}>
            Visa historik<span className="visually-hidden"> för {a.title}</span>
          </AskButton>
        )}
        {mayEdit ? <MoveButtons id={a.id} name={`aktiviteten ${a.title}`} intent="move-activity" pagePath={pagePath} first={first} last={last} /> : null}
        {mayEdit && confirming !== a.id ? (
          <AskButton param={pageParams.remove} value={a.id} pagePath={pagePath} anchor={item} className="button button--danger-secondary button--small">
            Ta bort{about}
          </AskButton>
        ) : null}
      </div>
      <FormErrors id={`${roadmapFormIds.move(a.id)}-fel`} errors={allErrors(actionData, roadmapFormIds.move(a.id))} />
      {history ? <ActivityHistory title={a.title} entries={history} closeTo={`${pagePath}#${askAnchor(pageParams.history, a.id)}`} /> : null}
      {mayEdit && confirming === a.id ? (
        <ConfirmRemoval
          formId={roadmapFormIds.remove(a.id)}
          question={`Vill du ta bort aktiviteten ${a.title}?`}
          intent="delete-activity"
          fields={{ activityId: a.id, areaId: a.areaId }}
          confirmLabel="Ja, ta bort aktiviteten"
          cancelTo={`${pagePath}#${askAnchor(pageParams.remove, a.id)}`}
          pagePath={pagePath}
          actionData={actionData}
        >
          <p>Aktiviteten, dess historik och kopplingar tas bort ur färdplanen och från portalen. Det går inte att ångra.</p>
        </ConfirmRemoval>
      ) : null}
    </li>
  );
}

function ActivityHistory({ title, entries, closeTo }: { title: string; entries: HistoryEntry[]; closeTo: string }) {
  return (
    <div className="history">
      <div className="table-wrap">
        <table className="table">
          <caption>Historik för {title}</caption>
          <thead>
            <tr>
              <th scope="col">När</th>
              <th scope="col">Status</th>
              <th scope="col">Framsteg</th>
              <th scope="col">Av</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e, index) => (
              <tr key={index}>
                <td>{when.format(new Date(e.at))}</td>
                <td>{activityStatusLabel[e.status]}</td>
                <td>{e.progress} %</td>
                <td>{e.byName ?? "Uppgift saknas"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length === 0 ? <p className="empty">Ingen historik finns sparad.</p> : null}
      <p>
        <Link to={closeTo} preventScrollReset>
          Dölj historiken<span className="visually-hidden"> för {title}</span>
        </Link>
      </p>
    </div>
  );
}
