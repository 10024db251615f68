import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { EventForm } from "../components/event-form.tsx";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { runEventListAction } from "../lib/event-actions.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { PARTICIPATION_FORBIDDEN, participationFormIds } from "../lib/participation-forms.ts";
import { type EventView, eventLine, splitEvents } from "../lib/participation-view.ts";
import { readFormData } from "../lib/request.server.ts";
import { requireEditor } from "../lib/roadmap-form-actions.server.ts";
import type { FormActionData } from "../lib/roadmap-form-data.ts";
import { canEdit, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : pageTitle("Evenemang", data?.programme) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const events = await apiFor({ token, tenant: membership.slug }).event.list.query().catch(rethrowUnexpected);
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
  const views = events.map(({ materials, ...e }) => ({ ...e, materials: materials.length }));
  return {
    programme: membership.name,
    pagePath: `/${membership.slug}/evenemang`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/evenemang`,
    mayEdit: canEdit(membership.role),
    ...splitEvents(views, today),
    focusWeeks: views.filter((e) => e.kind === "focus_week" && !e.parentId).map(({ id, title }) => ({ id, title })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireEditor(membership.role, PARTICIPATION_FORBIDDEN);
  const listUrl = `/${membership.slug}/evenemang`;
  const ctx = {
    request,
    api: apiFor({ token, tenant: membership.slug }),
    pageUrl: listUrl,
    listUrl,
    forbidden: PARTICIPATION_FORBIDDEN,
  };
  return runEventListAction(ctx, await readFormData(request));
}

type Listed = EventView & { materials: number };

function EventList({ events, pagePath, empty }: { events: Listed[]; pagePath: string; empty: string }) {
  if (events.length === 0) return <p className="empty">{empty}</p>;
  return (
    <ul className="card-list">
      {events.map((e) => (
        <li key={e.id} className="card">
          <h3 className="card__title">
            <Link to={`${pagePath}/${e.id}`}>{e.title}</Link>
          </h3>
          <p className="item__meta">{eventLine(e)}</p>
          <p>{e.materials === 0 ? "Inget material" : e.materials === 1 ? "1 material" : `${e.materials} material`}</p>
        </li>
      ))}
    </ul>
  );
}

export default function EventsPage() {
  const { programme, pagePath, portalHref, mayEdit, upcoming, past, focusWeeks } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  return (
    <>
      <h1>Evenemang</h1>
      <p className="lead">Fokusveckor, workshoppar, seminarier och dialogmöten, med bildspel och länkar.</p>
      {mayEdit ? (
        <p>
          Det du sparar syns direkt på portalen. <a href={portalHref}>Visa evenemangen på portalen</a>
        </p>
      ) : (
        <p className="notice">
          Din roll i {programme} får läsa men inte ändra evenemangen. <a href={portalHref}>Visa evenemangen på portalen</a>
        </p>
      )}
      <section aria-labelledby="kommande-rubrik" className="panel">
        <h2 id="kommande-rubrik">Kommande</h2>
        <EventList events={upcoming} pagePath={pagePath} empty="Inga kommande evenemang." />
      </section>
      <section aria-labelledby="tidigare-rubrik" className="panel">
        <h2 id="tidigare-rubrik">Tidigare</h2>
        <EventList events={past} pagePath={pagePath} empty="Inga tidigare evenemang." />
      </section>
      {mayEdit ? (
        <section aria-labelledby="nytt-rubrik" className="panel">
          <h2 id="nytt-rubrik">Nytt evenemang</h2>
          <EventForm
            key={upcoming.length + past.length}
            formId={participationFormIds.create}
            focusWeeks={focusWeeks}
            pagePath={pagePath}
            actionData={actionData}
          />
        </section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
