import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { useFocusOnReturn } from "../components/malbild/use-focus-on-return.ts";
import { RoadmapActivityForm } from "../components/roadmap-activity-form.tsx";
import { RoadmapArea } from "../components/roadmap-area.tsx";
import { RoadmapAreaForm } from "../components/roadmap-area-form.tsx";
import { RoadmapMilestones } from "../components/roadmap-milestones.tsx";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";
import { runRoadmapAction } from "../lib/roadmap-actions.server.ts";
import { malbildElementGroups } from "../lib/roadmap-elements.server.ts";
import { requireEditor } from "../lib/roadmap-form-actions.server.ts";
import { type FormActionData, pageParams } from "../lib/roadmap-form-data.ts";
import { roadmapAnchors, roadmapFormIds } from "../lib/roadmap-forms.ts";
import { progressText } from "../lib/roadmap-view.ts";
import { canEdit, notFound, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [{ title: error ? errorTitle(error) : pageTitle("Färdplan", data?.programme) }];

const FORBIDDEN = "Din roll i programmet får inte ändra färdplanen.";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const api = apiFor({ token, tenant: membership.slug });
  const [roadmap, elements] = await Promise.all([api.roadmap.get.query({}), malbildElementGroups(api)]).catch(rethrowUnexpected);
  const historyOf = new URL(request.url).searchParams.get(pageParams.history);
  let history = null;
  if (historyOf) {
    // Only this programme's activities have a history here; any other id is a page that is not there.
    if (!roadmap.areas.some((a) => a.activities.some((x) => x.id === historyOf))) throw notFound();
    history = { activityId: historyOf, entries: await api.roadmap.history.query({ activityId: historyOf }).catch(rethrowUnexpected) };
  }
  return {
    programme: membership.name,
    pagePath: `/${membership.slug}/fardplan`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/fardplan`,
    mayEdit: canEdit(membership.role),
    progress: roadmap.progress,
    areas: roadmap.areas.map((area) => ({
      id: area.id,
      title: area.title,
      description: area.description,
      revision: area.revision,
      progress: area.progress,
      activities: area.activities.map(({ id, areaId, title, description, status, progress, startMonth, endMonth, revision, owners, links }) => ({
        id,
        areaId,
        title,
        description,
        status,
        progress,
        startMonth,
        endMonth,
        revision,
        owners,
        links,
      })),
    })),
    milestones: roadmap.milestones.map(({ id, areaId, title, dueOn, done }) => ({ id, areaId, title, dueOn, done })),
    members: roadmap.members.map(({ id, name }) => ({ id, name })),
    elements,
    history,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireEditor(membership.role, FORBIDDEN);
  const api = apiFor({ token, tenant: membership.slug });
  return runRoadmapAction({ request, api, pageUrl: `/${membership.slug}/fardplan`, forbidden: FORBIDDEN }, await readFormData(request));
}

export default function RoadmapPage() {
  const { programme, pagePath, portalHref, mayEdit, progress, areas, milestones, members, elements, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  const [searchParams] = useSearchParams();
  const page = { pagePath, mayEdit, editing: searchParams.get(pageParams.edit), confirming: searchParams.get(pageParams.remove), actionData };
  const areaChoices = areas.map(({ id, title }) => ({ id, title }));
  const activityCount = areas.reduce((n, a) => n + a.activities.length, 0);
  // After an area or a milestone is removed the page returns to its list, whose heading takes the focus.
  const areasHeading = useFocusOnReturn<HTMLHeadingElement>(roadmapAnchors.areas);
  const milestonesHeading = useFocusOnReturn<HTMLHeadingElement>(roadmapAnchors.milestones);

  return (
    <>
      <h1>Färdplan</h1>
      <p className="lead">Framsteg totalt: {progressText(progress)}.</p>
      <p>
        En klar aktivitet räknas som 100 %, en planerad som 0 % och en pågående med sitt angivna framsteg; pausade räknas inte. Varje
        aktivitet väger lika. <a href={portalHref}>Visa färdplanen på portalen</a>
      </p>
      {mayEdit ? null : (
        <p className="notice">Din roll i {programme} får läsa men inte ändra färdplanen. Kontakta programmets samordnare om något behöver ändras.</p>
      )}

      <section aria-labelledby="omraden-rubrik" className="panel" id={roadmapAnchors.areas}>
        <h2 id="omraden-rubrik" tabIndex={-1} ref={areasHeading}>
          Områden och aktiviteter
        </h2>
        {areas.length === 0 ? <p className="empty">Färdplanen har inga områden ännu.</p> : null}
        {areas.map((area, index) => (
          <RoadmapArea
            key={area.id}
            area={area}
            first={index === 0}
            last={index === areas.length - 1}
            areas={areaChoices}
            members={members}
            elements={elements}
            history={history}
            {...page}
          />
        ))}
      </section>

      {mayEdit ? (
        <>
          {areas.length ? (
            <section aria-labelledby="ny-aktivitet-rubrik" className="panel">
              <h2 id="ny-aktivitet-rubrik">Lägg till en aktivitet</h2>
              <RoadmapActivityForm
                key={activityCount}
                formId={roadmapFormIds.createActivity}
                areas={areaChoices}
                members={members}
                elements={elements}
                pagePath={pagePath}
                actionData={actionData}
              />
            </section>
          ) : null}
          <section aria-labelledby="nytt-omrade-rubrik" className="panel">
            <h2 id="nytt-omrade-rubrik">Lägg till ett område</h2>
            <RoadmapAreaForm key={areas.length} formId={roadmapFormIds.createArea} pagePath={pagePath} actionData={actionData} />
          </section>
        </>
      ) : null}

      <section aria-labelledby="milstolpar-rubrik" className="panel" id={roadmapAnchors.milestones}>
        <h2 id="milstolpar-rubrik" tabIndex={-1} ref={milestonesHeading}>
          Milstolpar
        </h2>
        <RoadmapMilestones milestones={milestones} areas={areaChoices} {...page} />
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
