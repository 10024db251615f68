import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { LineChart, formatMonth } from "@naravard/ui";
import { GeneralErrorBoundary } from "../components/error-boundary.tsx";
import { env } from "../env.server.ts";
import { apiFor, rethrowUnexpected } from "../lib/api.server.ts";
import { errorTitle, pageTitle } from "../lib/meta.ts";
import { feedbackByPage, feedbackSeries, shareUseful } from "../lib/participation-view.ts";
import { canEdit, requireMembership } from "../lib/session.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data, error }) => [
  { title: error ? errorTitle(error) : pageTitle("Sidfeedback", data?.programme) },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { token, membership } = await requireMembership(request, params.tenant);
  if (!canEdit(membership.role)) throw new Response("Din roll får inte se sidfeedbacken.", { status: 403 });
  const rows = await apiFor({ token, tenant: membership.slug }).feedback.summary.query().catch(rethrowUnexpected);
  const pages = feedbackByPage(rows);
  return { programme: membership.name, portalUrl: env.PORTAL_URL, pages, chart: feedbackSeries(pages) };
}

const percent = (share: number | null) => (share === null ? "–" : `${share} %`);

/** "Hade du nytta av innehållet på denna sida?": the answers per portal page and month, and the comments. */
export default function PageFeedbackPage() {
  const { portalUrl, pages, chart } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>Sidfeedback</h1>
      <p className="lead">
        Svaren på frågan ”Hade du nytta av innehållet på denna sida?” längst ned på portalens sidor, per sida och månad.
      </p>
      {pages.length === 0 ? (
        <p className="empty">Ingen har svarat ännu.</p>
      ) : (
        <>
          <section aria-labelledby="over-tid-rubrik" className="panel">
            <h2 id="over-tid-rubrik">Andel som hade nytta, över tid</h2>
            <LineChart
              id="sidfeedback-diagram"
              title="Andel som hade nytta av sidan, per månad"
              description={`Procent ja-svar per månad för alla sidor tillsammans${chart.series.length > 1 ? " och för de mest besvarade sidorna" : ""}. Samma siffror står i tabellerna nedan.`}
              periods={chart.months.map(formatMonth)}
              series={chart.series.map((s) => ({
                name: s.name,
                values: Object.fromEntries(Object.entries(s.values).map(([m, v]) => [formatMonth(m), v])),
              }))}
              valueLabel="Procent ja"
              periodLabel="Månad"
            />
          </section>
          {pages.map((p, index) => (
            <section key={p.path} aria-labelledby={`sida-${index}`} className="panel">
              <h2 id={`sida-${index}`}>
                <a href={`${portalUrl}${p.path}`}>{p.path}</a>
              </h2>
              <p>
                {p.yes + p.no} svar, {percent(p.share)} hade nytta.
              </p>
              <div className="table-wrap">
                <table className="table table--numbers">
                  <caption className="visually-hidden">Svar per månad för {p.path}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Månad</th>
                      <th scope="col">Ja</th>
                      <th scope="col">Nej</th>
                      <th scope="col">Andel som hade nytta</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.months.map((m) => (
                      <tr key={m.month}>
                        <th scope="row">{formatMonth(m.month)}</th>
                        <td>{m.yes}</td>
                        <td>{m.no}</td>
                        <td>{percent(shareUseful(m.yes, m.no))}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {p.months.some((m) => m.comments.length) ? (
                <>
                  <h3>Kommentarer</h3>
                  <ul>
                    {p.months.flatMap((m) =>
                      m.comments.map((c, i) => (
                        <li key={`${m.month}-${i}`}>
                          ”{c}” <span className="hint">({formatMonth(m.month)})</span>
                        </li>
                      )),
                    )}
                  </ul>
                </>
              ) : null}
            </section>
          ))}
        </>
      )}
    </>
  );
}

export const ErrorBoundary = GeneralErrorBoundary;
