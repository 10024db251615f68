import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { EditableItem } from "../components/editable-item.tsx";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { QuestionForm, RetentionForm } from "../components/question-form.tsx";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { QUESTIONS_FORBIDDEN, participationAnchors, participationFormIds } from "../lib/participation-forms.ts";
import { runQuestionAction } from "../lib/question-actions.server.ts";
import { readFormData } from "../lib/request.server.ts";
import { type FormActionData, pageParams } from "../lib/roadmap-form-data.ts";
import { canEdit, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : pageTitle("Frågor och lagringstid", "Synpunkter", data?.programme) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  if (!canEdit(membership.role)) throw new Response("Din roll får inte se frågorna till allmänheten.", { status: 403 });
  const api = apiFor({ token, tenant: membership.slug });
  const [questions, settings] = await Promise.all([api.publicInput.questions.query(), api.tenant.settings.query()]).catch(
    rethrowUnexpected,
  );
  return {
    programme: membership.name,
    moderationPath: `/${membership.slug}/synpunkter`,
    pagePath: `/${membership.slug}/synpunkter/fragor`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/synpunkter`,
    // Which questions are asked and how long personal data is kept are the coordinator's calls.
    mayChange: membership.role === "coordinator",
    questions: questions.map(({ id, question, purpose, open, revision }) => ({ id, question, purpose, open, revision })),
    retentionDays: settings.inputRetentionDays,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  if (membership.role !== "coordinator") throw new Response(QUESTIONS_FORBIDDEN, { status: 403, statusText: "Forbidden" });
  const ctx = {
    request,
    api: apiFor({ token, tenant: membership.slug }),
    pageUrl: `/${membership.slug}/synpunkter/fragor`,
    forbidden: QUESTIONS_FORBIDDEN,
  };
  return runQuestionAction(ctx, await readFormData(request));
}

export default function QuestionsPage() {
  const { programme, moderationPath, pagePath, portalHref, mayChange, questions, retentionDays } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  const [searchParams] = useSearchParams();
  return (
    <>
      <p>
        <Link to={moderationPath}>Tillbaka till granskningen</Link>
      </p>
      <h1>Frågor och lagringstid</h1>
      <p className="lead">Frågorna som allmänheten svarar på portalen, och hur länge namn och e-post sparas.</p>
      {mayChange ? (
        <p>
          En öppen fråga syns direkt på portalen. <a href={portalHref}>Visa synpunktssidan på portalen</a>
        </p>
      ) : (
        <p className="notice">
          Bara samordnarna i {programme} får ändra frågorna och lagringstiden.{" "}
          <a href={portalHref}>Visa synpunktssidan på portalen</a>
        </p>
      )}
      <section aria-labelledby="fragor-rubrik" className="panel" id={participationAnchors.list}>
        <h2 id="fragor-rubrik">Frågor</h2>
        {questions.length === 0 ? <p className="empty">Inga frågor ännu.</p> : null}
        <ul className="item-list">
          {questions.map((q) => (
            <EditableItem
              key={q.id}
              id={q.id}
              name={`frågan ${q.question}`}
              pagePath={pagePath}
              mayEdit={mayChange}
              editing={searchParams.get(pageParams.edit)}
              confirming={null}
              actionData={actionData}
              form={(cancelTo) => (
                <QuestionForm
                  formId={participationFormIds.edit(q.id)}
                  question={q}
                  pagePath={pagePath}
                  cancelTo={cancelTo}
                  actionData={actionData}
                />
              )}
              removal={null}
            >
              <h3 className="item__title">{q.question}</h3>
              <p className="item__meta">{q.open ? "Öppen för svar" : "Stängd för nya svar"}</p>
              <p>{q.purpose}</p>
            </EditableItem>
          ))}
        </ul>
      </section>
      {mayChange ? (
        <section aria-labelledby="ny-fraga-rubrik" className="panel">
          <h2 id="ny-fraga-rubrik">Ny fråga</h2>
          <QuestionForm key={questions.length} formId={participationFormIds.create} pagePath={pagePath} actionData={actionData} />
        </section>
      ) : null}
      <section aria-labelledby="lagringstid-rubrik" className="panel">
        <h2 id="lagringstid-rubrik">Lagringstid för personuppgifter</h2>
        {mayChange ? (
          <RetentionForm key={retentionDays} days={retentionDays} pagePath={pagePath} actionData={actionData} />
        ) : (
          <p>
            Namn och e-post sparas i {retentionDays} {retentionDays === 1 ? "dag" : "dagar"}.
          </p>
        )}
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
