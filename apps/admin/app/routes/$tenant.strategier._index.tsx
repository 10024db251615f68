import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { strategyModeLabel } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { StrategyForm } from "../components/strategy-form.tsx";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";
import { requireEditor } from "../lib/roadmap-form-actions.server.ts";
import type { FormActionData } from "../lib/roadmap-form-data.ts";
import { runStrategyListAction } from "../lib/strategy-actions.server.ts";
import { STRATEGY_FORBIDDEN, strategyFormIds } from "../lib/strategy-forms.ts";
import { yearsLabel } from "../lib/strategy-view.ts";
import { canEdit, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [{ title: error ? errorTitle(error) : pageTitle("Strategier", data?.programme) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const strategies = await apiFor({ token, tenant: membership.slug }).strategy.list.query().catch(rethrowUnexpected);
  return {
    programme: membership.name,
    pagePath: `/${membership.slug}/strategier`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/strategier`,
    mayEdit: canEdit(membership.role),
    strategies: strategies.map((s) => ({
      id: s.id,
      title: s.title,
      mode: s.mode,
      focusArea: s.focusArea,
      period: yearsLabel(s.periodStart, s.periodEnd),
      activities: s.activities.length,
      meetings: s.meetings.length,
    })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireEditor(membership.role, STRATEGY_FORBIDDEN);
  const api = apiFor({ token, tenant: membership.slug });
  const listUrl = `/${membership.slug}/strategier`;
  return runStrategyListAction({ request, api, pageUrl: listUrl, listUrl, forbidden: STRATEGY_FORBIDDEN }, await readFormData(request));
}

export default function StrategiesPage() {
  const { programme, pagePath, portalHref, mayEdit, strategies } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  return (
    <>
      <h1>Strategier</h1>
      <p className="lead">Utvecklingsstrategier som programmet implementerar eller tar fram, med aktiviteter och styrgruppsmöten.</p>
      {mayEdit ? (
        <p>
          Det du sparar syns direkt på portalen. <a href={portalHref}>Visa strategierna på portalen</a>
        </p>
      ) : (
        <p className="notice">
          Din roll i {programme} får läsa men inte ändra strategierna. <a href={portalHref}>Visa strategierna på portalen</a>
        </p>
      )}

      <section aria-labelledby="strategier-rubrik" className="panel">
        <h2 id="strategier-rubrik">Programmets strategier</h2>
        {strategies.length === 0 ? (
          <p className="empty">Programmet har inga strategier ännu.</p>
        ) : (
          <ul className="card-list">
            {strategies.map((s) => (
              <li key={s.id} className="card">
                <h3 className="card__title">
                  <Link to={`${pagePath}/${s.id}`}>{s.title}</Link>
                </h3>
                <p className="item__meta">
                  {strategyModeLabel[s.mode]}
                  {s.period ? ` · ${s.period}` : ""}
                </p>
                {s.focusArea ? <p>Fokus: {s.focusArea}</p> : null}
                <p>
                  {s.activities === 1 ? "1 aktivitet" : `${s.activities} aktiviteter`} · {s.meetings === 1 ? "1 möte" : `${s.meetings} möten`}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {mayEdit ? (
        <section aria-labelledby="ny-strategi-rubrik" className="panel">
          <h2 id="ny-strategi-rubrik">Ny strategi</h2>
          <StrategyForm key={strategies.length} formId={strategyFormIds.createStrategy} pagePath={pagePath} actionData={actionData} />
        </section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
