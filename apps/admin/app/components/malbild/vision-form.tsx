import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { UpdateVisionInputSchema, VISION_MAX } from "@naravard/domain";
import { type MalbildActionData, anchors } from "../../lib/malbild-forms.ts";
import { FormErrors, TextareaField } from "../fields.tsx";
import { useIsPosting } from "./pending.ts";
import { SavedByOthers } from "../saved-now.tsx";
import { useFocusOnReturn } from "./use-focus-on-return.ts";

interface Props {
  malbildId: string;
  vision: string;
  revision: number;
  formId: string;
  pagePath: string;
  actionData: MalbildActionData | undefined;
}

export function VisionForm({ malbildId, vision, revision, formId, pagePath, actionData }: Props) {
  const own = actionData?.formId === formId ? actionData : undefined;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: { vision },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: UpdateVisionInputSchema }),
  });
  const posting = useIsPosting("update-vision");
  const saveButton = useFocusOnReturn<HTMLButtonElement>(anchors.vision);
  return (
    <Form method="post" action={pagePath} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="update-vision" />
      <input type="hidden" name="malbildId" value={malbildId} />
      {/* After a conflict the user has seen the newer text, so saving again replaces it. */}
      <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? revision} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextareaField
        field={fields.vision}
        label="Visionens text"
        hint={`Målbildens vision i en eller ett par meningar. Högst ${VISION_MAX} tecken.`}
        rows={3}
      />
      {own?.saved ? <SavedByOthers text={own.saved.text} /> : null}
      <button type="submit" className="button" disabled={posting} ref={saveButton}>
        {posting ? "Sparar …" : "Spara visionen"}
      </button>
    </Form>
  );
}
