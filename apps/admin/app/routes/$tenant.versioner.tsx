import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { FormErrors } from "../components/fields.tsx";
import { useIsPosting } from "../components/roadmap-pending.ts";
import { VersionList } from "../components/version-list.tsx";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";
import { type FormActionData, allErrors } from "../lib/roadmap-form-data.ts";
import { requireMembership } from "../lib/session.server.ts";
import { runVersionAction } from "../lib/version-actions.server.ts";
import { ADOPT_PARAM, draftStart, lastChangedBy, versionFormIds } from "../lib/version-view.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : pageTitle("Versioner", data?.programme) },
];

const FORBIDDEN = "Bara programmets samordnare får skapa versioner och ändra deras status.";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const api = apiFor({ token, tenant: membership.slug });
  const mayChange = membership.role === "coordinator";
  const [versions, audit] = await Promise.all([
    api.malbildVersion.listAll.query(),
    // The audit log is the coordinators' to read; for them it names who last changed each version.
    mayChange ? api.audit.list.query({ entity: "malbild", limit: 200 }) : Promise.resolve([]),
  ]).catch(rethrowUnexpected);
  const changedBy = lastChangedBy(audit);
  const summaries = versions.map((v) => ({ ...v, changedBy: changedBy.get(v.id) ?? null }));
  return {
    programme: membership.name,
    pagePath: `/${membership.slug}/versioner`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/malbild/versioner`,
    mayChange,
    versions: summaries,
    start: draftStart(versions),
    today: new Date().toISOString().slice(0, 10),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  if (membership.role !== "coordinator") throw new Response(FORBIDDEN, { status: 403, statusText: "Forbidden" });
  const api = apiFor({ token, tenant: membership.slug });
  return runVersionAction(
    { request, api, pageUrl: `/${membership.slug}/versioner`, forbidden: FORBIDDEN },
    await readFormData(request),
  );
}

export default function VersionsPage() {
  const { programme, pagePath, portalHref, mayChange, versions, start, today } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  const [searchParams] = useSearchParams();
  const creating = useIsPosting("create-draft");

  return (
    <>
      <h1>Målbildens versioner</h1>
      <p className="lead">
        En ny version börjar som utkast, kan skickas på remiss och blir gällande när den antas. Då ersätts den version som var
        antagen.
      </p>
      {mayChange ? null : (
        <p className="notice">
          Din roll i {programme} får se versionerna men inte ändra dem. Kontakta programmets samordnare om en ny version behövs.
        </p>
      )}
      <p>
        <a href={portalHref}>Versionshistoriken på portalen</a>
      </p>

      {mayChange ? (
        <section aria-labelledby="ny-version-rubrik" className="panel">
          <h2 id="ny-version-rubrik">Ny version</h2>
          {start.kind === "ready" ? (
            <Form method="post" action={pagePath} preventScrollReset id={versionFormIds.createDraft}>
              <p>Utkastet blir en kopia av version {start.fromNumber}, den antagna målbilden.</p>
              <input type="hidden" name="intent" value="create-draft" />
              <input type="hidden" name="fromMalbildId" value={start.fromId} />
              <FormErrors id={`${versionFormIds.createDraft}-fel`} errors={allErrors(actionData, versionFormIds.createDraft)} />
              <button type="submit" className="button" disabled={creating}>
                {creating ? "Skapar …" : "Skapa ett utkast"}
              </button>
            </Form>
          ) : start.kind === "open" ? (
            <p>Version {start.versionNumber} är under arbete. Anta den eller gör klart den innan du börjar på en ny version.</p>
          ) : (
            <p>Det finns ingen antagen version att utgå från ännu.</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="versioner-rubrik" className="panel" id={versionFormIds.list}>
        <h2 id="versioner-rubrik">Alla versioner</h2>
        <VersionList
          versions={versions}
          pagePath={pagePath}
          portalHref={portalHref}
          mayChange={mayChange}
          adopting={searchParams.get(ADOPT_PARAM)}
          today={today}
          actionData={actionData}
        />
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
