import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { RetentionInputSchema } from "@naravard/domain";
import type { FormActionData } from "../lib/roadmap-form-data.ts";
import { RETENTION_FORM } from "../lib/settings-view.ts";
import { FormErrors } from "./fields.tsx";
import { NumberField } from "./roadmap-fields.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

/** How long the names and e-mail addresses in public input are kept before they are erased. */
export function RetentionForm({
  days,
  pagePath,
  actionData,
}: {
  days: number;
  pagePath: string;
  actionData: FormActionData | undefined;
}) {
  const own = actionData?.formId === RETENTION_FORM ? actionData : undefined;
  const [form, fields] = useForm({
    id: RETENTION_FORM,
    lastResult: own?.result,
    defaultValue: { days: String(days) },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RetentionInputSchema }),
  });
  const posting = useIsPosting("save-retention");
  return (
    <Form method="post" action={pagePath} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="save-retention" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <NumberField
        field={fields.days}
        label="Gallringstid"
        hint="Antal dagar, 1–3650. Synpunkter som redan är äldre än den nya tiden gallras när du sparar; själva synpunkterna finns kvar utan namn och e-post."
        min={1}
        max={3650}
        suffix="dagar"
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : "Spara gallringstiden"}
        </button>
      </div>
    </Form>
  );
}
