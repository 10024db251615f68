import { Form } from "@remix-run/react";
import { formatNumber } from "@naravard/ui";
import { useEffect, useRef } from "react";
import { type ImportActionData, type ImportReport, indicatorAnchors, indicatorFormIds } from "../lib/indicator-forms.ts";
import { importSummary } from "../lib/indicator-view.ts";
import { useIsPosting } from "./roadmap-pending.ts";

interface Props {
  pagePath: string;
  result: ImportActionData | undefined;
  /** Names for the codes in the file: members by SCB code, indicators by code. */
  memberNames: Record<string, string>;
  indicatorTitles: Record<string, string>;
}

const RESULT_ID = "kolada-resultat";

/**
 * Values from Kolada in two steps: a dry run that shows what would change and every row's error,
 * then "Genomför importen", which posts the same text again (kept in a hidden field) for real.
 */
export function KoladaImport({ pagePath, result, memberNames, indicatorTitles }: Props) {
  const fileId = indicatorFormIds.importFile;
  const fileError = result?.formId === fileId ? result.error : undefined;
  const checking = useIsPosting("import-preview");
  const describedBy = [`${fileId}-hint`, fileError ? `${fileId}-error` : null].filter(Boolean).join(" ");
  return (
    <>
      <p>
        Hämta nyckeltalen från Kolada i API-format (JSON) och välj filen här. Bara totalen för båda könen (T) importeras. Kommunerna har sina
        SCB-koder och regionen koden 00 följt av länskoden, till exempel 0017. Indikatorn måste finnas här med nyckeltalets kod innan värdena kan
        importeras.
      </p>
      <Form method="post" encType="multipart/form-data" action={`${pagePath}#${RESULT_ID}`} preventScrollReset className="form">
        <input type="hidden" name="intent" value="import-preview" />
        <div className={fileError ? "field field--invalid" : "field"}>
          <label className="field__label" htmlFor={fileId}>
            Fil från Kolada
          </label>
          <p className="field__hint" id={`${fileId}-hint`}>
            JSON, högst 5 MB. Först visas vad som skulle ändras; inget sparas förrän du väljer ”Genomför importen”.
          </p>
          {fileError ? (
            <p className="field__error" id={`${fileId}-error`}>
              <span className="visually-hidden">Fel: </span>
              {fileError}
            </p>
          ) : null}
          <input type="file" id={fileId} name="file" accept=".json,application/json" className="file-input" aria-describedby={describedBy} aria-invalid={fileError ? true : undefined} />
        </div>
        <button type="submit" className="button" disabled={checking}>
          {checking ? "Kontrollerar …" : "Kontrollera filen"}
        </button>
      </Form>
      {result?.report && result.content !== undefined ? (
        <ImportResult
          report={result.report}
          content={result.content}
          fileName={result.fileName ?? ""}
          error={result.formId === indicatorFormIds.importCommit ? result.error : undefined}
          pagePath={pagePath}
          memberNames={memberNames}
          indicatorTitles={indicatorTitles}
        />
      ) : null}
    </>
  );
}

interface ResultProps extends Omit<Props, "result"> {
  report: ImportReport;
  content: string;
  fileName: string;
  error: string | undefined;
}

function ImportResult({ report, content, fileName, error, pagePath, memberNames, indicatorTitles }: ResultProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const importing = useIsPosting("import-commit");
  const changed = report.added + report.updated;
  // A new result takes the focus, so a screen reader reads what the check found.
  useEffect(() => heading.current?.focus(), [report]);
  return (
    <section id={RESULT_ID} aria-labelledby={`${RESULT_ID}-rubrik`} className="import-result">
      <h3 id={`${RESULT_ID}-rubrik`} tabIndex={-1} ref={heading}>
        Kontroll av {fileName || "filen"}
      </h3>
      {error ? (
        <div className="form-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <p className="import-result__summary">{importSummary(report)}</p>
      {report.errorCount ? (
        <div className="form-error">
          <p>Inget kan importeras förrän raderna nedan är rättade i filen.</p>
          <ul>
            {report.errors.map((e) => (
              <li key={e.row}>{e.message}</li>
            ))}
          </ul>
          {report.errorCount > report.errors.length ? <p>… och {report.errorCount - report.errors.length} fel till.</p> : null}
        </div>
      ) : null}
      {report.changes.length ? (
        <div className="table-wrap">
          <table className="table table--numbers">
            <caption>
              Värden som {report.errorCount ? "skulle ändras" : "ändras"}
              {changed > report.changes.length ? ` (de ${report.changes.length} första av ${changed})` : ""}
            </caption>
            <thead>
              <tr>
                <th scope="col">Indikator</th>
                <th scope="col">Part</th>
                <th scope="col">År</th>
                <th scope="col">Nu</th>
                <th scope="col">Efter importen</th>
              </tr>
            </thead>
            <tbody>
              {report.changes.map((c) => (
                <tr key={`${c.indicatorCode}|${c.memberCode}|${c.period}`}>
                  <td>{indicatorTitles[c.indicatorCode] ?? c.indicatorCode}</td>
                  <th scope="row">{memberNames[c.memberCode] ?? c.memberCode}</th>
                  <td>{c.period}</td>
                  <td>{c.before === null ? "nytt" : formatNumber(c.before)}</td>
                  <td>{formatNumber(c.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {report.errorCount === 0 && changed === 0 ? <p>Filen ändrar inget: alla värden i den finns redan sparade.</p> : null}
      {report.errorCount === 0 && changed > 0 ? (
        <Form method="post" encType="multipart/form-data" action={`${pagePath}#${indicatorAnchors.list}`} preventScrollReset className="form">
          <input type="hidden" name="intent" value="import-commit" />
          <input type="hidden" name="fileName" value={fileName} />
          <input type="hidden" name="content" value={content} />
          <p>
            {changed} {changed === 1 ? "värde sparas" : "värden sparas"}. Ett sparat värde för samma indikator, part och år ersätts.
          </p>
          <button type="submit" className="button" disabled={importing}>
            {importing ? "Importerar …" : "Genomför importen"}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
