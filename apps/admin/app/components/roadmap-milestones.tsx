import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form } from "@remix-run/react";
import { MilestoneInputSchema } from "@naravard/domain";
import { formatDate } from "@naravard/ui";
import { type FormActionData, allErrors, askAnchor, pageParams } from "../lib/roadmap-form-data.ts";
import { roadmapAnchors, roadmapFormIds } from "../lib/roadmap-forms.ts";
import { FormErrors, SelectField, TextField } from "./fields.tsx";
import { AskButton, ConfirmRemoval, PostButton } from "./roadmap-confirm.tsx";
import type { PageState } from "./roadmap-activity.tsx";
import { useIsPosting } from "./roadmap-pending.ts";

interface Milestone {
  id: string;
  areaId: string | null;
  title: string;
  dueOn: string;
  done: boolean;
}

interface Props extends Omit<PageState, "editing"> {
  milestones: Milestone[];
  areas: { id: string; title: string }[];
}

/** The färdplan's milestones by date: reached or not, and the form that adds one. */
export function RoadmapMilestones({ milestones, areas, pagePath, mayEdit, confirming, actionData }: Props) {
  const areaTitle = new Map(areas.map((a) => [a.id, a.title]));
  return (
    <>
      {milestones.length === 0 ? <p className="empty">Inga milstolpar ännu.</p> : null}
      <ol className="item-list">
        {milestones.map((m) => {
          const item = roadmapAnchors.milestone(m.id);
          const about = <span className="visually-hidden"> milstolpen {m.title}</span>;
          return (
            <li key={m.id} id={item} className={m.done ? "item item--done" : "item"}>
              <h3 className="item__title">{m.title}</h3>
              <p className="item__meta">
                {formatDate(m.dueOn)} · {m.areaId ? `Område: ${areaTitle.get(m.areaId) ?? "okänt"}` : "Hela färdplanen"} ·{" "}
                <strong>{m.done ? "Nådd" : "Inte nådd"}</strong>
              </p>
              {mayEdit && confirming !== m.id ? (
                <div className="button-row">
                  <PostButton intent="set-milestone-done" fields={{ milestoneId: m.id, done: String(!m.done) }} pagePath={pagePath} id={roadmapAnchors.milestoneToggle(m.id)}>
                    {m.done ? "Markera som inte nådd" : "Markera som nådd"}
                    {about}
                  </PostButton>
                  <AskButton param={pageParams.remove} value={m.id} pagePath={pagePath} anchor={item} className="button button--danger-secondary button--small">
                    Ta bort{about}
                  </AskButton>
                </div>
              ) : null}
              <FormErrors id={`${roadmapFormIds.milestone(m.id)}-fel`} errors={allErrors(actionData, roadmapFormIds.milestone(m.id))} />
              {mayEdit && confirming === m.id ? (
                <ConfirmRemoval
                  formId={roadmapFormIds.remove(m.id)}
                  question={`Vill du ta bort milstolpen ${m.title}?`}
                  intent="delete-milestone"
                  fields={{ milestoneId: m.id }}
                  confirmLabel="Ja, ta bort milstolpen"
                  cancelTo={`${pagePath}#${askAnchor(pageParams.remove, m.id)}`}
                  pagePath={pagePath}
                  actionData={actionData}
                >
                  <p>Milstolpen tas bort ur färdplanen och från portalen. Det går inte att ångra.</p>
                </ConfirmRemoval>
              ) : null}
            </li>
          );
        })}
      </ol>
      {mayEdit ? <MilestoneForm key={milestones.length} areas={areas} pagePath={pagePath} actionData={actionData} /> : null}
    </>
  );
}

function MilestoneForm({ areas, pagePath, actionData }: { areas: { id: string; title: string }[]; pagePath: string; actionData: FormActionData | undefined }) {
  const formId = roadmapFormIds.createMilestone;
  const [form, fields] = useForm({
    id: formId,
    lastResult: actionData?.formId === formId ? actionData.result : undefined,
    defaultValue: { title: "", dueOn: "", areaId: "" },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: MilestoneInputSchema }),
  });
  const posting = useIsPosting("create-milestone");
  return (
    <Form method="post" action={pagePath} preventScrollReset className="form subform" aria-labelledby={`${formId}-rubrik`} {...getFormProps(form)}>
      <h3 id={`${formId}-rubrik`}>Lägg till en milstolpe</h3>
      <input type="hidden" name="intent" value="create-milestone" />
      <FormErrors id={form.errorId} errors={form.errors} />
      <TextField field={fields.title} label="Milstolpe" hint="Till exempel ”Färdplanen antagen i samtliga kommuner”." />
      <div className="form-grid">
        <TextField field={fields.dueOn} label="Datum" hint="ÅÅÅÅ-MM-DD." autoComplete="off" />
        <SelectField field={fields.areaId} label="Gäller" options={[{ value: "", label: "Hela färdplanen" }, ...areas.map((a) => ({ value: a.id, label: a.title }))]} />
      </div>
      <button type="submit" className="button" disabled={posting}>
        {posting ? "Lägger till …" : "Lägg till milstolpen"}
      </button>
    </Form>
  );
}
