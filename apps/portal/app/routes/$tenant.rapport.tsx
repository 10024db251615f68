import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Note, ProgressBar } from "@naravard/ui";
import { AdoptionMap } from "../components/adoption-map.tsx";
import { PrintHint } from "../components/print-hint.tsx";
import { ReportAdoptionTable, ReportIndicators, ReportRoadmap, ReportStrategies } from "../components/report-sections.tsx";
import { pageTitle } from "../lib/meta.ts";
import { loadReport } from "../lib/report.server.ts";
import { capitalise } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

/** A follow-up report for politicians and boards: one printable page, and the same as a PDF. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { report, adoption } = await loadReport(request, params.tenant);
  return { report, adoption, origin: new URL(request.url).origin, slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ data, matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  return [
    { title: pageTitle("Uppföljningsrapport", tenant?.programmeName) },
    { name: "description", content: data ? data.report.summary.join(" ") : "" },
  ];
};

export default function ReportPage() {
  const { report, adoption, origin, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const { terms } = tenant.settings;
  return (
    <div className="container">
      <PrintHint back={`/${slug}`} backLabel={`Till startsidan för ${tenant.programmeName}`}>
        <p>
          <a href={`/${slug}/rapport.pdf`} className="button">
            Ladda ner rapporten som PDF
          </a>
        </p>
      </PrintHint>
      <article className="print-doc report">
        <header className="print-doc__header">
          <p className="print-doc__programme">{tenant.programmeName}</p>
          <h1>Uppföljningsrapport</h1>
          <p>Läget den {report.date}.</p>
        </header>

        <section aria-labelledby="sammanfattning">
          <h2 id="sammanfattning">Sammanfattning</h2>
          <ul>
            {report.summary.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="rapport-beslut">
          <h2 id="rapport-beslut">
            {capitalise(terms.adoption)} om {terms.malbild}en
          </h2>
          <p>
            <strong>{report.adoption.sentence}.</strong> {report.adoption.latest}
          </p>
          <ProgressBar value={report.adoption.percent} label="Andel av parterna som har antagit" />
          <AdoptionMap overview={adoption} />
          {report.adoption.undated ? <p>{report.adoption.undated}</p> : null}
          <ReportAdoptionTable rows={report.adoption.rows} />
        </section>

        <section aria-labelledby="rapport-fardplan">
          <h2 id="rapport-fardplan">{capitalise(terms.roadmap)}</h2>
          {report.roadmap ? (
            <ReportRoadmap roadmap={report.roadmap} term={terms.roadmap} />
          ) : (
            <p>Ingen {terms.roadmap} är publicerad ännu.</p>
          )}
        </section>

        {report.strategies ? (
          <section aria-labelledby="rapport-strategier">
            <h2 id="rapport-strategier">{capitalise(terms.strategies)}</h2>
            {report.strategies.length ? (
              <ReportStrategies strategies={report.strategies} />
            ) : (
              <p>Inga strategier är publicerade ännu.</p>
            )}
          </section>
        ) : null}

        <section aria-labelledby="rapport-indikatorer">
          <h2 id="rapport-indikatorer">Indikatorer</h2>
          {report.indicators.length ? (
            <ReportIndicators indicators={report.indicators} />
          ) : (
            <p>Inga indikatorer är publicerade ännu.</p>
          )}
        </section>

        {report.demoNote ? <Note title="Exempeldata">{report.demoNote}</Note> : null}
        <footer className="print-doc__footer">
          <p>
            Uppgifterna kommer från {origin}/{slug} och gäller den dag rapporten skapades. Mer information:{" "}
            <Link to={`/${slug}/beslut`}>{terms.adoption}</Link>, <Link to={`/${slug}/fardplan`}>{terms.roadmap}</Link> och{" "}
            <Link to={`/${slug}/uppfoljning`}>{terms.followUp}</Link>.
          </p>
        </footer>
      </article>
    </div>
  );
}
