import { Form, Link } from "@remix-run/react";
import { type ReactNode, useEffect, useRef } from "react";
import { type FormActionData, allErrors, askAnchor } from "../lib/roadmap-form-data.ts";
import { FormErrors } from "./fields.tsx";
import { useFocusOnReturn } from "./malbild/use-focus-on-return.ts";
import { useIsPosting } from "./roadmap-pending.ts";

interface AskButtonProps {
  /** The query parameter (`andra`, `ta-bort`, `historik`) and the row's id. */
  param: string;
  value: string;
  pagePath: string;
  /** Where the page opens: the row, so the new state is in view without a script. */
  anchor: string;
  className?: string;
  children: ReactNode;
}

/**
 * Opens a state of the page (an edit form, a removal question, a history) with a GET: asking
 * changes nothing, so it is a navigation, not a POST, and it works without a script.
 */
export function AskButton({ param, value, pagePath, anchor, className = "button button--secondary button--small", children }: AskButtonProps) {
  const id = askAnchor(param, value);
  const ref = useFocusOnReturn<HTMLButtonElement>(id);
  return (
    <Form method="get" action={`${pagePath}#${anchor}`} preventScrollReset className="inline-form">
      <button type="submit" name={param} value={value} id={id} ref={ref} className={className}>
        {children}
      </button>
    </Form>
  );
}

interface ConfirmRemovalProps {
  formId: string;
  /** "Vill du ta bort beslutet för Kumla?" */
  question: string;
  /** What happens, and that it cannot be undone. */
  children: ReactNode;
  intent: string;
  /** The hidden fields that name the row. */
  fields: Record<string, string>;
  confirmLabel: string;
  /** Back to the "Ta bort" button, with nothing changed. */
  cancelTo: string;
  pagePath: string;
  actionData: FormActionData | undefined;
}

/** "Are you sure?": a question, what it means, and the one button that removes. */
export function ConfirmRemoval({ formId, question, children, intent, fields, confirmLabel, cancelTo, pagePath, actionData }: ConfirmRemovalProps) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  const posting = useIsPosting(intent, fields);
  // Moves keyboard and screen-reader focus to the question that just appeared (with a script;
  // without one, the #fragment in the address brings the reader here).
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div className="confirm" role="group" aria-labelledby={`${formId}-fraga`}>
      <p className="confirm__question" id={`${formId}-fraga`} ref={questionRef} tabIndex={-1}>
        {question}
      </p>
      {children}
      <Form method="post" action={pagePath} preventScrollReset id={formId}>
        <input type="hidden" name="intent" value={intent} />
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <FormErrors id={`${formId}-fel`} errors={allErrors(actionData, formId)} />
        <div className="button-row">
          <button type="submit" className="button button--danger" disabled={posting}>
            {posting ? "Tar bort …" : confirmLabel}
          </button>
          <Link to={cancelTo} preventScrollReset className="button button--secondary">
            Avbryt
          </Link>
        </div>
      </Form>
    </div>
  );
}

/** A one-button POST (mark a milestone done, move a row): the intent and the row's hidden fields. */
export function PostButton({
  intent,
  fields,
  pagePath,
  className = "button button--secondary button--small",
  id,
  disabled,
  children,
}: {
  intent: string;
  fields: Record<string, string>;
  pagePath: string;
  className?: string;
  id?: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  const posting = useIsPosting(intent, fields);
  const ref = useFocusOnReturn<HTMLButtonElement>(id ?? "");
  return (
    <Form method="post" action={pagePath} preventScrollReset className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={className} id={id} ref={id ? ref : undefined} disabled={disabled || posting} aria-busy={posting || undefined}>
        {children}
      </button>
    </Form>
  );
}
