import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { IndicatorForm } from "../components/indicator-form.tsx";
import { KoladaImport } from "../components/indicator-import.tsx";
import { IndicatorList } from "../components/indicator-list.tsx";
import { useFocusOnReturn } from "../components/malbild/use-focus-on-return.ts";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { runIndicatorAction } from "../lib/indicator-actions.server.ts";
import { INDICATOR_FORBIDDEN, type ImportActionData, indicatorAnchors, indicatorFormIds } from "../lib/indicator-forms.ts";
import { commitImport, importTooLarge, previewImport, readImportUpload } from "../lib/indicator-import.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { isMultipart, readFormData } from "../lib/request.server.ts";
import { malbildElementGroups } from "../lib/roadmap-elements.server.ts";
import { requireEditor } from "../lib/roadmap-form-actions.server.ts";
import { type FormActionData, pageParams } from "../lib/roadmap-form-data.ts";
import { canEdit, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : pageTitle("Uppföljning", data?.programme) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const api = apiFor({ token, tenant: membership.slug });
  const [indicators, elements, programme] = await Promise.all([
    api.indicator.list.query(),
    malbildElementGroups(api),
    api.tenant.current.query(),
  ]).catch(rethrowUnexpected);
  return {
    programme: membership.name,
    pagePath: `/${membership.slug}/uppfoljning`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/uppfoljning`,
    mayEdit: canEdit(membership.role),
    indicators: indicators.map((i) => ({
      id: i.id,
      code: i.code,
      title: i.title,
      description: i.description,
      unit: i.unit,
      direction: i.direction,
      baselineValue: i.baselineValue,
      baselinePeriod: i.baselinePeriod,
      targetValue: i.targetValue,
      targetPeriod: i.targetPeriod,
      revision: i.revision,
      links: i.links,
      values: i.values.map(({ memberId, memberName, memberCode, period, value }) => ({
        memberId,
        memberName,
        memberCode,
        period,
        value,
      })),
    })),
    elements,
    memberNames: Object.fromEntries(programme.members.map((m) => [m.officialCode, m.name])),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireEditor(membership.role, INDICATOR_FORBIDDEN);
  const ctx = {
    request,
    api: apiFor({ token, tenant: membership.slug }),
    pageUrl: `/${membership.slug}/uppfoljning`,
    forbidden: INDICATOR_FORBIDDEN,
  };
  // The Kolada import posts a file (multipart); every other form on the page is a plain one.
  if (isMultipart(request)) {
    const upload = await readImportUpload(request);
    if (upload === "too-large") return importTooLarge();
    if (upload.get("intent") === "import-commit") return commitImport(ctx, upload);
    return previewImport(ctx, upload);
  }
  return runIndicatorAction(ctx, await readFormData(request));
}

export default function FollowUpPage() {
  const { programme, pagePath, portalHref, mayEdit, indicators, elements, memberNames } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | ImportActionData | undefined;
  const formData = actionData && "result" in actionData ? actionData : undefined;
  const importData = actionData && !("result" in actionData) ? actionData : undefined;
  const [searchParams] = useSearchParams();
  const indicatorTitles = Object.fromEntries(indicators.map((i) => [i.code, i.title]));
  // After a removal or an import the page returns to the list, whose heading takes the focus.
  const listHeading = useFocusOnReturn<HTMLHeadingElement>(indicatorAnchors.list);

  return (
    <>
      <h1>Uppföljning</h1>
      <p className="lead">Indikatorer med utgångsvärde, mål och uppmätta värden per part och år.</p>
      {mayEdit ? (
        <p>
          Det du sparar syns direkt på portalen. <a href={portalHref}>Visa uppföljningen på portalen</a>
        </p>
      ) : (
        <p className="notice">
          Din roll i {programme} får läsa men inte ändra uppföljningen. <a href={portalHref}>Visa uppföljningen på portalen</a>
        </p>
      )}

      <section aria-labelledby="indikatorer-rubrik" className="panel" id={indicatorAnchors.list}>
        <h2 id="indikatorer-rubrik" tabIndex={-1} ref={listHeading}>
          Indikatorer
        </h2>
        <IndicatorList
          indicators={indicators}
          elements={elements}
          pagePath={pagePath}
          mayEdit={mayEdit}
          editing={searchParams.get(pageParams.edit)}
          confirming={searchParams.get(pageParams.remove)}
          actionData={formData}
        />
      </section>

      {mayEdit ? (
        <>
          <section aria-labelledby="ny-indikator-rubrik" className="panel">
            <h2 id="ny-indikator-rubrik">Lägg till en indikator</h2>
            <IndicatorForm
              key={indicators.length}
              formId={indicatorFormIds.create}
              elements={elements}
              pagePath={pagePath}
              actionData={formData}
            />
          </section>
          <section aria-labelledby="kolada-rubrik" className="panel" id={indicatorAnchors.importer}>
            <h2 id="kolada-rubrik">Importera värden från Kolada</h2>
            <KoladaImport pagePath={pagePath} result={importData} memberNames={memberNames} indicatorTitles={indicatorTitles} />
          </section>
        </>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
