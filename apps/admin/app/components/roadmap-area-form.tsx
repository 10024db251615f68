import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { AreaInputSchema } from "@naravard/domain";
import { type FormActionData, editAction } from "../lib/roadmap-form-data.ts";
import { UpdateAreaSchema } from "../lib/roadmap-forms.ts";
import { FormErrors, TextField, TextareaField } from "./fields.tsx";
import { SavedNowFacts } from "./saved-now.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

interface Props {
  formId: string;
  /** The area being renamed; none to add a new one. */
  area?: { id: string; title: string; description: string; revision: number };
  pagePath: string;
  cancelTo?: string;
  actionData: FormActionData | undefined;
}

/** Adds an area to the färdplan, or renames and describes one. */
export function RoadmapAreaForm({ formId, area, pagePath, cancelTo, actionData }: Props) {
  const own = actionData?.formId === formId ? actionData : undefined;
  const schema = area ? UpdateAreaSchema : AreaInputSchema;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: { title: area?.title ?? "", description: area?.description ?? "" },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const intent = area ? "update-area" : "create-area";
  const posting = useIsPosting(intent, area ? { areaId: area.id } : {});
  return (
    <Form method="post" action={editAction(pagePath, area?.id)} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      {area ? (
        <>
          <input type="hidden" name="areaId" value={area.id} />
          {/* After a conflict the user has seen what is saved now, so saving again replaces it. */}
          <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? area.revision} />
        </>
      ) : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField
        field={fields.title}
        label="Områdets rubrik"
        hint="Till exempel ”Personcentrerat förhållningssätt”. Minst 2 och högst 160 tecken."
      />
      <TextareaField
        field={fields.description}
        label="Beskrivning"
        hint="Frivilligt. Vad området ska åstadkomma; högst 2000 tecken."
        rows={3}
      />
      {own?.saved ? <SavedNowFacts saved={own.saved} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : area ? "Spara området" : "Lägg till området"}
        </button>
        {cancelTo ? (
          <Link to={cancelTo} preventScrollReset className="button button--secondary">
            Avbryt
          </Link>
        ) : null}
      </div>
    </Form>
  );
}
