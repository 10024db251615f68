import { type ChangeRow, formatAt } from "../lib/audit-view.ts";

export interface AuditEntryView {
  id: string;
  at: string;
  action: string;
  entity: string;
  who: string;
  changes: ChangeRow[];
}

/** One change: who, when, what kind of item and, field by field, what it was before and after. */
export function AuditEntry({ entry }: { entry: AuditEntryView }) {
  const headingId = `andring-${entry.id}`;
  const hasBefore = entry.changes.some((c) => c.before !== null);
  const hasAfter = entry.changes.some((c) => c.after !== null);
  return (
    <li className="panel" aria-labelledby={headingId}>
      <h3 className="audit-entry__title" id={headingId}>
        {entry.action}: {entry.entity}
      </h3>
      <p className="hint">
        <time dateTime={entry.at}>{formatAt(entry.at)}</time> av {entry.who}
      </p>
      {entry.changes.length === 0 ? (
        <p>Inga uppgifter att visa för den här ändringen.</p>
      ) : (
        <div className="table-wrap audit-entry__changes">
          <table className="table">
            <caption className="visually-hidden">
              Ändrade uppgifter: {entry.entity}, {formatAt(entry.at)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Uppgift</th>
                {hasBefore ? <th scope="col">Före</th> : null}
                {hasAfter ? <th scope="col">Efter</th> : null}
              </tr>
            </thead>
            <tbody>
              {entry.changes.map((c) => (
                <tr key={c.field}>
                  <th scope="row">{c.field}</th>
                  {hasBefore ? <td>{c.before ?? "–"}</td> : null}
                  {hasAfter ? <td>{c.after ?? "–"}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  );
}
