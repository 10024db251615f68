import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { STATEMENT_MAX, byPosition, malbildStatusLabel } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { AddStatementForm } from "../components/malbild/add-statement-form.tsx";
import { ReadOnlyMalbild } from "../components/malbild/read-only-malbild.tsx";
import { StatementItem } from "../components/malbild/statement-item.tsx";
import { useFocusOnReturn } from "../components/malbild/use-focus-on-return.ts";
import { VisionForm } from "../components/malbild/vision-form.tsx";
import { env } from "../env.server.ts";
import { apiErrorCode, apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { runMalbildAction } from "../lib/malbild-actions.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { CONFIRM_REMOVAL_PARAM, type MalbildActionData, anchors, formIds } from "../lib/malbild-forms.ts";
import { readFormData } from "../lib/request.server.ts";
import { canEdit, notFound, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : pageTitle(data?.mayEdit === false ? "Målbilden" : "Redigera målbilden", data?.programme) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const { malbild } = await apiFor({ token, tenant: membership.slug })
    .malbild.forEdit.query()
    .catch((error: unknown) => {
      if (apiErrorCode(error) === "NOT_FOUND") throw notFound();
      return rethrowUnexpected(error);
    });
  const statement = ({ id, text, revision }: { id: string; text: string; revision: number }) => ({ id, text, revision });
  return {
    programme: membership.name,
    pagePath: `/${membership.slug}/malbild`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/malbild`,
    mayEdit: canEdit(membership.role),
    malbild: {
      id: malbild.id,
      title: malbild.title,
      status: malbildStatusLabel[malbild.status],
      adopted: malbild.status === "adopted",
      vision: malbild.vision,
      revision: malbild.revision,
      perspectives: byPosition(malbild.perspectives).map((p) => ({ id: p.id, title: p.title, statements: byPosition(p.statements).map(statement) })),
      statements: byPosition(malbild.statements).map(statement),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  // The API refuses too; saying so here gives a reader who posts anyway the plain 403 page.
  if (!canEdit(membership.role)) throw new Response("Din roll får inte ändra målbilden.", { status: 403, statusText: "Forbidden" });
  const api = apiFor({ token, tenant: membership.slug });
  return runMalbildAction({ request, api, pageUrl: `/${membership.slug}/malbild` }, await readFormData(request));
}

type EditableMalbild = ReturnType<typeof useLoaderData<typeof loader>>["malbild"];

/** The statements as the editor lists them: per perspective, then those outside any perspective. */
function statementGroups(malbild: EditableMalbild) {
  const hasPerspectives = malbild.perspectives.length > 0;
  const groups: { key: string; title: string | null; context?: string; statements: EditableMalbild["statements"] }[] = malbild.perspectives.map(
    (p) => ({ key: p.id, title: p.title, context: `i ${p.title}`, statements: p.statements }),
  );
  // Statements outside a perspective get a heading of their own only next to perspectives.
  if (malbild.statements.length > 0 || !hasPerspectives) {
    groups.push({
      key: "utan-perspektiv",
      title: hasPerspectives ? "Utan perspektiv" : null,
      context: hasPerspectives ? "utan perspektiv" : undefined,
      statements: malbild.statements,
    });
  }
  return groups;
}

export default function EditMalbildPage() {
  const { programme, pagePath, portalHref, mayEdit, malbild } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as MalbildActionData | undefined;
  const [searchParams] = useSearchParams();
  const confirming = searchParams.get(CONFIRM_REMOVAL_PARAM);
  // After a removal the page returns to the list, whose heading takes the focus the removed item had.
  const statementsHeading = useFocusOnReturn<HTMLHeadingElement>(anchors.statements);
  const total = malbild.statements.length + malbild.perspectives.reduce((n, p) => n + p.statements.length, 0);

  if (!mayEdit) return <ReadOnlyMalbild programme={programme} portalHref={portalHref} malbild={malbild} />;

  const groups = statementGroups(malbild);

  return (
    <>
      <h1>Redigera målbilden</h1>
      <p className="lead">
        {malbild.title} · {malbild.status}
      </p>
      <p>
        {malbild.adopted ? "Målbilden är antagen. " : ""}Det du sparar syns direkt på programmets portal.{" "}
        <a href={portalHref}>Visa målbilden på portalen</a>
      </p>

      <section aria-labelledby="vision-rubrik" className="panel">
        <h2 id="vision-rubrik">Vision</h2>
        <VisionForm
          key={malbild.vision}
          malbildId={malbild.id}
          vision={malbild.vision}
          revision={malbild.revision}
          formId={formIds.vision}
          pagePath={pagePath}
          actionData={actionData}
        />
      </section>

      <section aria-labelledby="pastaenden-rubrik" className="panel" id={anchors.statements}>
        <h2 id="pastaenden-rubrik" tabIndex={-1} ref={statementsHeading}>
          Påståenden
        </h2>
        <p>
          Invånarnas ”jag”-påståenden beskriver hur vården ska upplevas när målbilden är nådd. Varje påstående har minst 3 och
          högst {STATEMENT_MAX} tecken.
        </p>
        {groups.map((group) => {
          const list =
            group.statements.length === 0 ? (
              <p className="empty">Inga påståenden {group.title ? "under det här perspektivet " : ""}ännu.</p>
            ) : (
              <ol className="statement-list">
                {group.statements.map((s, index) => (
                  <StatementItem
                    // A new revision (saved here or elsewhere) starts the form afresh from the saved text.
                    key={`${s.id}:${s.revision}`}
                    statement={s}
                    label={`Påstående ${index + 1}`}
                    context={group.context}
                    pagePath={pagePath}
                    confirmingRemoval={confirming === s.id}
                    actionData={actionData}
                  />
                ))}
              </ol>
            );
          return group.title ? (
            <section key={group.key} aria-labelledby={`grupp-${group.key}`}>
              <h3 id={`grupp-${group.key}`}>{group.title}</h3>
              {list}
            </section>
          ) : (
            <div key={group.key}>{list}</div>
          );
        })}
      </section>

      <section aria-labelledby="nytt-rubrik" className="panel">
        <h2 id="nytt-rubrik">Lägg till ett påstående</h2>
        <AddStatementForm
          key={total}
          malbildId={malbild.id}
          perspectives={malbild.perspectives}
          formId={formIds.addStatement}
          pagePath={pagePath}
          actionData={actionData}
        />
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
