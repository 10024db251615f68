import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { RetentionForm } from "../components/retention-form.tsx";
import { SettingsForm } from "../components/settings-form.tsx";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";
import type { FormActionData } from "../lib/roadmap-form-data.ts";
import { runSettingsAction } from "../lib/settings-actions.server.ts";
import { type Membership, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : pageTitle("Inställningar", data?.programme) },
];

const FORBIDDEN = "Bara programmets samordnare får ändra inställningarna.";

/** The settings are the coordinators' (the API refuses others too); a member with another role gets the 403 page. */
function requireCoordinator(membership: Membership) {
  if (membership.role !== "coordinator") throw new Response(FORBIDDEN, { status: 403, statusText: "Forbidden" });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireCoordinator(membership);
  const settings = await apiFor({ token, tenant: membership.slug }).tenant.settings.query().catch(rethrowUnexpected);
  return {
    programme: membership.name,
    pagePath: `/${membership.slug}/installningar`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}`,
    settings,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireCoordinator(membership);
  const api = apiFor({ token, tenant: membership.slug });
  return runSettingsAction(
    { request, api, pageUrl: `/${membership.slug}/installningar`, forbidden: FORBIDDEN },
    await readFormData(request),
  );
}

export default function SettingsPage() {
  const { pagePath, portalHref, settings } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  return (
    <>
      <h1>Inställningar</h1>
      <p className="lead">
        Hur programmet ser ut och vilka ord det använder på portalen. Det du sparar syns direkt.{" "}
        <a href={portalHref}>Visa portalen</a>
      </p>
      <section aria-labelledby="installningar-rubrik" className="panel" id="installningar-panel">
        <h2 id="installningar-rubrik">Utseende och begrepp</h2>
        <SettingsForm settings={settings} pagePath={pagePath} actionData={actionData} />
      </section>
      <section aria-labelledby="gallring-rubrik" className="panel">
        <h2 id="gallring-rubrik">Gallring av synpunkter</h2>
        <p>
          Namn och e-postadress i synpunkter från allmänheten sparas bara så länge som behövs för att granska dem. Efter
          gallringstiden tas de bort automatiskt.
        </p>
        <RetentionForm days={settings.inputRetentionDays} pagePath={pagePath} actionData={actionData} />
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
