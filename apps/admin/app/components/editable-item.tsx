import type { ReactNode } from "react";
import { participationAnchors, participationFormIds } from "../lib/participation-forms.ts";
import { type FormActionData, askAnchor, pageParams } from "../lib/roadmap-form-data.ts";
import { AskButton, ConfirmRemoval } from "./roadmap-confirm.tsx";

interface Props {
  id: string;
  /** Read out with the buttons: "Ändra <name>". */
  name: string;
  pagePath: string;
  mayEdit: boolean;
  /** The row whose form is open (`?andra=`) and the one asked about (`?ta-bort=`). */
  editing: string | null;
  confirming: string | null;
  actionData: FormActionData | undefined;
  /** The row as it reads. */
  children: ReactNode;
  /** The row's edit form, given where "Avbryt" returns. */
  form: (cancelTo: string) => ReactNode;
  /** How the row is removed; null for rows that are not removed (questions are closed instead). */
  removal: { intent: string; fields: Record<string, string>; question: string; confirmLabel: string; consequence: string } | null;
}

/**
 * One row of a list that is changed and removed in place, each state opened with a GET (works
 * without a script): the news, good examples, contacts and questions lists share it.
 */
export function EditableItem({ id, name, pagePath, mayEdit, editing, confirming, actionData, children, form, removal }: Props) {
  const item = participationAnchors.item(id);
  const about = <span className="visually-hidden"> {name}</span>;
  return (
    <li id={item} className="item">
      {mayEdit && editing === id ? (
        form(`${pagePath}#${participationAnchors.edited(id)}`)
      ) : (
        <>
          {children}
          {mayEdit && confirming !== id ? (
            <div className="button-row">
              <AskButton param={pageParams.edit} value={id} pagePath={pagePath} anchor={item}>
                Ändra{about}
              </AskButton>
              {removal ? (
                <AskButton
                  param={pageParams.remove}
                  value={id}
                  pagePath={pagePath}
                  anchor={item}
                  className="button button--danger-secondary button--small"
                >
                  Ta bort{about}
                </AskButton>
              ) : null}
            </div>
          ) : null}
        </>
      )}
      {mayEdit && removal && confirming === id ? (
        <ConfirmRemoval
          formId={participationFormIds.remove(id)}
          question={removal.question}
          intent={removal.intent}
          fields={removal.fields}
          confirmLabel={removal.confirmLabel}
          cancelTo={`${pagePath}#${askAnchor(pageParams.remove, id)}`}
          pagePath={pagePath}
          actionData={actionData}
        >
          <p>{removal.consequence} Det går inte att ångra.</p>
        </ConfirmRemoval>
      ) : null}
    </li>
  );
}
