import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { ContactFormSchema } from "../lib/participation-forms.ts";
import { type FormActionData, editAction } from "../lib/roadmap-form-data.ts";
import { FormErrors, TextField } from "./fields.tsx";
import { useIsPosting } from "./roadmap-pending.ts";
import { SavedNowFacts } from "./saved-now.tsx";

export interface ContactView {
  id: string;
  name: string;
  role: string;
  organisation: string;
  email: string | null;
  phone: string | null;
  revision: number;
}

interface Props {
  formId: string;
  contact?: ContactView;
  pagePath: string;
  cancelTo?: string;
  actionData: FormActionData | undefined;
}

/** A contact person as the portal's contact page shows them. */
export function ContactForm({ formId, contact, pagePath, cancelTo, actionData }: Props) {
  const own = actionData?.formId === formId ? actionData : undefined;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: {
      name: contact?.name ?? "",
      role: contact?.role ?? "",
      organisation: contact?.organisation ?? "",
      email: contact?.email ?? "",
      phone: contact?.phone ?? "",
    },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ContactFormSchema }),
  });
  const posting = useIsPosting("save-contact", contact ? { contactId: contact.id } : {});
  return (
    <Form method="post" action={editAction(pagePath, contact?.id)} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save-contact" />
      {contact ? (
        <>
          <input type="hidden" name="contactId" value={contact.id} />
          <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? contact.revision} />
        </>
      ) : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="form-grid">
        <TextField field={fields.name} label="Namn" autoComplete="off" />
        <TextField field={fields.role} label="Roll" hint="Frivilligt. Till exempel ”Utvecklingsledare Nära vård”." />
        <TextField field={fields.organisation} label="Organisation" hint="Frivilligt. Till exempel ”Region Värmland”." />
        <TextField field={fields.email} label="E-postadress" type="email" hint="Frivilligt." autoComplete="off" />
        <TextField field={fields.phone} label="Telefon" hint="Frivilligt. Till exempel 054-61 40 00." autoComplete="off" />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : contact ? "Spara kontaktpersonen" : "Lägg till kontaktpersonen"}
        </button>
        {cancelTo ? (
          <Link to={cancelTo} preventScrollReset className="button button--secondary">
            Avbryt
          </Link>
        ) : null}
      </div>
      {own?.saved ? <SavedNowFacts saved={own.saved} /> : null}
    </Form>
  );
}
