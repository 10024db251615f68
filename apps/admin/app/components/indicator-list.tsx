import { formatNumber } from "@naravard/ui";
import { indicatorAnchors, indicatorFormIds } from "../lib/indicator-forms.ts";
import { type IndicatorView, directionLabel, indicatorLinks, valueTable, valueWithPeriod } from "../lib/indicator-view.ts";
import { type FormActionData, askAnchor, pageParams } from "../lib/roadmap-form-data.ts";
import type { ElementGroup } from "../lib/roadmap-view.ts";
import { IndicatorForm } from "./indicator-form.tsx";
import { AskButton, ConfirmRemoval } from "./roadmap-confirm.tsx";

interface Props {
  indicators: IndicatorView[];
  elements: ElementGroup[];
  pagePath: string;
  mayEdit: boolean;
  editing: string | null;
  confirming: string | null;
  actionData: FormActionData | undefined;
}

/** Every indicator with its baseline, target, links and measured values; each can be changed or removed. */
export function IndicatorList({ indicators, elements, pagePath, mayEdit, editing, confirming, actionData }: Props) {
  if (indicators.length === 0) return <p className="empty">Programmet har inga indikatorer ännu.</p>;
  return (
    <ul className="item-list">
      {indicators.map((i) => {
        const item = indicatorAnchors.indicator(i.id);
        const about = <span className="visually-hidden"> indikatorn {i.title}</span>;
        if (mayEdit && editing === i.id)
          return (
            <li key={i.id} id={item} className="item">
              <h3 className="item__title">Ändra indikatorn {i.title}</h3>
              <IndicatorForm
                formId={indicatorFormIds.edit(i.id)}
                indicator={i}
                elements={elements}
                pagePath={pagePath}
                cancelTo={`${pagePath}#${indicatorAnchors.edited(i.id)}`}
                actionData={actionData}
              />
            </li>
          );
        const links = indicatorLinks(i, elements);
        return (
          <li key={i.id} id={item} className="item">
            <h3 className="item__title">{i.title}</h3>
            <dl className="item__facts">
              <div>
                <dt>Kod</dt>
                <dd>{i.code}</dd>
              </div>
              <div>
                <dt>Utgångsvärde</dt>
                <dd>{valueWithPeriod(i.baselineValue, i.unit, i.baselinePeriod)}</dd>
              </div>
              <div>
                <dt>Mål</dt>
                <dd>{valueWithPeriod(i.targetValue, i.unit, i.targetPeriod)}</dd>
              </div>
              <div>
                <dt>Riktning</dt>
                <dd>{directionLabel[i.direction]}</dd>
              </div>
            </dl>
            {i.description ? <p>{i.description}</p> : null}
            {links.length ? (
              <ul className="tag-list" aria-label={`Kopplingar till målbilden för ${i.title}`}>
                {links.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            ) : null}
            <IndicatorValues indicator={i} />
            {mayEdit && confirming !== i.id ? (
              <div className="button-row">
                <AskButton param={pageParams.edit} value={i.id} pagePath={pagePath} anchor={item}>
                  Ändra{about}
                </AskButton>
                <AskButton param={pageParams.remove} value={i.id} pagePath={pagePath} anchor={item} className="button button--danger-secondary button--small">
                  Ta bort{about}
                </AskButton>
              </div>
            ) : null}
            {mayEdit && confirming === i.id ? (
              <ConfirmRemoval
                formId={indicatorFormIds.remove(i.id)}
                question={`Vill du ta bort indikatorn ${i.title}?`}
                intent="delete-indicator"
                fields={{ indicatorId: i.id }}
                confirmLabel="Ja, ta bort indikatorn"
                cancelTo={`${pagePath}#${askAnchor(pageParams.remove, i.id)}`}
                pagePath={pagePath}
                actionData={actionData}
              >
                <p>
                  Indikatorn tas bort tillsammans med {i.values.length === 1 ? "sitt värde" : `sina ${i.values.length} värden`}, både här och på portalen. Det går
                  inte att ångra.
                </p>
              </ConfirmRemoval>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function IndicatorValues({ indicator }: { indicator: IndicatorView }) {
  if (indicator.values.length === 0) return <p className="empty">Inga värden ännu. Importera dem från Kolada nedan.</p>;
  const { periods, rows } = valueTable(indicator.values);
  return (
    <div className="table-wrap">
      <table className="table table--numbers">
        <caption>
          Värden för {indicator.title} ({indicator.unit})
        </caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            {periods.map((p) => (
              <th key={p} scope="col">
                {p}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.memberId}>
              <th scope="row">{row.name}</th>
              {row.cells.map((value, index) => (
                <td key={periods[index]}>{value === null ? <NoValue /> : formatNumber(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const NoValue = () => (
  <>
    <span aria-hidden="true">–</span>
    <span className="visually-hidden">inget värde</span>
  </>
);
