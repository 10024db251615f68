import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { AdoptionDecisionInputSchema, UpdateAdoptionDecisionInputSchema } from "@naravard/domain";
import { type DecisionView, decisionDefaults, decisionStatusChoices } from "../lib/adoption-view.ts";
import { type FormActionData, editAction } from "../lib/roadmap-form-data.ts";
import { FormErrors, SelectField, TextField, TextareaField } from "./fields.tsx";
import { SavedNowFacts } from "./saved-now.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

interface Props {
  formId: string;
  members: { id: string; name: string }[];
  /** The decision being changed; none to register a new one. */
  decision?: DecisionView;
  pagePath: string;
  /** Back to the list without saving (only when changing). */
  cancelTo?: string;
  actionData: FormActionData | undefined;
}

/** Registers a member's decision on the målbild, or changes a registered one. */
export function AdoptionDecisionForm({ formId, members, decision, pagePath, cancelTo, actionData }: Props) {
  const own = actionData?.formId === formId ? actionData : undefined;
  const schema = decision ? UpdateAdoptionDecisionInputSchema : AdoptionDecisionInputSchema;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: decisionDefaults(decision),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const intent = decision ? "update-decision" : "create-decision";
  const posting = useIsPosting(intent, decision ? { decisionId: decision.id } : {});
  const memberOptions = [{ value: "", label: "Välj part" }, ...members.map((m) => ({ value: m.id, label: m.name }))];

  return (
    <Form method="post" action={editAction(pagePath, decision?.id)} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      {decision ? (
        <>
          <input type="hidden" name="decisionId" value={decision.id} />
          {/* After a conflict the user has seen what is saved now, so saving again replaces it. */}
          <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? decision.revision} />
        </>
      ) : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="form-grid">
        <SelectField field={fields.memberId} label="Part" options={memberOptions} />
        <SelectField
          field={fields.status}
          label="Status"
          hint={decision ? "Visar de statusar som beslutet kan ändras till." : undefined}
          options={decisionStatusChoices(decision?.status)}
        />
        <TextField
          field={fields.decidingBody}
          label="Beslutande organ"
          hint="Till exempel kommunfullmäktige, hälso- och sjukvårdsnämnden eller förbundsstyrelsen."
        />
        <TextField
          field={fields.decidedOn}
          label="Beslutsdatum"
          hint="ÅÅÅÅ-MM-DD, till exempel 2022-04-25. Lämna tomt om dagen inte är känd."
          autoComplete="off"
        />
        <TextField field={fields.reference} label="Diarienummer" hint="Frivilligt." autoComplete="off" />
        <TextField
          field={fields.link}
          label="Länk till beslutet"
          hint="Frivilligt. Till exempel protokollet på kommunens webbplats; börjar med https://."
          autoComplete="off"
        />
      </div>
      <TextareaField
        field={fields.note}
        label="Anteckning"
        hint="Frivilligt. Syns på portalen tillsammans med beslutet."
        rows={2}
      />
      {own?.saved ? <SavedNowFacts saved={own.saved} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : decision ? "Spara beslutet" : "Registrera beslutet"}
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
