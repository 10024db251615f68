import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { RetentionInputSchema } from "@naravard/domain";
import { QuestionFormSchema, participationFormIds } from "../lib/participation-forms.ts";
import { type FormActionData, editAction } from "../lib/roadmap-form-data.ts";
import { FormErrors, TextField, TextareaField } from "./fields.tsx";
import { CheckboxGroupField, NumberField } from "./roadmap-fields.tsx";
import { useIsPosting } from "./roadmap-pending.ts";
import { SavedNowFacts } from "./saved-now.tsx";

export interface QuestionView {
  id: string;
  question: string;
  purpose: string;
  open: boolean;
  revision: number;
}

const openOptions = [
  { value: "open", label: "Öppen för svar" },
  { value: "closed", label: "Stängd för nya svar" },
];

interface Props {
  formId: string;
  question?: QuestionView;
  pagePath: string;
  cancelTo?: string;
  actionData: FormActionData | undefined;
}

/** A question the public answers on the portal, why it is asked, and whether it takes answers now. */
export function QuestionForm({ formId, question, pagePath, cancelTo, actionData }: Props) {
  const own = actionData?.formId === formId ? actionData : undefined;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: {
      question: question?.question ?? "",
      purpose: question?.purpose ?? "",
      open: question?.open === false ? "closed" : "open",
    },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: QuestionFormSchema }),
  });
  const posting = useIsPosting("save-question", question ? { questionId: question.id } : {});
  return (
    <Form method="post" action={editAction(pagePath, question?.id)} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save-question" />
      {question ? (
        <>
          <input type="hidden" name="questionId" value={question.id} />
          <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? question.revision} />
        </>
      ) : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField
        field={fields.question}
        label="Frågan"
        hint="Till exempel ”Vad är viktigast för dig i en nära vård?”. Minst 5 tecken."
      />
      <TextareaField
        field={fields.purpose}
        label="Varför ni frågar"
        hint="Visas med frågan: varför ni frågar och hur svaren används. Minst 10 tecken."
        rows={3}
      />
      <CheckboxGroupField type="radio" field={fields.open} legend="Svar" options={openOptions} />
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : question ? "Spara frågan" : "Lägg till frågan"}
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

/** How long names and e-mail addresses sent with public input are kept. */
export function RetentionForm({
  days,
  pagePath,
  actionData,
}: {
  days: number;
  pagePath: string;
  actionData: FormActionData | undefined;
}) {
  const formId = participationFormIds.retention;
  const [form, fields] = useForm({
    id: formId,
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    defaultValue: { days: String(days) },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RetentionInputSchema }),
  });
  const posting = useIsPosting("set-retention");
  return (
    <Form method="post" action={pagePath} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="set-retention" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <NumberField
        field={fields.days}
        label="Lagringstid för namn och e-post"
        hint="I dagar, 1–3650. Äldre personuppgifter raderas direkt när du sparar, och därefter varje timme. Själva synpunkterna finns kvar."
        min={1}
        max={3650}
        suffix="dagar"
      />
      <button type="submit" className="button" disabled={posting}>
        {posting ? "Sparar …" : "Spara lagringstiden"}
      </button>
    </Form>
  );
}
