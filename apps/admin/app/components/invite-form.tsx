import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { InviteInputSchema } from "@naravard/domain";
import { peopleFormIds, roleChoices } from "../lib/people-forms.ts";
import type { FormActionData } from "../lib/roadmap-form-data.ts";
import { FormErrors, SelectField, TextField } from "./fields.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

/** E-mail and role; the answer is a one-time link the coordinator passes on. */
export function InviteForm({ pagePath, actionData }: { pagePath: string; actionData: FormActionData | undefined }) {
  const formId = peopleFormIds.invite;
  const [form, fields] = useForm({
    id: formId,
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    defaultValue: { role: "editor" },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: InviteInputSchema }),
  });
  const posting = useIsPosting("invite");
  return (
    <Form method="post" action={pagePath} className="form" preventScrollReset {...getFormProps(form)}>
      <input type="hidden" name="intent" value="invite" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.email} label="E-postadress" type="email" autoComplete="off" />
      <SelectField
        field={fields.role}
        label="Roll"
        hint="Läsare läser allt men ändrar inget. Redaktörer ändrar innehållet. Samordnare ändrar allt, också vilka som har behörighet."
        options={roleChoices.map((r) => ({ value: r.value, label: r.label }))}
      />
      <button type="submit" className="button" disabled={posting}>
        {posting ? "Skapar länk …" : "Skapa inbjudningslänk"}
      </button>
    </Form>
  );
}
