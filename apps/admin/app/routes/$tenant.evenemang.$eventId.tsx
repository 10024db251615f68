import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { audienceLabel } from "@naravard/domain";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { EventForm } from "../components/event-form.tsx";
import { EventMaterials } from "../components/event-materials.tsx";
import { useFocusOnReturn } from "../components/malbild/use-focus-on-return.ts";
import { AskButton, ConfirmRemoval } from "../components/roadmap-confirm.tsx";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { runEventAction, uploadMaterial } from "../lib/event-actions.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { PARTICIPATION_FORBIDDEN, participationAnchors, participationFormIds } from "../lib/participation-forms.ts";
import { eventLine } from "../lib/participation-view.ts";
import { isMultipart, readFormData } from "../lib/request.server.ts";
import { requireEditor } from "../lib/roadmap-form-actions.server.ts";
import { type FormActionData, askAnchor, pageParams } from "../lib/roadmap-form-data.ts";
import { canEdit, notFound, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : pageTitle(data?.event.title, data?.programme) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const events = await apiFor({ token, tenant: membership.slug }).event.list.query().catch(rethrowUnexpected);
  // Another programme's event, a removed one and an address that is not an id all look the same.
  const found = events.find((e) => e.id === params.eventId);
  if (!found) throw notFound();
  const { materials, ...event } = found;
  const listPath = `/${membership.slug}/evenemang`;
  return {
    programme: membership.name,
    listPath,
    pagePath: `${listPath}/${event.id}`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/evenemang/${event.id}`,
    portalMaterialPath: `${env.PORTAL_URL}/${membership.slug}/evenemang/material`,
    mayEdit: canEdit(membership.role),
    event,
    parent: events.find((e) => e.id === event.parentId)?.title ?? null,
    focusWeeks: events.filter((e) => e.kind === "focus_week" && !e.parentId).map(({ id, title }) => ({ id, title })),
    materials: materials.map(({ id, title, url, fileName, size, missing }) => ({ id, title, url, fileName, size, missing })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireEditor(membership.role, PARTICIPATION_FORBIDDEN);
  const listUrl = `/${membership.slug}/evenemang`;
  const eventId = params.eventId ?? "";
  const ctx = {
    request,
    api: apiFor({ token, tenant: membership.slug }),
    pageUrl: `${listUrl}/${eventId}`,
    listUrl,
    forbidden: PARTICIPATION_FORBIDDEN,
  };
  // The slide-deck upload posts a file (multipart); every other form on the page is a plain one.
  if (isMultipart(request)) return uploadMaterial(ctx, request, eventId);
  const formData = await readFormData(request);
  // Everything changed on this page belongs to this page's event, whatever the form says.
  if (formData.has("eventId")) formData.set("eventId", eventId);
  return runEventAction(ctx, formData);
}

export default function EventPage() {
  const { programme, listPath, pagePath, portalHref, portalMaterialPath, mayEdit, event, parent, focusWeeks, materials } =
    useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  const [searchParams] = useSearchParams();
  const editing = mayEdit && searchParams.get(pageParams.edit) === event.id;
  const confirming = searchParams.get(pageParams.remove);
  // After a removal the page returns to the list of materials, whose heading takes the focus.
  const materialsHeading = useFocusOnReturn<HTMLHeadingElement>(participationAnchors.materials);
  const facts = [
    { label: "När", value: eventLine(event) },
    { label: "Del av", value: parent ?? "" },
    { label: "Målgrupper", value: event.audiences.map((a) => audienceLabel[a]).join(", ") },
    { label: "Plats", value: event.place },
    { label: "Digitalt", value: event.onlineUrl ?? "" },
    { label: "Beskrivning", value: event.description },
  ].filter((f) => f.value);

  return (
    <>
      <p>
        <Link to={listPath}>Alla evenemang</Link>
      </p>
      <h1>{event.title}</h1>
      {mayEdit ? (
        <p>
          Det du sparar syns direkt på portalen. <a href={portalHref}>Visa evenemanget på portalen</a>
        </p>
      ) : (
        <p className="notice">
          Din roll i {programme} får läsa men inte ändra evenemanget. <a href={portalHref}>Visa evenemanget på portalen</a>
        </p>
      )}

      <section aria-labelledby="uppgifter-rubrik" className="panel" id={participationAnchors.facts}>
        <h2 id="uppgifter-rubrik">Uppgifter om evenemanget</h2>
        {editing ? (
          <EventForm
            formId={participationFormIds.edit(event.id)}
            event={event}
            focusWeeks={focusWeeks}
            pagePath={pagePath}
            cancelTo={`${pagePath}#${participationAnchors.edited(event.id)}`}
            actionData={actionData}
          />
        ) : (
          <>
            <dl className="facts facts--wide">
              {facts.map((f) => (
                <div key={f.label}>
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
            {mayEdit && confirming !== event.id ? (
              <div className="button-row">
                <AskButton param={pageParams.edit} value={event.id} pagePath={pagePath} anchor={participationAnchors.facts}>
                  Ändra uppgifterna
                </AskButton>
                <AskButton
                  param={pageParams.remove}
                  value={event.id}
                  pagePath={pagePath}
                  anchor={participationAnchors.facts}
                  className="button button--danger-secondary button--small"
                >
                  Ta bort evenemanget
                </AskButton>
              </div>
            ) : null}
          </>
        )}
        {mayEdit && confirming === event.id ? (
          <ConfirmRemoval
            formId={participationFormIds.remove(event.id)}
            question={`Vill du ta bort evenemanget ${event.title}?`}
            intent="delete-event"
            fields={{ eventId: event.id }}
            confirmLabel="Ja, ta bort evenemanget"
            cancelTo={`${pagePath}#${askAnchor(pageParams.remove, event.id)}`}
            pagePath={pagePath}
            actionData={actionData}
          >
            <p>
              Evenemanget tas bort tillsammans med{" "}
              {materials.length === 1 ? "sitt material" : `sina ${materials.length} material`}, både här och på portalen. Det går
              inte att ångra.
            </p>
          </ConfirmRemoval>
        ) : null}
      </section>

      <section aria-labelledby="material-rubrik" className="panel" id={participationAnchors.materials}>
        <h2 id="material-rubrik" tabIndex={-1} ref={materialsHeading}>
          Material
        </h2>
        <EventMaterials
          eventId={event.id}
          materials={materials}
          pagePath={pagePath}
          portalMaterialPath={portalMaterialPath}
          mayEdit={mayEdit}
          confirming={confirming}
          actionData={actionData}
        />
      </section>
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
