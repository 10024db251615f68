import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { MaterialLinkInputSchema } from "@naravard/domain";
import { MaterialUploadSchema, participationAnchors, participationFormIds } from "../lib/participation-forms.ts";
import { fileSize } from "../lib/participation-view.ts";
import { type FormActionData, askAnchor, pageParams } from "../lib/roadmap-form-data.ts";
import { FieldError, FormErrors, TextField } from "./fields.tsx";
import { AskButton, ConfirmRemoval } from "./roadmap-confirm.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

export interface MaterialView {
  id: string;
  title: string;
  url: string | null;
  fileName: string | null;
  size: number | null;
  /** A file the seed names but never received (imported history): listed, not downloadable. */
  missing: boolean;
}

interface Props {
  eventId: string;
  materials: MaterialView[];
  pagePath: string;
  /** Where the portal serves an uploaded file: `${portalMaterialPath}/<id>`. */
  portalMaterialPath: string;
  mayEdit: boolean;
  confirming: string | null;
  actionData: FormActionData | undefined;
}

/** An event's slide decks (uploaded PDFs) and links, with forms to add and remove them. */
export function EventMaterials({ eventId, materials, pagePath, portalMaterialPath, mayEdit, confirming, actionData }: Props) {
  return (
    <>
      {materials.length === 0 ? <p className="empty">Inget material ännu.</p> : null}
      <ul className="item-list">
        {materials.map((m) => {
          const item = `material-${m.id}`;
          return (
            <li key={m.id} id={item} className="item">
              <p className="item__title">
                {m.missing ? (
                  <>
                    {m.title} – <em>filen finns inte i plattformen</em>
                  </>
                ) : m.url ? (
                  <a href={m.url} rel="noopener noreferrer">
                    {m.title} (extern länk)
                  </a>
                ) : (
                  <a href={`${portalMaterialPath}/${m.id}`}>
                    {m.title} (PDF, {fileSize(m.size)})
                  </a>
                )}
              </p>
              {mayEdit && confirming === m.id ? (
                <ConfirmRemoval
                  formId={participationFormIds.remove(m.id)}
                  question={`Vill du ta bort ${m.title}?`}
                  intent="delete-material"
                  fields={{ materialId: m.id }}
                  confirmLabel="Ja, ta bort materialet"
                  cancelTo={`${pagePath}#${askAnchor(pageParams.remove, m.id)}`}
                  pagePath={pagePath}
                  actionData={actionData}
                >
                  <p>Materialet tas bort från evenemanget, här och på portalen. Det går inte att ångra.</p>
                </ConfirmRemoval>
              ) : mayEdit ? (
                <AskButton
                  param={pageParams.remove}
                  value={m.id}
                  pagePath={pagePath}
                  anchor={item}
                  className="button button--danger-secondary button--small"
                >
                  Ta bort<span className="visually-hidden"> {m.title}</span>
                </AskButton>
              ) : null}
            </li>
          );
        })}
      </ul>
      {mayEdit ? (
        <>
          <UploadForm key={`fil-${materials.length}`} eventId={eventId} pagePath={pagePath} actionData={actionData} />
          <LinkForm key={`lank-${materials.length}`} eventId={eventId} pagePath={pagePath} actionData={actionData} />
        </>
      ) : null}
    </>
  );
}

type FormProps = { eventId: string; pagePath: string; actionData: FormActionData | undefined };

/** A slide deck as a PDF: posted as a file (multipart), so it works without a script. */
function UploadForm({ eventId, pagePath, actionData }: FormProps) {
  const formId = participationFormIds.addFile;
  const [form, fields] = useForm({
    id: formId,
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MaterialUploadSchema }),
  });
  const posting = useIsPosting("add-file");
  const hintId = `${fields.file.id}-hint`;
  const describedBy = [hintId, fields.file.errors ? fields.file.errorId : null].filter(Boolean).join(" ");
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      action={`${pagePath}#${participationAnchors.materials}`}
      preventScrollReset
      className="form subform"
      aria-labelledby={`${formId}-rubrik`}
      {...getFormProps(form)}
    >
      <h3 id={`${formId}-rubrik`}>Ladda upp ett bildspel</h3>
      <input type="hidden" name="intent" value="add-file" />
      <input type="hidden" name="eventId" value={eventId} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.title} label="Rubrik" hint="Till exempel ”Bildspel från seminariet”. Minst 3 tecken." />
      <div className={fields.file.errors ? "field field--invalid" : "field"}>
        <label className="field__label" htmlFor={fields.file.id}>
          Fil (PDF)
        </label>
        <p className="field__hint" id={hintId}>
          Bildspelet sparat som PDF, högst 20 MB.
        </p>
        <FieldError field={fields.file} />
        <input {...getInputProps(fields.file, { type: "file" })} accept="application/pdf,.pdf" aria-describedby={describedBy} />
      </div>
      <button type="submit" className="button" disabled={posting}>
        {posting ? "Laddar upp …" : "Ladda upp bildspelet"}
      </button>
    </Form>
  );
}

/** A link to material elsewhere (a recording, the organiser's page). */
function LinkForm({ eventId, pagePath, actionData }: FormProps) {
  const formId = participationFormIds.addLink;
  const [form, fields] = useForm({
    id: formId,
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MaterialLinkInputSchema }),
  });
  const posting = useIsPosting("add-link");
  return (
    <Form
      method="post"
      action={pagePath}
      preventScrollReset
      className="form subform"
      aria-labelledby={`${formId}-rubrik`}
      {...getFormProps(form)}
    >
      <h3 id={`${formId}-rubrik`}>Lägg till en länk</h3>
      <input type="hidden" name="intent" value="add-link" />
      <input type="hidden" name="eventId" value={eventId} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.title} label="Rubrik" hint="Till exempel ”Inspelning av seminariet”. Minst 3 tecken." />
      <TextField field={fields.url} label="Länk" hint="Börjar med https://." autoComplete="off" />
      <button type="submit" className="button" disabled={posting}>
        {posting ? "Lägger till …" : "Lägg till länken"}
      </button>
    </Form>
  );
}
