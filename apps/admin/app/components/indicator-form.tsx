import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { IndicatorInputSchema } from "@naravard/domain";
import { DECIMAL_FIELDS, UpdateIndicatorSchema, withDecimalPoints } from "../lib/indicator-forms.ts";
import { type IndicatorView, directionOptions, indicatorDefaults } from "../lib/indicator-view.ts";
import {
  ELEMENT_FIELD,
  type FormActionData,
  elementValue,
  postedValues,
  withElementLinks,
  editAction,
} from "../lib/roadmap-form-data.ts";
import type { ElementGroup } from "../lib/roadmap-view.ts";
import { FormErrors, SelectField, TextField, TextareaField } from "./fields.tsx";
import { ElementLinksField } from "./roadmap-fields.tsx";
import { useIsPosting } from "./roadmap-pending.ts";
import { SavedNowFacts } from "./saved-now.tsx";

interface Props {
  formId: string;
  /** The indicator being changed; none to add one. */
  indicator?: IndicatorView;
  elements: ElementGroup[];
  pagePath: string;
  cancelTo?: string;
  actionData: FormActionData | undefined;
}

/** An indicator: its code (Kolada's KPI id, for imports), what it measures, baseline, target and målbild links. */
export function IndicatorForm({ formId, indicator, elements, pagePath, cancelTo, actionData }: Props) {
  const own = actionData?.formId === formId ? actionData : undefined;
  const schema = indicator ? UpdateIndicatorSchema : IndicatorInputSchema;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: indicatorDefaults(indicator),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(withElementLinks(withDecimalPoints(formData, DECIMAL_FIELDS)), { schema }),
  });
  const intent = indicator ? "update-indicator" : "create-indicator";
  const posting = useIsPosting(intent, indicator ? { indicatorId: indicator.id } : {});
  const selected = new Set(
    own ? postedValues(own.result.initialValue, ELEMENT_FIELD) : (indicator?.links.map(elementValue) ?? []),
  );
  const linkErrors = Object.entries(form.allErrors)
    .filter(([name]) => name === "links" || name.startsWith("links["))
    .flatMap(([, errors]) => errors);

  return (
    <Form method="post" action={editAction(pagePath, indicator?.id)} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      <FormErrors id={form.errorId} errors={form.errors} />
      {indicator ? (
        <>
          <input type="hidden" name="indicatorId" value={indicator.id} />
          <input type="hidden" name="code" value={indicator.code} />
          <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? indicator.revision} />
          <p>
            <strong>Kod:</strong> {indicator.code}{" "}
            <span className="field__hint">(kan inte ändras: värden som importeras från Kolada kopplas till koden)</span>
          </p>
        </>
      ) : (
        <TextField
          field={fields.code}
          label="Kod"
          hint="Koladas id för nyckeltalet, till exempel N00945, så att värden kan importeras. Bokstäver a–z, siffror, punkt, bindestreck och understreck."
          autoComplete="off"
        />
      )}
      <TextField field={fields.title} label="Rubrik" hint="Vad indikatorn mäter. Minst 3 och högst 200 tecken." />
      <TextareaField
        field={fields.description}
        label="Beskrivning"
        hint="Frivilligt. Källa, hur värdet räknas fram, avgränsningar."
        rows={3}
      />
      <div className="form-grid">
        <TextField field={fields.unit} label="Enhet" hint="Till exempel procent, antal eller dagar." />
        <SelectField field={fields.direction} label="Riktning" options={directionOptions} />
        <TextField
          field={fields.baselineValue}
          label="Utgångsvärde"
          hint="Frivilligt. Till exempel 58 eller 57,5."
          autoComplete="off"
        />
        <TextField
          field={fields.baselinePeriod}
          label="Utgångsvärdets år"
          hint="Frivilligt, till exempel 2021."
          autoComplete="off"
        />
        <TextField field={fields.targetValue} label="Målvärde" hint="Frivilligt." autoComplete="off" />
        <TextField field={fields.targetPeriod} label="Målår" hint="Frivilligt, till exempel 2025." autoComplete="off" />
      </div>
      <ElementLinksField
        formId={formId}
        groups={elements}
        selected={selected}
        errors={linkErrors.length ? linkErrors : undefined}
        hint="Välj de delar av målbilden som indikatorn följer upp. Du kan välja flera eller ingen."
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : indicator ? "Spara indikatorn" : "Lägg till indikatorn"}
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
