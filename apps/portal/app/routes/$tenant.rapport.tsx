import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Note, ProgressBar } from "@naravard/ui";
import { AdoptionMap } from "../components/adoption-map.tsx";
import { PrintHint } from "../components/print-hint.tsx";
import { ReportAdoptionTable, ReportIndicators, ReportRoadmap, ReportStrategies } from "../components/report-sections.tsx";
import { langFromCookie, useLang, useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";
import { loadReport } from "../lib/report.server.ts";
import { capitalise } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

/** A follow-up report for politicians and boards: one printable page, and the same as a PDF. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  // The page speaks the interface's language (the PDF stays Swedish).
  const { report, adoption } = await loadReport(request, params.tenant, langFromCookie(request.headers.get("cookie")));
  return { report, adoption, origin: new URL(request.url).origin, slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ data, matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  return [
    { title: pageTitle(metaT(matches)("Uppföljningsrapport"), tenant?.programmeName) },
    { name: "description", content: data ? data.report.summary.join(" ") : "" },
  ];
};

export default function ReportPage() {
  const { report, adoption, origin, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const { terms } = tenant.settings;
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  const usual = (term: string, swedish: string, english: string) => (en && term === swedish ? english : term);
  return (
    <div className="container">
      <PrintHint back={`/${slug}`} backLabel={`${t("Till startsidan för")} ${tenant.programmeName}`}>
        <p>
          <a href={`/${slug}/rapport.pdf`} className="button">
            {t("Ladda ner rapporten som PDF")}
          </a>
        </p>
      </PrintHint>
      <article className="print-doc report">
        <header className="print-doc__header">
          <p className="print-doc__programme" lang={sv}>
            {tenant.programmeName}
          </p>
          <h1>{t("Uppföljningsrapport")}</h1>
          <p>
            {t("Läget den")} <span lang={sv}>{report.date}</span>.
          </p>
        </header>

        <section aria-labelledby="sammanfattning">
          <h2 id="sammanfattning">{t("Sammanfattning")}</h2>
          <ul>
            {report.summary.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="rapport-beslut">
          <h2 id="rapport-beslut">
            {en
              ? `${t(capitalise(terms.adoption))} on the ${usual(terms.malbild, "målbild", "target picture")}`
              : `${capitalise(terms.adoption)} om ${terms.malbild}en`}
          </h2>
          <p>
            <strong>{report.adoption.sentence}.</strong> {report.adoption.latest}
          </p>
          <ProgressBar value={report.adoption.percent} label={t("Andel av parterna som har antagit")} />
          <AdoptionMap overview={adoption} />
          {report.adoption.undated ? <p>{report.adoption.undated}</p> : null}
          <ReportAdoptionTable rows={report.adoption.rows} />
        </section>

        <section aria-labelledby="rapport-fardplan">
          <h2 id="rapport-fardplan">{t(capitalise(terms.roadmap))}</h2>
          {report.roadmap ? <ReportRoadmap roadmap={report.roadmap} term={terms.roadmap} /> : <p>{report.noRoadmap}</p>}
        </section>

        {report.strategies ? (
          <section aria-labelledby="rapport-strategier">
            <h2 id="rapport-strategier">{t(capitalise(terms.strategies))}</h2>
            {report.strategies.length ? (
              <ReportStrategies strategies={report.strategies} />
            ) : (
              <p>{t("Inga strategier är publicerade ännu.")}</p>
            )}
          </section>
        ) : null}

        <section aria-labelledby="rapport-indikatorer">
          <h2 id="rapport-indikatorer">{t("Indikatorer")}</h2>
          {report.indicators.length ? (
            <ReportIndicators indicators={report.indicators} />
          ) : (
            <p>{t("Inga indikatorer är publicerade ännu.")}</p>
          )}
        </section>

        {report.demoNote ? <Note title={t("Exempeldata")}>{report.demoNote}</Note> : null}
        <footer className="print-doc__footer">
          {en ? (
            <p>
              The data comes from {origin}/{slug} and applies on the day the report was created. More information:{" "}
              <Link to={`/${slug}/beslut`}>{usual(terms.adoption, "beslut", "decisions")}</Link>,{" "}
              <Link to={`/${slug}/fardplan`}>{usual(terms.roadmap, "färdplan", "roadmap")}</Link> and{" "}
              <Link to={`/${slug}/uppfoljning`}>{usual(terms.followUp, "uppföljning", "follow-up")}</Link>.
            </p>
          ) : (
            <p>
              Uppgifterna kommer från {origin}/{slug} och gäller den dag rapporten skapades. Mer information:{" "}
              <Link to={`/${slug}/beslut`}>{terms.adoption}</Link>, <Link to={`/${slug}/fardplan`}>{terms.roadmap}</Link> och{" "}
              <Link to={`/${slug}/uppfoljning`}>{terms.followUp}</Link>.
            </p>
          )}
        </footer>
      </article>
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
