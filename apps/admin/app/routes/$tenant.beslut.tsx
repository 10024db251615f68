import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { AdoptionDecisionForm } from "../components/adoption-decision-form.tsx";
import { AdoptionDecisionList, MemberStatusTable } from "../components/adoption-decision-list.tsx";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { useFocusOnReturn } from "../components/malbild/use-focus-on-return.ts";
import { env } from "../env.server.ts";
import { runAdoptionAction } from "../lib/adoption-actions.server.ts";
import { adoptionFormIds } from "../lib/adoption-forms.ts";
import { memberStatusText, newestFirst } from "../lib/adoption-view.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";
import { requireEditor } from "../lib/roadmap-form-actions.server.ts";
import { type FormActionData, pageParams } from "../lib/roadmap-form-data.ts";
import { canEdit, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [{ title: error ? errorTitle(error) : pageTitle("Beslut", data?.programme) }];

const FORBIDDEN = "Din roll i programmet får inte registrera eller ändra beslut.";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const overview = await apiFor({ token, tenant: membership.slug }).adoption.overview.query({}).catch(rethrowUnexpected);
  return {
    programme: membership.name,
    pagePath: `/${membership.slug}/beslut`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/beslut`,
    mayEdit: canEdit(membership.role),
    progress: overview.progress.sentence,
    members: overview.members.map((m) => ({ id: m.id, name: m.name, ...memberStatusText(m) })),
    decisions: newestFirst(
      overview.decisions.map((d) => ({
        id: d.id,
        memberId: d.memberId,
        memberName: d.memberName,
        status: d.status,
        decidingBody: d.decidingBody,
        decidedOn: d.decidedOn,
        reference: d.reference,
        link: d.link,
        note: d.note,
        revision: d.revision,
      })),
    ),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireEditor(membership.role, FORBIDDEN);
  const api = apiFor({ token, tenant: membership.slug });
  return runAdoptionAction({ request, api, pageUrl: `/${membership.slug}/beslut`, forbidden: FORBIDDEN }, await readFormData(request));
}

export default function AdoptionPage() {
  const { programme, pagePath, portalHref, mayEdit, progress, members, decisions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  const [searchParams] = useSearchParams();
  const memberChoices = members.map(({ id, name }) => ({ id, name }));
  // After a removal the page returns to the list, whose heading takes the focus the removed item had.
  const listHeading = useFocusOnReturn<HTMLHeadingElement>(adoptionFormIds.list);

  return (
    <>
      <h1>Beslut om målbilden</h1>
      <p className="lead">{progress}.</p>
      {mayEdit ? (
        <p>
          Här registrerar du parternas beslut om målbilden. Det du sparar syns direkt på portalens karta. <a href={portalHref}>Visa kartan på portalen</a>
        </p>
      ) : (
        <p className="notice">
          Din roll i {programme} får läsa men inte ändra besluten. Kontakta programmets samordnare om något behöver ändras.{" "}
          <a href={portalHref}>Visa kartan på portalen</a>
        </p>
      )}

      <section aria-labelledby="status-rubrik" className="panel">
        <h2 id="status-rubrik">Parternas status</h2>
        <p>Varje parts senaste beslut räknas. En part utan registrerat beslut visas som ”inget beslut registrerat”, inte som att den har sagt nej.</p>
        <MemberStatusTable members={members} />
      </section>

      {mayEdit ? (
        <section aria-labelledby="nytt-beslut-rubrik" className="panel">
          <h2 id="nytt-beslut-rubrik">Registrera ett beslut</h2>
          <AdoptionDecisionForm key={decisions.length} formId={adoptionFormIds.create} members={memberChoices} pagePath={pagePath} actionData={actionData} />
        </section>
      ) : null}

      <section aria-labelledby="beslut-rubrik" className="panel" id={adoptionFormIds.list}>
        <h2 id="beslut-rubrik" tabIndex={-1} ref={listHeading}>
          Registrerade beslut
        </h2>
        <AdoptionDecisionList
          decisions={decisions}
          members={memberChoices}
          pagePath={pagePath}
          mayEdit={mayEdit}
          editing={searchParams.get(pageParams.edit)}
          confirming={searchParams.get(pageParams.remove)}
          actionData={actionData}
        />
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
