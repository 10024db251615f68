import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction, data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ModerateInputSchema } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { apiErrorMessage, apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { redirectWithFlash } from "../lib/flash.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { readFormData } from "../lib/request.server.ts";
import { canEdit, requireMembership } from "../lib/session.server.ts";

const tabs = { pending: "Att granska", published: "Publicerade", rejected: "Avvisade" } as const;
type Tab = keyof typeof tabs;

export const meta: MetaFunction<typeof loader> = ({ data: d, error }) => [{ title: error ? errorTitle(error) : pageTitle("Synpunkter", d?.programme) }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  if (!canEdit(membership.role)) throw new Response("Din roll får inte granska synpunkter.", { status: 403 });
  const requested = new URL(request.url).searchParams.get("visa");
  const status: Tab = requested === "published" || requested === "rejected" ? requested : "pending";
  const api = apiFor({ token, tenant: membership.slug });
  const [entries, questions] = await Promise.all([api.publicInput.queue.query({ status }), api.publicInput.questions.query()]).catch(rethrowUnexpected);
  return { programme: membership.name, slug: membership.slug, status, entries, questions, mayErase: membership.role === "coordinator" };
}

/** Approve or reject one or many entries (a rejection needs a reason); erase personal data on request. */
export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  if (!canEdit(membership.role)) throw new Response("Din roll får inte granska synpunkter.", { status: 403 });
  const form = await readFormData(request);
  const api = apiFor({ token, tenant: membership.slug });
  const back = `/${membership.slug}/synpunkter`;
  if (form.get("intent") === "erase") {
    try {
      await api.publicInput.erasePersonalData.mutate({ entryId: String(form.get("entryId") ?? "") });
    } catch (error) {
      return data({ error: apiErrorMessage(error, "Personuppgifterna kunde inte raderas.") }, { status: 400 });
    }
    return redirectWithFlash(`${back}?visa=published`, "Namn och e-post är raderade.");
  }
  const parsed = ModerateInputSchema.safeParse({
    entryIds: form.getAll("entryId").map(String),
    decision: form.get("intent") === "reject" ? "rejected" : "published",
    reason: String(form.get("reason") ?? ""),
  });
  if (!parsed.success) return data({ error: parsed.error.issues.map((i) => i.message).join(" ") }, { status: 400 });
  try {
    await api.publicInput.moderate.mutate(parsed.data);
  } catch (error) {
    return data({ error: apiErrorMessage(error, "Granskningen kunde inte sparas.") }, { status: 400 });
  }
  const n = parsed.data.entryIds.length;
  return redirectWithFlash(back, `${n} ${n === 1 ? "synpunkt" : "synpunkter"} ${parsed.data.decision === "published" ? "publicerade" : "avvisade"}.`);
}

export default function Moderation() {
  const { slug, status, entries, questions, mayErase } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const questionOf = new Map(questions.map((q) => [q.id, q.question]));
  return (
    <>
      <h1>Synpunkter</h1>
      <p>
        <Link to={`/${slug}/synpunkter/fragor`}>Frågorna och lagringstiden för personuppgifter</Link>
      </p>
      <nav aria-label="Synpunkternas status">
        <ul className="subnav">
          {(Object.keys(tabs) as Tab[]).map((t) => (
            <li key={t}>
              <Link to={`/${slug}/synpunkter?visa=${t}`} aria-current={t === status ? "page" : undefined}>
                {tabs[t]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {actionData && "error" in actionData ? (
        <p className="form-error" role="alert">
          {actionData.error}
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p>Inga synpunkter {status === "pending" ? "väntar på granskning" : `är ${tabs[status].toLowerCase()}`}.</p>
      ) : status === "pending" ? (
        <Form method="post">
          <fieldset>
            <legend>Välj synpunkter att publicera eller avvisa</legend>
            <ul className="plain-list">
              {entries.map((e) => (
                <li key={e.id} className="panel">
                  <input type="checkbox" name="entryId" value={e.id} id={`val-${e.id}`} />{" "}
                  <label htmlFor={`val-${e.id}`}>
                    <span className="visually-hidden">Välj synpunkten: </span>”{e.text}”
                  </label>
                  <p className="hint">
                    Svar på: {questionOf.get(e.questionId) ?? "okänd fråga"} · {new Date(e.createdAt).toLocaleString("sv-SE", { timeZone: "Europe/Stockholm" })}
                    {e.name ? ` · ${e.name}` : ""}
                    {e.email ? ` · ${e.email}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="form-row">
            <label htmlFor="reason">Skäl (krävs när du avvisar)</label>
            <input id="reason" name="reason" type="text" maxLength={500} />
          </div>
          <p>
            <button type="submit" name="intent" value="publish" className="button">
              Publicera valda
            </button>{" "}
            <button type="submit" name="intent" value="reject" className="button button--secondary">
              Avvisa valda
            </button>
          </p>
        </Form>
      ) : (
        <ul className="plain-list">
          {entries.map((e) => (
            <li key={e.id} className="panel">
              <p>”{e.text}”</p>
              <p className="hint">
                {e.reason ? `Skäl: ${e.reason} · ` : ""}
                {e.personalDataErasedAt ? "Personuppgifterna är raderade." : [e.name, e.email].filter(Boolean).join(" · ") || "Inga personuppgifter lämnade."}
              </p>
              {mayErase && !e.personalDataErasedAt && (e.name || e.email) ? (
                <Form method="post">
                  <input type="hidden" name="entryId" value={e.id} />
                  <button type="submit" name="intent" value="erase" className="button button--secondary button--small">
                    Radera namn och e-post
                  </button>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
