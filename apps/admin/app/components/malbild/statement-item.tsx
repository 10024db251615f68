import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { UpdateStatementInputSchema } from "@naravard/domain";
import { CONFIRM_REMOVAL_PARAM, type MalbildActionData, anchors, formIds } from "../../lib/malbild-forms.ts";
import { FormErrors, TextField } from "../fields.tsx";
import { useIsPosting } from "./pending.ts";
import { SavedByOthers } from "../saved-now.tsx";
import { useFocusOnReturn } from "./use-focus-on-return.ts";

export interface StatementItemProps {
  statement: { id: string; text: string; revision: number };
  /** "Påstående 2", and what tells it apart for a screen reader ("i Invånarperspektivet"). */
  label: string;
  context?: string;
  pagePath: string;
  confirmingRemoval: boolean;
  actionData: MalbildActionData | undefined;
}

/** One statement: edit its text, or remove it after a confirmation step that needs no script. */
export function StatementItem({ statement, label, context, pagePath, confirmingRemoval, actionData }: StatementItemProps) {
  const formId = formIds.statement(statement.id);
  const own = actionData?.formId === formId ? actionData : undefined;
  const [form, fields] = useForm({
    id: formId,
    lastResult: own?.result,
    defaultValue: { text: statement.text },
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: UpdateStatementInputSchema }),
  });
  const posting = useIsPosting("update-statement", statement.id);
  const saveButton = useFocusOnReturn<HTMLButtonElement>(anchors.statement(statement.id));
  const removeButton = useFocusOnReturn<HTMLButtonElement>(anchors.removeButton(statement.id));
  const askFormId = `fraga-${formId}`;
  const forScreenReaders = <span className="visually-hidden">{` ${label.toLowerCase()}${context ? ` ${context}` : ""}`}</span>;

  return (
    <li className="statement" id={anchors.statement(statement.id)}>
      <Form method="post" action={pagePath} preventScrollReset className="statement__form" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="update-statement" />
        <input type="hidden" name="statementId" value={statement.id} />
        {/* After a conflict the user has seen the newer text, so saving again replaces it. */}
        <input type="hidden" name="expectedRevision" value={own?.saved?.revision ?? statement.revision} />
        <FormErrors id={form.errorId} errors={form.errors} />
        <TextField
          field={fields.text}
          label={
            <>
              {label}
              {context ? <span className="visually-hidden"> {context}</span> : null}
            </>
          }
        />
        {own?.saved ? <SavedByOthers text={own.saved.text} /> : null}
        <div className="button-row">
          <button type="submit" className="button" disabled={posting} ref={saveButton}>
            {posting ? "Sparar …" : "Spara"}
            {forScreenReaders}
          </button>
          {confirmingRemoval ? null : (
            // Sits next to "Spara" but belongs to the GET form below (forms cannot nest).
            <button
              type="submit"
              form={askFormId}
              name={CONFIRM_REMOVAL_PARAM}
              value={statement.id}
              id={anchors.removeButton(statement.id)}
              ref={removeButton}
              className="button button--danger-secondary"
            >
              Ta bort{forScreenReaders}
            </button>
          )}
        </div>
      </Form>
      {/* Asking "are you sure?" changes nothing, so it is a navigation (GET), not a POST. */}
      <Form id={askFormId} method="get" action={`${pagePath}#${anchors.statement(statement.id)}`} preventScrollReset hidden />
      {confirmingRemoval ? (
        <ConfirmRemoval statement={statement} label={label} pagePath={pagePath} actionData={actionData} />
      ) : null}
    </li>
  );
}

function ConfirmRemoval({
  statement,
  label,
  pagePath,
  actionData,
}: Pick<StatementItemProps, "statement" | "label" | "pagePath" | "actionData">) {
  const formId = formIds.removal(statement.id);
  const errors = actionData?.formId === formId ? Object.values(actionData.result.error ?? {}).flatMap((e) => e ?? []) : [];
  const question = useRef<HTMLParagraphElement>(null);
  const posting = useIsPosting("remove-statement", statement.id);
  // Moves keyboard and screen-reader focus to the question that just appeared (with a script;
  // without one, the #fragment in the address brings the reader here).
  useEffect(() => question.current?.focus(), []);

  return (
    <div className="confirm" role="group" aria-labelledby={`${formId}-fraga`}>
      <p className="confirm__question" id={`${formId}-fraga`} ref={question} tabIndex={-1}>
        Vill du ta bort {label.toLowerCase()}?
      </p>
      <p>”{statement.text}” tas bort ur målbilden och syns inte längre på portalen. Det går inte att ångra.</p>
      <Form method="post" action={pagePath} preventScrollReset id={formId}>
        <input type="hidden" name="intent" value="remove-statement" />
        <input type="hidden" name="statementId" value={statement.id} />
        <FormErrors id={`${formId}-fel`} errors={errors} />
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={posting}>
            {posting ? "Tar bort …" : "Ja, ta bort påståendet"}
          </button>
          <Link to={`${pagePath}#${anchors.removeButton(statement.id)}`} preventScrollReset className="button button--secondary">
            Avbryt
          </Link>
        </div>
      </Form>
    </div>
  );
}
