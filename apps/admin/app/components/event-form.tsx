import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { EventInputSchema } from "@naravard/domain";
import { UpdateEventSchema } from "../lib/participation-forms.ts";
import { type EventView, eventDefaults, eventKindOptions, eventScopeOptions } from "../lib/participation-view.ts";
import { type FormActionData, editAction } from "../lib/roadmap-form-data.ts";
import { audienceOptions } from "../lib/strategy-view.ts";
import { FormErrors, SelectField, TextField, TextareaField } from "./fields.tsx";
import { CheckboxGroupField } from "./roadmap-fields.tsx";
import { useIsPosting } from "./roadmap-pending.ts";
import { SavedNowFacts } from "./saved-now.tsx";

interface Props {
  formId: string;
  /** The event being changed; none to create one. */
  event?: EventView;
  /** The focus weeks an event can be part of. */
  focusWeeks: { id: string; title: string }[];
  pagePath: string;
  cancelTo?: string;
  actionData: FormActionData | undefined;
}

/** A focus week, workshop, seminar or dialogue meeting: what, for whom, when and where. */
export function EventForm({ formId, event, focusWeeks, pagePath, cancelTo, actionData }: Props) {
  const own = actionData?.formId === formId ? actionData : undefined;
  const schema = event ? UpdateEventSchema : EventInputSchema;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: eventDefaults(event),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
  const intent = event ? "update-event" : "create-event";
  const posting = useIsPosting(intent);
  const parents = focusWeeks.filter((w) => w.id !== event?.id);
  return (
    <Form method="post" action={editAction(pagePath, event?.id)} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      {event ? (
        <>
          <input type="hidden" name="eventId" value={event.id} />
          <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? event.revision} />
        </>
      ) : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.title} label="Rubrik" hint="Till exempel ”Fokusvecka Nära vård 2024”. Minst 3 tecken." />
      <div className="form-grid">
        <SelectField field={fields.kind} label="Typ" options={eventKindOptions} />
        <SelectField
          field={fields.scope}
          label="Omfattning"
          options={eventScopeOptions}
          hint="Regionalt för hela länet, lokalt för en kommun eller ett område."
        />
      </div>
      {parents.length ? (
        <SelectField
          field={fields.parentId}
          label="Del av fokusvecka"
          hint="Frivilligt. Ett evenemang under en fokusvecka visas tillsammans med den."
          options={[{ value: "", label: "Ingen" }, ...parents.map((w) => ({ value: w.id, label: w.title }))]}
        />
      ) : null}
      <CheckboxGroupField
        field={fields.audiences}
        legend="Målgrupper"
        hint="Vilka evenemanget riktar sig till. Du kan välja flera."
        options={audienceOptions}
      />
      <div className="form-grid">
        <TextField
          field={fields.startsOn}
          label="Startdatum"
          hint="ÅÅÅÅ-MM-DD. Lämna tomt om datumet inte är bestämt."
          autoComplete="off"
        />
        <TextField
          field={fields.endsOn}
          label="Slutdatum"
          hint="ÅÅÅÅ-MM-DD, frivilligt. Till exempel fokusveckans sista dag."
          autoComplete="off"
        />
      </div>
      <TextField field={fields.place} label="Plats" hint="Frivilligt. Till exempel ”Stadshuset, Karlstad”." />
      <TextField
        field={fields.onlineUrl}
        label="Länk för att delta digitalt"
        hint="Frivilligt. Börjar med https://."
        autoComplete="off"
      />
      <TextareaField field={fields.description} label="Beskrivning" hint="Frivilligt. Högst 4000 tecken." rows={4} />
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : event ? "Spara evenemanget" : "Skapa evenemanget"}
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
