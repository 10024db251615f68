import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { type ActivityStatus, type Audience, type StrategyActivityKind, StrategyActivityInputSchema, strategyActivityKindLabel } from "@naravard/domain";
import { formatDate } from "@naravard/ui";
import { type FormActionData, askAnchor, pageParams } from "../lib/roadmap-form-data.ts";
import { activityStatusOptions } from "../lib/roadmap-view.ts";
import { ActivityStatusInputSchema, strategyAnchors, strategyFormIds } from "../lib/strategy-forms.ts";
import { audienceOptions, audiencesText, kindOptions } from "../lib/strategy-view.ts";
import { FormErrors, SelectField, TextField } from "./fields.tsx";
import { useFocusOnReturn } from "./malbild/use-focus-on-return.ts";
import { AskButton, ConfirmRemoval } from "./roadmap-confirm.tsx";
import { CheckboxGroupField } from "./roadmap-fields.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

export interface StrategyActivityView {
  id: string;
  kind: StrategyActivityKind;
  title: string;
  audiences: Audience[];
  status: ActivityStatus;
  heldOn: string | null;
}

interface Props {
  strategyId: string;
  activities: StrategyActivityView[];
  pagePath: string;
  mayEdit: boolean;
  confirming: string | null;
  actionData: FormActionData | undefined;
}

/** The strategy's activities (information efforts, dialogue meetings, workshops), each with its status. */
export function StrategyActivities({ strategyId, activities, pagePath, mayEdit, confirming, actionData }: Props) {
  return (
    <>
      {activities.length === 0 ? <p className="empty">Inga aktiviteter ännu.</p> : null}
      <ol className="item-list">
        {activities.map((a) => {
          const item = strategyAnchors.activity(a.id);
          return (
            <li key={a.id} id={item} className="item">
              <h3 className="item__title">{a.title}</h3>
              <p className="item__meta">
                {strategyActivityKindLabel[a.kind]}
                {a.audiences.length ? ` · För ${audiencesText(a.audiences).toLowerCase()}` : ""}
                {a.heldOn ? ` · ${formatDate(a.heldOn)}` : " · Inget datum"}
              </p>
              {mayEdit ? (
                <>
                  <StatusForm key={`${a.status}:${a.heldOn}`} activity={a} pagePath={pagePath} actionData={actionData} />
                  {confirming === a.id ? (
                    <ConfirmRemoval
                      formId={strategyFormIds.remove(a.id)}
                      question={`Vill du ta bort aktiviteten ${a.title}?`}
                      intent="delete-activity"
                      fields={{ activityId: a.id }}
                      confirmLabel="Ja, ta bort aktiviteten"
                      cancelTo={`${pagePath}#${askAnchor(pageParams.remove, a.id)}`}
                      pagePath={pagePath}
                      actionData={actionData}
                    >
                      <p>Aktiviteten tas bort ur strategin och från portalen. Det går inte att ångra.</p>
                    </ConfirmRemoval>
                  ) : (
                    <AskButton param={pageParams.remove} value={a.id} pagePath={pagePath} anchor={item} className="button button--danger-secondary button--small">
                      Ta bort<span className="visually-hidden"> aktiviteten {a.title}</span>
                    </AskButton>
                  )}
                </>
              ) : (
                <p>Status: {activityStatusOptions.find((o) => o.value === a.status)?.label}</p>
              )}
            </li>
          );
        })}
      </ol>
      {mayEdit ? <AddActivityForm key={activities.length} strategyId={strategyId} pagePath={pagePath} actionData={actionData} /> : null}
    </>
  );
}

/** Status and date of one activity: a small form of its own, so changing one touches no other. */
function StatusForm({ activity, pagePath, actionData }: { activity: StrategyActivityView; pagePath: string; actionData: FormActionData | undefined }) {
  const formId = strategyFormIds.activityStatus(activity.id);
  const [form, fields] = useForm({
    id: formId,
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    defaultValue: { status: activity.status, heldOn: activity.heldOn ?? "" },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ActivityStatusInputSchema }),
  });
  const posting = useIsPosting("set-activity-status", { activityId: activity.id });
  const saveButton = useFocusOnReturn<HTMLButtonElement>(formId);
  return (
    <Form method="post" action={pagePath} preventScrollReset className="inline-fields" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="set-activity-status" />
      <input type="hidden" name="activityId" value={activity.id} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <SelectField field={fields.status} label={<>Status<span className="visually-hidden"> för {activity.title}</span></>} options={activityStatusOptions} />
      <TextField field={fields.heldOn} label={<>Datum<span className="visually-hidden"> för {activity.title}</span></>} hint="ÅÅÅÅ-MM-DD, frivilligt." autoComplete="off" />
      <button type="submit" className="button button--small" disabled={posting} ref={saveButton}>
        {posting ? "Sparar …" : "Spara"}
        <span className="visually-hidden"> status för {activity.title}</span>
      </button>
    </Form>
  );
}

function AddActivityForm({ strategyId, pagePath, actionData }: { strategyId: string; pagePath: string; actionData: FormActionData | undefined }) {
  const formId = strategyFormIds.addActivity;
  const [form, fields] = useForm({
    id: formId,
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    defaultValue: { kind: "workshop", title: "", audiences: [] as string[], status: "planned", heldOn: "" },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: StrategyActivityInputSchema }),
  });
  const posting = useIsPosting("add-activity");
  return (
    <Form method="post" action={pagePath} preventScrollReset className="form subform" aria-labelledby={`${formId}-rubrik`} {...getFormProps(form)}>
      <h3 id={`${formId}-rubrik`}>Lägg till en aktivitet</h3>
      <input type="hidden" name="intent" value="add-activity" />
      <input type="hidden" name="strategyId" value={strategyId} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.title} label="Aktivitetens rubrik" hint="Till exempel ”Dialogmöte med politiker i norra Bohuslän”. Minst 3 tecken." />
      <div className="form-grid">
        <SelectField field={fields.kind} label="Typ" options={kindOptions} />
        <SelectField field={fields.status} label="Status" options={activityStatusOptions} />
        <TextField field={fields.heldOn} label="Datum" hint="ÅÅÅÅ-MM-DD, frivilligt." autoComplete="off" />
      </div>
      <CheckboxGroupField field={fields.audiences} legend="Målgrupper" hint="Vilka aktiviteten riktar sig till. Du kan välja flera." options={audienceOptions} />
      <button type="submit" className="button" disabled={posting}>
        {posting ? "Lägger till …" : "Lägg till aktiviteten"}
      </button>
    </Form>
  );
}
