import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { strategyModeLabel } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { useFocusOnReturn } from "../components/malbild/use-focus-on-return.ts";
import { AskButton, ConfirmRemoval } from "../components/roadmap-confirm.tsx";
import { StrategyActivities } from "../components/strategy-activities.tsx";
import { StrategyForm } from "../components/strategy-form.tsx";
import { StrategyMeetings } from "../components/strategy-meetings.tsx";
import { env } from "../env.server.ts";
import { apiErrorCode, apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";
import { requireEditor } from "../lib/roadmap-form-actions.server.ts";
import { type FormActionData, askAnchor, pageParams } from "../lib/roadmap-form-data.ts";
import { runStrategyAction } from "../lib/strategy-actions.server.ts";
import { STRATEGY_FORBIDDEN, strategyAnchors, strategyFormIds } from "../lib/strategy-forms.ts";
import { strategyFacts } from "../lib/strategy-view.ts";
import { canEdit, notFound, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [{ title: error ? errorTitle(error) : pageTitle(data?.strategy.title, data?.programme) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const found = await apiFor({ token, tenant: membership.slug })
    .strategy.get.query({ strategyId: params.strategyId ?? "" })
    .catch((error: unknown) => {
      // Another programme's strategy, a removed one and an address that is not an id all look the same.
      if (apiErrorCode(error) === "NOT_FOUND" || apiErrorCode(error) === "BAD_REQUEST") throw notFound();
      return rethrowUnexpected(error);
    });
  const { activities, meetings, ...strategy } = found;
  return {
    programme: membership.name,
    listPath: `/${membership.slug}/strategier`,
    pagePath: `/${membership.slug}/strategier/${strategy.id}`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/strategier/${strategy.id}`,
    mayEdit: canEdit(membership.role),
    strategy: {
      id: strategy.id,
      title: strategy.title,
      mode: strategy.mode,
      focusArea: strategy.focusArea,
      description: strategy.description,
      fundingSource: strategy.fundingSource,
      fundingArea: strategy.fundingArea,
      periodStart: strategy.periodStart,
      periodEnd: strategy.periodEnd,
      commissionedBy: strategy.commissionedBy,
      steeringGroup: strategy.steeringGroup,
      revision: strategy.revision,
    },
    activities: activities.map(({ id, kind, title, audiences, status, heldOn }) => ({ id, kind, title, audiences, status, heldOn })),
    meetings: meetings.map(({ id, body, title, heldOn, decisions }) => ({ id, body, title, heldOn, decisions })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireEditor(membership.role, STRATEGY_FORBIDDEN);
  const api = apiFor({ token, tenant: membership.slug });
  const formData = await readFormData(request);
  // Everything added on this page belongs to this page's strategy, whatever the form says.
  if (formData.has("strategyId")) formData.set("strategyId", params.strategyId ?? "");
  const listUrl = `/${membership.slug}/strategier`;
  return runStrategyAction({ request, api, pageUrl: `${listUrl}/${params.strategyId}`, listUrl, forbidden: STRATEGY_FORBIDDEN }, formData);
}

export default function StrategyPage() {
  const { programme, listPath, pagePath, portalHref, mayEdit, strategy, activities, meetings } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  const [searchParams] = useSearchParams();
  const editing = mayEdit && searchParams.get(pageParams.edit) === strategy.id;
  const confirming = searchParams.get(pageParams.remove);
  // After a removal the page returns to the list it was in, whose heading takes the focus.
  const activitiesHeading = useFocusOnReturn<HTMLHeadingElement>(strategyAnchors.activities);
  const meetingsHeading = useFocusOnReturn<HTMLHeadingElement>(strategyAnchors.meetings);

  return (
    <>
      <p>
        <Link to={listPath}>Alla strategier</Link>
      </p>
      <h1>{strategy.title}</h1>
      <p className="lead">{strategyModeLabel[strategy.mode]}</p>
      {mayEdit ? (
        <p>
          Det du sparar syns direkt på portalen. <a href={portalHref}>Visa strategin på portalen</a>
        </p>
      ) : (
        <p className="notice">
          Din roll i {programme} får läsa men inte ändra strategin. <a href={portalHref}>Visa strategin på portalen</a>
        </p>
      )}

      <section aria-labelledby="uppgifter-rubrik" className="panel" id={strategyAnchors.facts}>
        <h2 id="uppgifter-rubrik">Uppgifter om strategin</h2>
        {editing ? (
          <StrategyForm
            key={strategy.revision}
            formId={strategyFormIds.editStrategy}
            strategy={strategy}
            pagePath={pagePath}
            cancelTo={`${pagePath}#${strategyAnchors.edited(strategy.id)}`}
            actionData={actionData}
          />
        ) : (
          <>
            <dl className="facts facts--wide">
              {strategyFacts(strategy)
                .filter((f) => f.label !== "Rubrik" && f.value)
                .map((f) => (
                  <div key={f.label}>
                    <dt>{f.label}</dt>
                    <dd>{f.value}</dd>
                  </div>
                ))}
            </dl>
            {mayEdit && confirming !== strategy.id ? (
              <div className="button-row">
                <AskButton param={pageParams.edit} value={strategy.id} pagePath={pagePath} anchor={strategyAnchors.facts}>
                  Ändra uppgifterna
                </AskButton>
                <AskButton param={pageParams.remove} value={strategy.id} pagePath={pagePath} anchor={strategyAnchors.facts} className="button button--danger-secondary button--small">
                  Ta bort strategin
                </AskButton>
              </div>
            ) : null}
          </>
        )}
        {mayEdit && confirming === strategy.id ? (
          <ConfirmRemoval
            formId={strategyFormIds.remove(strategy.id)}
            question={`Vill du ta bort strategin ${strategy.title}?`}
            intent="delete-strategy"
            fields={{ strategyId: strategy.id }}
            confirmLabel="Ja, ta bort strategin"
            cancelTo={`${pagePath}#${askAnchor(pageParams.remove, strategy.id)}`}
            pagePath={pagePath}
            actionData={actionData}
          >
            <p>
              Strategin tas bort tillsammans med {activities.length === 1 ? "sin aktivitet" : `sina ${activities.length} aktiviteter`} och{" "}
              {meetings.length === 1 ? "sitt möte" : `sina ${meetings.length} möten`}, både här och på portalen. Det går inte att ångra.
            </p>
          </ConfirmRemoval>
        ) : null}
      </section>

      <section aria-labelledby="aktiviteter-rubrik" className="panel" id={strategyAnchors.activities}>
        <h2 id="aktiviteter-rubrik" tabIndex={-1} ref={activitiesHeading}>
          Aktiviteter
        </h2>
        <StrategyActivities strategyId={strategy.id} activities={activities} pagePath={pagePath} mayEdit={mayEdit} confirming={confirming} actionData={actionData} />
      </section>

      <section aria-labelledby="moten-rubrik" className="panel" id={strategyAnchors.meetings}>
        <h2 id="moten-rubrik" tabIndex={-1} ref={meetingsHeading}>
          Styrgruppsmöten och beslut
        </h2>
        <StrategyMeetings strategyId={strategy.id} meetings={meetings} pagePath={pagePath} mayEdit={mayEdit} confirming={confirming} actionData={actionData} />
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
