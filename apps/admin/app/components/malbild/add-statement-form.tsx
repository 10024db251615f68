import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { AddStatementInputSchema, STATEMENT_MAX } from "@naravard/domain";
import type { MalbildActionData } from "../../lib/malbild-forms.ts";
import { FormErrors, SelectField, TextField } from "../fields.tsx";
import { useIsPosting } from "./pending.ts";

interface Props {
  malbildId: string;
  perspectives: { id: string; title: string }[];
  formId: string;
  pagePath: string;
  actionData: MalbildActionData | undefined;
}

export function AddStatementForm({ malbildId, perspectives, formId, pagePath, actionData }: Props) {
  const [form, fields] = useForm({
    id: formId,
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    defaultValue: { text: "", perspectiveId: "" },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AddStatementInputSchema }),
  });
  const posting = useIsPosting("add-statement");
  const options = [{ value: "", label: "Utan perspektiv" }, ...perspectives.map((p) => ({ value: p.id, label: p.title }))];
  return (
    <Form method="post" action={pagePath} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="add-statement" />
      <input type="hidden" name="malbildId" value={malbildId} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField
        field={fields.text}
        label="Nytt påstående"
        hint={`Skriv i jag-form, till exempel ”Jag får rätt hjälp och stöd i rätt tid”. Minst 3 och högst ${STATEMENT_MAX} tecken.`}
      />
      <SelectField field={fields.perspectiveId} label="Perspektiv" options={options} />
      <button type="submit" className="button" disabled={posting}>
        {posting ? "Lägger till …" : "Lägg till påståendet"}
      </button>
    </Form>
  );
}
