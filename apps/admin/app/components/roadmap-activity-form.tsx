import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { ActivityInputSchema } from "@naravard/domain";
import {
  ELEMENT_FIELD,
  type FormActionData,
  elementValue,
  postedValues,
  withElementLinks,
  editAction,
} from "../lib/roadmap-form-data.ts";
import { UpdateActivitySchema } from "../lib/roadmap-forms.ts";
import { type ActivityView, type ElementGroup, activityDefaults, activityStatusChoices } from "../lib/roadmap-view.ts";
import { FormErrors, SelectField, TextField, TextareaField } from "./fields.tsx";
import { CheckboxGroupField, ElementLinksField, NumberField } from "./roadmap-fields.tsx";
import { SavedNowFacts } from "./saved-now.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

interface Props {
  formId: string;
  /** The activity being changed; none to add a new one. */
  activity?: ActivityView;
  areas: { id: string; title: string }[];
  members: { id: string; name: string }[];
  elements: ElementGroup[];
  pagePath: string;
  cancelTo?: string;
  actionData: FormActionData | undefined;
}

/** Adds an activity to an area of the färdplan, or changes one: status, progress, period, owners, links. */
export function RoadmapActivityForm({ formId, activity, areas, members, elements, pagePath, cancelTo, actionData }: Props) {
  const own = actionData?.formId === formId ? actionData : undefined;
  const schema = activity ? UpdateActivitySchema : ActivityInputSchema;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: activityDefaults(activity),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(withElementLinks(formData), { schema }),
  });
  const intent = activity ? "update-activity" : "create-activity";
  const posting = useIsPosting(intent, activity ? { activityId: activity.id } : {});
  // A refused form comes back with the boxes the user checked; otherwise what is saved.
  const selected = new Set(
    own ? postedValues(own.result.initialValue, ELEMENT_FIELD) : (activity?.links.map(elementValue) ?? []),
  );
  const linkErrors = Object.entries(form.allErrors)
    .filter(([name]) => name === "links" || name.startsWith("links["))
    .flatMap(([, errors]) => errors);
  const areaOptions = [{ value: "", label: "Välj område" }, ...areas.map((a) => ({ value: a.id, label: a.title }))];

  return (
    <Form method="post" action={editAction(pagePath, activity?.id)} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value={intent} />
      {activity ? (
        <>
          <input type="hidden" name="activityId" value={activity.id} />
          {/* After a conflict the user has seen what is saved now, so saving again replaces it. */}
          <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? activity.revision} />
        </>
      ) : null}
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.title} label="Aktivitetens rubrik" hint="Minst 2 och högst 200 tecken." />
      <SelectField field={fields.areaId} label="Område" options={areaOptions} />
      <TextareaField field={fields.description} label="Beskrivning" hint="Frivilligt. Högst 4000 tecken." rows={3} />
      <div className="form-grid">
        <SelectField
          field={fields.status}
          label="Status"
          hint={activity ? "Visar de statusar som aktiviteten kan få härnäst." : undefined}
          options={activityStatusChoices(activity?.status)}
        />
        <NumberField
          field={fields.progress}
          label="Framsteg"
          hint="0–100 %. Räknas när aktiviteten pågår; en klar räknas som 100 %, en planerad som 0 %."
          min={0}
          max={100}
          suffix="%"
        />
        <TextField
          field={fields.startMonth}
          label="Startar"
          hint="Månad som ÅÅÅÅ-MM, till exempel 2023-09. Frivilligt."
          autoComplete="off"
        />
        <TextField field={fields.endMonth} label="Slutar" hint="Månad som ÅÅÅÅ-MM. Frivilligt." autoComplete="off" />
      </div>
      <CheckboxGroupField
        field={fields.ownerMemberIds}
        legend="Ansvariga parter"
        hint="De parter som äger aktiviteten. Du kan välja flera."
        options={members.map((m) => ({ value: m.id, label: m.name }))}
      />
      <ElementLinksField
        formId={formId}
        groups={elements}
        selected={selected}
        errors={linkErrors.length ? linkErrors : undefined}
        hint="Välj de delar av målbilden som aktiviteten för framåt. Du kan välja flera eller ingen."
      />
      {own?.saved ? <SavedNowFacts saved={own.saved} /> : null}
      <div className="button-row">
        <button type="submit" className="button" disabled={posting}>
          {posting ? "Sparar …" : activity ? "Spara aktiviteten" : "Lägg till aktiviteten"}
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
