import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Breadcrumbs, Note } from "@naravard/ui";
import { IndicatorSection } from "../components/indicator.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { loadOptional } from "../lib/load-optional.server.ts";
import { elementTexts } from "../lib/malbild-elements.ts";
import { useLang, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";
import { capitalise } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const api = apiFor(request, params.tenant);
  const [indicators, malbild] = await Promise.all([load(api.indicator.list.query()), loadOptional(api.malbild.current.query())]);
  return { indicators, texts: [...elementTexts(malbild)], slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  const t = metaT(matches);
  return [
    { title: pageTitle(t(capitalise(tenant?.settings.terms.followUp ?? "uppföljning")), tenant?.programmeName) },
    { name: "description", content: t("Indikatorer med utgångsvärde, mål och uppmätta värden över tid.") },
  ];
};

export default function FollowUpPage() {
  const { indicators, texts, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const t = useT();
  const en = useLang() === "en";
  const term = t(capitalise(tenant.settings.terms.followUp));
  const textMap = new Map(texts);
  return (
    <div className="container">
      <Breadcrumbs
        items={[{ label: t("Alla program"), href: "/" }, { label: tenant.programmeName, href: `/${slug}` }, { label: term }]}
      />
      <h1>{term}</h1>
      <p className="lead">{t("Hur går det? Indikatorerna visar utgångsläget, målet och de värden som har mätts sedan dess.")}</p>
      {en ? (
        <p>
          A <Link to={`/${slug}/rapport`}>follow-up report</Link> with decisions, {t(tenant.settings.terms.roadmap)} and
          indicators on one page, to print or <a href={`/${slug}/rapport.pdf`}>download as a PDF</a> (in Swedish).
        </p>
      ) : (
        <p>
          <Link to={`/${slug}/rapport`}>Uppföljningsrapport</Link> med beslut, {tenant.settings.terms.roadmap} och indikatorer på
          en sida, att skriva ut eller <a href={`/${slug}/rapport.pdf`}>ladda ner som PDF</a>.
        </p>
      )}
      {indicators.some((i) => i.isDemo) ? (
        <Note title={t("Exempeldata")}>
          <p>
            {t("Indikatorer märkta Exempeldata har påhittade värden som visar hur uppföljningen fungerar. De är inte statistik.")}
          </p>
        </Note>
      ) : null}
      {indicators.length ? (
        indicators.map((ind, i) => <IndicatorSection key={ind.id} indicator={ind} index={i} texts={textMap} slug={slug} />)
      ) : (
        <p>{t("Programmet har inte publicerat några indikatorer ännu.")}</p>
      )}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
