import { adoptionStatusLabel } from "@naravard/domain";
import { adoptionFormIds } from "../lib/adoption-forms.ts";
import { type DecisionView, decisionLine } from "../lib/adoption-view.ts";
import { type FormActionData, askAnchor, pageParams } from "../lib/roadmap-form-data.ts";
import { AdoptionDecisionForm } from "./adoption-decision-form.tsx";
import { AskButton, ConfirmRemoval } from "./roadmap-confirm.tsx";

interface Props {
  decisions: DecisionView[];
  members: { id: string; name: string }[];
  pagePath: string;
  mayEdit: boolean;
  /** The decision whose form is open (`?andra=`), and the one asked about (`?ta-bort=`). */
  editing: string | null;
  confirming: string | null;
  actionData: FormActionData | undefined;
}

/** Every registered decision, newest first; each can be changed or removed in place. */
export function AdoptionDecisionList({ decisions, members, pagePath, mayEdit, editing, confirming, actionData }: Props) {
  if (decisions.length === 0) return <p className="empty">Inga beslut är registrerade ännu.</p>;
  return (
    <ol className="item-list">
      {decisions.map((d) => {
        const item = adoptionFormIds.item(d.id);
        const back = `${pagePath}#${adoptionFormIds.anchor(d.id)}`;
        const about = <span className="visually-hidden"> beslutet för {d.memberName}</span>;
        return (
          <li key={d.id} id={item} className="item">
            {mayEdit && editing === d.id ? (
              <>
                <h3 className="item__title">Ändra beslutet för {d.memberName}</h3>
                <AdoptionDecisionForm
                  key={d.revision}
                  formId={adoptionFormIds.edit(d.id)}
                  members={members}
                  decision={d}
                  pagePath={pagePath}
                  cancelTo={back}
                  actionData={actionData}
                />
              </>
            ) : (
              <>
                <h3 className="item__title">
                  {d.memberName}: {adoptionStatusLabel[d.status].toLowerCase()}
                </h3>
                <p className="item__meta">{decisionLine(d)}</p>
                {d.note ? <p>{d.note}</p> : null}
                {d.link ? (
                  <p>
                    <a href={d.link} rel="noopener noreferrer">
                      Beslutet<span className="visually-hidden"> för {d.memberName}</span> (extern länk)
                    </a>
                  </p>
                ) : null}
                {mayEdit && confirming !== d.id ? (
                  <div className="button-row">
                    <AskButton param={pageParams.edit} value={d.id} pagePath={pagePath} anchor={item}>
                      Ändra{about}
                    </AskButton>
                    <AskButton param={pageParams.remove} value={d.id} pagePath={pagePath} anchor={item} className="button button--danger-secondary button--small">
                      Ta bort{about}
                    </AskButton>
                  </div>
                ) : null}
              </>
            )}
            {mayEdit && confirming === d.id ? (
              <ConfirmRemoval
                formId={adoptionFormIds.remove(d.id)}
                question={`Vill du ta bort beslutet för ${d.memberName}?`}
                intent="delete-decision"
                fields={{ decisionId: d.id }}
                confirmLabel="Ja, ta bort beslutet"
                cancelTo={`${pagePath}#${askAnchor(pageParams.remove, d.id)}`}
                pagePath={pagePath}
                actionData={actionData}
              >
                <p>
                  Beslutet ({decisionLine(d)}) tas bort. {d.memberName} visas då med sitt tidigare beslut, eller utan beslut, på portalens
                  karta. Det går inte att ångra.
                </p>
              </ConfirmRemoval>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Every member and where it stands today: the same picture as the portal's map. */
export function MemberStatusTable({ members }: { members: { id: string; name: string; status: string; day: string }[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Parternas status i dag</caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Status</th>
            <th scope="col">Beslutsdatum</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.name}</th>
              <td>{m.status}</td>
              <td>{m.day}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
