import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ContactForm } from "../components/contact-form.tsx";
import { EditableItem } from "../components/editable-item.tsx";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { useFocusOnReturn } from "../components/malbild/use-focus-on-return.ts";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { runContactAction } from "../lib/contact-actions.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { PARTICIPATION_FORBIDDEN, participationAnchors, participationFormIds } from "../lib/participation-forms.ts";
import { readFormData } from "../lib/request.server.ts";
import { requireEditor } from "../lib/roadmap-form-actions.server.ts";
import { type FormActionData, pageParams } from "../lib/roadmap-form-data.ts";
import { canEdit, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : pageTitle("Kontakt", data?.programme) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  const contacts = await apiFor({ token, tenant: membership.slug }).contact.list.query().catch(rethrowUnexpected);
  return {
    programme: membership.name,
    pagePath: `/${membership.slug}/kontakt`,
    portalHref: `${env.PORTAL_URL}/${membership.slug}/kontakt`,
    mayEdit: canEdit(membership.role),
    contacts,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  requireEditor(membership.role, PARTICIPATION_FORBIDDEN);
  const ctx = {
    request,
    api: apiFor({ token, tenant: membership.slug }),
    pageUrl: `/${membership.slug}/kontakt`,
    forbidden: PARTICIPATION_FORBIDDEN,
  };
  return runContactAction(ctx, await readFormData(request));
}

export default function ContactsPage() {
  const { programme, pagePath, portalHref, mayEdit, contacts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as FormActionData | undefined;
  const [searchParams] = useSearchParams();
  // After a removal the page returns to the list, whose heading takes the focus the removed item had.
  const listHeading = useFocusOnReturn<HTMLHeadingElement>(participationAnchors.list);
  return (
    <>
      <h1>Kontakt</h1>
      <p className="lead">Kontaktpersonerna på portalens kontaktsida, i den ordning portalen visar dem.</p>
      {mayEdit ? (
        <p>
          Det du sparar syns direkt på portalen. <a href={portalHref}>Visa kontaktsidan på portalen</a>
        </p>
      ) : (
        <p className="notice">
          Din roll i {programme} får läsa men inte ändra kontaktpersonerna. <a href={portalHref}>Visa kontaktsidan på portalen</a>
        </p>
      )}
      <section aria-labelledby="lista-rubrik" className="panel" id={participationAnchors.list}>
        <h2 id="lista-rubrik" tabIndex={-1} ref={listHeading}>
          Kontaktpersoner
        </h2>
        {contacts.length === 0 ? <p className="empty">Inga kontaktpersoner ännu.</p> : null}
        <ul className="item-list">
          {contacts.map((c) => (
            <EditableItem
              key={c.id}
              id={c.id}
              name={c.name}
              pagePath={pagePath}
              mayEdit={mayEdit}
              editing={searchParams.get(pageParams.edit)}
              confirming={searchParams.get(pageParams.remove)}
              actionData={actionData}
              form={(cancelTo) => (
                <ContactForm
                  formId={participationFormIds.edit(c.id)}
                  contact={c}
                  pagePath={pagePath}
                  cancelTo={cancelTo}
                  actionData={actionData}
                />
              )}
              removal={{
                intent: "delete-contact",
                fields: { contactId: c.id },
                question: `Vill du ta bort ${c.name} som kontaktperson?`,
                confirmLabel: "Ja, ta bort kontaktpersonen",
                consequence: `${c.name} tas bort från portalens kontaktsida.`,
              }}
            >
              <h3 className="item__title">{c.name}</h3>
              <p className="item__meta">{[c.role, c.organisation].filter(Boolean).join(", ") || "Ingen roll angiven"}</p>
              <p>{[c.email, c.phone].filter(Boolean).join(" · ") || "Ingen e-post eller telefon angiven."}</p>
            </EditableItem>
          ))}
        </ul>
      </section>
      {mayEdit ? (
        <section aria-labelledby="ny-rubrik" className="panel">
          <h2 id="ny-rubrik">Ny kontaktperson</h2>
          <ContactForm key={contacts.length} formId={participationFormIds.create} pagePath={pagePath} actionData={actionData} />
        </section>
      ) : null}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
