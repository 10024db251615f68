import type { RollUp } from "@naravard/domain";
import { allErrors, askAnchor, pageParams } from "../lib/roadmap-form-data.ts";
import { roadmapAnchors, roadmapFormIds } from "../lib/roadmap-forms.ts";
import { type ActivityView, type ElementGroup, progressText } from "../lib/roadmap-view.ts";
import { FormErrors } from "./fields.tsx";
import { useFocusOnReturn } from "./malbild/use-focus-on-return.ts";
import { type HistoryEntry, type PageState, RoadmapActivity } from "./roadmap-activity.tsx";
import { RoadmapAreaForm } from "./roadmap-area-form.tsx";
import { AskButton, ConfirmRemoval } from "./roadmap-confirm.tsx";
import { MoveButtons } from "./roadmap-move-buttons.tsx";

export interface AreaView {
  id: string;
  title: string;
  description: string;
  revision: number;
  progress: RollUp;
  activities: ActivityView[];
}

interface Props extends PageState {
  area: AreaView;
  first: boolean;
  last: boolean;
  areas: { id: string; title: string }[];
  members: { id: string; name: string }[];
  elements: ElementGroup[];
  history: { activityId: string; entries: HistoryEntry[] } | null;
}

/** One area of the färdplan: its progress, its activities in order, and what can be done to it. */
export function RoadmapArea({ area, first, last, areas, members, elements, history, ...page }: Props) {
  const { pagePath, mayEdit, editing, confirming, actionData } = page;
  const anchor = roadmapAnchors.area(area.id);
  const headingId = `${anchor}-rubrik`;
  // After an activity is removed the page returns here: the area's heading takes the focus.
  const heading = useFocusOnReturn<HTMLHeadingElement>(anchor);
  const about = <span className="visually-hidden"> området {area.title}</span>;

  return (
    <section id={anchor} aria-labelledby={headingId} className="area">
      <h3 id={headingId} className="area__title" tabIndex={-1} ref={heading}>
        {area.title}
      </h3>
      <p className="area__progress">
        <strong>Framsteg:</strong> {progressText(area.progress)}
      </p>
      {mayEdit && editing === area.id ? (
        <RoadmapAreaForm
          key={area.revision}
          formId={roadmapFormIds.editArea(area.id)}
          area={area}
          pagePath={pagePath}
          cancelTo={`${pagePath}#${roadmapAnchors.edited(area.id)}`}
          actionData={actionData}
        />
      ) : (
        <>
          {area.description ? <p>{area.description}</p> : null}
          {mayEdit && confirming !== area.id ? (
            <div className="button-row">
              <AskButton param={pageParams.edit} value={area.id} pagePath={pagePath} anchor={anchor}>
                Byt namn eller beskrivning{about}
              </AskButton>
              <MoveButtons id={area.id} name={`området ${area.title}`} intent="move-area" pagePath={pagePath} first={first} last={last} />
              <AskButton param={pageParams.remove} value={area.id} pagePath={pagePath} anchor={anchor} className="button button--danger-secondary button--small">
                Ta bort{about}
              </AskButton>
            </div>
          ) : null}
          <FormErrors id={`${roadmapFormIds.move(area.id)}-fel`} errors={allErrors(actionData, roadmapFormIds.move(area.id))} />
        </>
      )}
      {mayEdit && confirming === area.id ? (
        <ConfirmRemoval
          formId={roadmapFormIds.remove(area.id)}
          question={`Vill du ta bort området ${area.title}?`}
          intent="delete-area"
          fields={{ areaId: area.id }}
          confirmLabel="Ja, ta bort området"
          cancelTo={`${pagePath}#${askAnchor(pageParams.remove, area.id)}`}
          pagePath={pagePath}
          actionData={actionData}
        >
          <p>
            Området tas bort tillsammans med{" "}
            {area.activities.length === 1 ? "sin aktivitet" : `sina ${area.activities.length} aktiviteter`} och sina milstolpar, både här och på
            portalen. Det går inte att ångra.
          </p>
        </ConfirmRemoval>
      ) : null}
      {area.activities.length ? (
        <ol className="item-list" aria-label={`Aktiviteter i ${area.title}`}>
          {area.activities.map((activity, index) => (
            <RoadmapActivity
              key={activity.id}
              activity={activity}
              first={index === 0}
              last={index === area.activities.length - 1}
              areas={areas}
              members={members}
              elements={elements}
              history={history?.activityId === activity.id ? history.entries : null}
              {...page}
            />
          ))}
        </ol>
      ) : (
        <p className="empty">Inga aktiviteter i området ännu.</p>
      )}
    </section>
  );
}
