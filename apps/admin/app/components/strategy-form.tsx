import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { StrategyInputSchema } from "@naravard/domain";
import { type FormActionData, editAction } from "../lib/roadmap-form-data.ts";
import { UpdateStrategySchema } from "../lib/strategy-forms.ts";
import { type StrategyView, modeOptions, strategyDefaults } from "../lib/strategy-view.ts";
import { FormErrors, SelectField, TextField, TextareaField } from "./fields.tsx";
import { NumberField } from "./roadmap-fields.tsx";
import { SavedNowFacts } from "./saved-now.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

interface Props {
  formId: string;
  /** The strategy being changed; none to create one. */
  strategy?: StrategyView;
  pagePath: string;
  cancelTo?: string;
  actionData: FormActionData | undefined;
}

/** A development strategy's facts: what it is, who commissioned and steers it, how it is funded, when. */
export function StrategyForm({ formId, strategy, pagePath, cancelTo, actionData }: Props) {
  const own = actionData?.formId === formId ? actionData : undefined;
  const schema = strategy ? UpdateStrategySchema : StrategyInputSchema;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: strategyDefaults(strategy),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const intent = strategy ? "update-strategy" : "create-strategy";
  const posting = useIsPosting(intent);
  return (
    <Form method="post" action={editAction(pagePath, strategy?.id)} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      {strategy ? (
        <>
          <input type="hidden" name="strategyId" value={strategy.id} />
          {/* After a conflict the user has seen what is saved now, so saving again replaces it. */}
          <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? strategy.revision} />
        </>
      ) : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.title} label="Strategins namn" hint="Minst 3 och högst 200 tecken." />
      <SelectField
        field={fields.mode}
        label="Uppdrag"
        options={modeOptions}
        hint="Ska en befintlig strategi implementeras, eller ska en ny tas fram?"
      />
      <TextField
        field={fields.focusArea}
        label="Fokusområde"
        hint="Frivilligt. Till exempel ”Kompetensförsörjning och kompetensutveckling”."
      />
      <TextareaField field={fields.description} label="Beskrivning" hint="Frivilligt. Högst 4000 tecken." rows={4} />
      <div className="form-grid">
        <NumberField
          field={fields.periodStart}
          label="Period från (år)"
          hint="Frivilligt, till exempel 2021."
          min={2000}
          max={2100}
        />
        <NumberField
          field={fields.periodEnd}
          label="Period till (år)"
          hint="Frivilligt, till exempel 2022."
          min={2000}
          max={2100}
        />
      </div>
      <TextField
        field={fields.fundingSource}
        label="Finansiering"
        hint="Frivilligt. Till exempel överenskommelsen ”God och nära vård 2020”."
      />
      <TextField
        field={fields.fundingArea}
        label="Område inom finansieringen"
        hint="Frivilligt. Till exempel ”Goda förutsättningar för vårdens medarbetare”."
      />
      <TextField
        field={fields.commissionedBy}
        label="Uppdragsgivare"
        hint="Frivilligt. Till exempel socialcheferna i medlemskommunerna."
      />
      <TextField field={fields.steeringGroup} label="Styrgrupp" hint="Frivilligt." />
      {own?.saved ? <SavedNowFacts saved={own.saved} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : strategy ? "Spara strategin" : "Skapa strategin"}
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
