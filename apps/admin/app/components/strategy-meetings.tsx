import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { StrategyMeetingInputSchema } from "@naravard/domain";
import { formatDate } from "@naravard/ui";
import { type FormActionData, askAnchor, pageParams, postedValues, withLines } from "../lib/roadmap-form-data.ts";
import { DECISIONS_TEXT, LogDecisionSchema, strategyAnchors, strategyFormIds } from "../lib/strategy-forms.ts";
import { FieldError, FormErrors, TextField, TextareaField } from "./fields.tsx";
import { useFocusOnReturn } from "./malbild/use-focus-on-return.ts";
import { AskButton, ConfirmRemoval } from "./roadmap-confirm.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

export interface MeetingView {
  id: string;
  body: string;
  title: string;
  heldOn: string | null;
  decisions: string[];
}

interface Props {
  strategyId: string;
  meetings: MeetingView[];
  pagePath: string;
  mayEdit: boolean;
  confirming: string | null;
  actionData: FormActionData | undefined;
}

/** Governance check-ins (steering group, management networks, commissioners) and the decisions taken at them. */
export function StrategyMeetings({ strategyId, meetings, pagePath, mayEdit, confirming, actionData }: Props) {
  return (
    <>
      {meetings.length === 0 ? <p className="empty">Inga möten ännu.</p> : null}
      <ol className="item-list">
        {meetings.map((m) => {
          const item = strategyAnchors.meeting(m.id);
          const name = `${m.body}${m.title ? ` – ${m.title}` : ""}`;
          return (
            <li key={m.id} id={item} className="item">
              <h3 className="item__title">{name}</h3>
              <p className="item__meta">{m.heldOn ? formatDate(m.heldOn) : "Inget datum"}</p>
              {m.decisions.length ? (
                <>
                  <h4 className="item__subtitle">Beslut</h4>
                  <ol>
                    {m.decisions.map((d, index) => (
                      <li key={index}>{d}</li>
                    ))}
                  </ol>
                </>
              ) : (
                <p className="empty">Inga beslut loggade.</p>
              )}
              {mayEdit ? (
                <>
                  <LogDecisionForm key={m.decisions.length} meeting={m} name={name} pagePath={pagePath} actionData={actionData} />
                  {confirming === m.id ? (
                    <ConfirmRemoval
                      formId={strategyFormIds.remove(m.id)}
                      question={`Vill du ta bort mötet ${name}?`}
                      intent="delete-meeting"
                      fields={{ meetingId: m.id }}
                      confirmLabel="Ja, ta bort mötet"
                      cancelTo={`${pagePath}#${askAnchor(pageParams.remove, m.id)}`}
                      pagePath={pagePath}
                      actionData={actionData}
                    >
                      <p>
                        Mötet och {m.decisions.length === 1 ? "dess beslut" : `dess ${m.decisions.length} beslut`} tas bort ur strategin och från portalen. Det går
                        inte att ångra.
                      </p>
                    </ConfirmRemoval>
                  ) : (
                    <AskButton param={pageParams.remove} value={m.id} pagePath={pagePath} anchor={item} className="button button--danger-secondary button--small">
                      Ta bort<span className="visually-hidden"> mötet {name}</span>
                    </AskButton>
                  )}
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
      {mayEdit ? <AddMeetingForm key={meetings.length} strategyId={strategyId} pagePath={pagePath} actionData={actionData} /> : null}
    </>
  );
}

function LogDecisionForm({ meeting, name, pagePath, actionData }: { meeting: MeetingView; name: string; pagePath: string; actionData: FormActionData | undefined }) {
  const formId = strategyFormIds.logDecision(meeting.id);
  const [form, fields] = useForm({
    id: formId,
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    defaultValue: { decision: "" },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LogDecisionSchema }),
  });
  const posting = useIsPosting("log-decision", { meetingId: meeting.id });
  const button = useFocusOnReturn<HTMLButtonElement>(formId);
  return (
    <Form method="post" action={pagePath} preventScrollReset className="form" {...getFormProps(form)}>
      <input type="hidden" name="intent" value="log-decision" />
      <input type="hidden" name="meetingId" value={meeting.id} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextareaField field={fields.decision} label={<>Logga ett beslut<span className="visually-hidden"> från {name}</span></>} rows={2} />
      <button type="submit" className="button button--secondary button--small" disabled={posting} ref={button}>
        {posting ? "Loggar …" : "Logga beslutet"}
        <span className="visually-hidden"> från {name}</span>
      </button>
    </Form>
  );
}

function AddMeetingForm({ strategyId, pagePath, actionData }: { strategyId: string; pagePath: string; actionData: FormActionData | undefined }) {
  const formId = strategyFormIds.addMeeting;
  const lastResult = actionData?.formId === formId ? actionData.result : undefined;
  const [form, fields] = useForm({
    id: formId,
    lastResult,
    defaultValue: { body: "", title: "", heldOn: "" },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(withLines(formData, DECISIONS_TEXT, "decisions"), { schema: StrategyMeetingInputSchema }),
  });
  const posting = useIsPosting("add-meeting");
  // The schema checks each line as `decisions[n]`; the user sees them all under the one textarea.
  const decisionErrors = Object.entries(form.allErrors)
    .filter(([name]) => name === "decisions" || name.startsWith("decisions["))
    .flatMap(([, errors]) => errors);
  const invalid = decisionErrors.length > 0;
  const decisions = { id: `${formId}-beslut`, hintId: `${formId}-beslut-hint`, errorId: `${formId}-beslut-error` };
  return (
    <Form method="post" action={pagePath} preventScrollReset className="form subform" aria-labelledby={`${formId}-rubrik`} {...getFormProps(form)}>
      <h3 id={`${formId}-rubrik`}>Lägg till ett möte</h3>
      <input type="hidden" name="intent" value="add-meeting" />
      <input type="hidden" name="strategyId" value={strategyId} />
      <FormErrors id={form.errorId} errors={form.errors} />
      <div className="form-grid">
        <TextField field={fields.body} label="Med vem" hint="Till exempel styrgruppen, ett chefsnätverk eller uppdragsgivarna." />
        <TextField field={fields.title} label="Mötets rubrik" hint="Frivilligt. Till exempel ”Avstämning våren 2022”." />
        <TextField field={fields.heldOn} label="Datum" hint="ÅÅÅÅ-MM-DD, frivilligt." autoComplete="off" />
      </div>
      <div className={invalid ? "field field--invalid" : "field"}>
        <label className="field__label" htmlFor={decisions.id}>
          Beslut
        </label>
        <p className="field__hint" id={decisions.hintId}>
          Frivilligt. Ett beslut per rad; fler kan loggas senare.
        </p>
        <FieldError field={{ errorId: decisions.errorId, errors: invalid ? decisionErrors : undefined }} />
        <textarea
          className="textarea"
          rows={3}
          id={decisions.id}
          name={DECISIONS_TEXT}
          defaultValue={postedValues(lastResult?.initialValue, DECISIONS_TEXT)[0] ?? ""}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${decisions.errorId} ${decisions.hintId}` : decisions.hintId}
        />
      </div>
      <button type="submit" className="button" disabled={posting}>
        {posting ? "Lägger till …" : "Lägg till mötet"}
      </button>
    </Form>
  );
}
