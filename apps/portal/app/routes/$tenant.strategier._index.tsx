import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { strategyModeLabel } from "@naravard/domain";
import { Badge, Breadcrumbs } from "@naravard/ui";
import { strategyPeriod } from "../components/strategy.tsx";
import { useLang, useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";
import { programmeStrategies } from "../lib/strategies.server.ts";
import { capitalise, count } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

export async function loader({ request, params }: LoaderFunctionArgs) {
  return { strategies: await programmeStrategies(request, params.tenant), slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  const t = metaT(matches);
  return [
    { title: pageTitle(t(capitalise(tenant?.settings.terms.strategies ?? "strategier")), tenant?.programmeName) },
    { name: "description", content: t("Utvecklingsstrategierna: uppdrag, finansiering, aktiviteter och styrning.") },
  ];
};

export default function StrategiesPage() {
  const { strategies, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  const term = t(capitalise(tenant.settings.terms.strategies));
  return (
    <div className="container">
      <Breadcrumbs
        items={[{ label: t("Alla program"), href: "/" }, { label: tenant.programmeName, href: `/${slug}` }, { label: term }]}
      />
      <h1>{term}</h1>
      {strategies.length ? (
        <>
          <p className="lead">
            {en ? (
              <>
                <span lang="sv">{tenant.name}</span> works with{" "}
                {count(strategies.length, "development strategy", "development strategies")}: what is to be done, with what money,
                who commissioned the work and how it is followed up.
              </>
            ) : (
              <>
                {tenant.name} arbetar med {count(strategies.length, "utvecklingsstrategi", "utvecklingsstrategier")}: vad som ska
                göras, för vilka pengar, vem som beställt arbetet och hur det följs upp.
              </>
            )}
          </p>
          <ul className="cards">
            {strategies.map((s) => {
              const done = s.activities.filter((a) => a.status === "done").length;
              return (
                <li key={s.id} className="card">
                  <h2 className="card__title" lang={sv}>
                    <Link to={`/${slug}/strategier/${s.id}`}>{s.title}</Link>
                  </h2>
                  <p>
                    <Badge tone="info">{t(strategyModeLabel[s.mode])}</Badge>
                  </p>
                  {s.focusArea ? (
                    <p>
                      {t("Fokus:")} <span lang={sv}>{s.focusArea}</span>
                    </p>
                  ) : null}
                  {strategyPeriod(s) ? (
                    <p>
                      {t("Period:")} {strategyPeriod(s, t)}
                    </p>
                  ) : null}
                  <p className="hint">
                    {en
                      ? `${count(s.activities.length, "activity", "activities")}, of which ${done} done. ${count(s.meetings.length, "check-in", "check-ins")} with steering groups and networks.`
                      : `${count(s.activities.length, "aktivitet", "aktiviteter")}, varav ${done} ${done === 1 ? "klar" : "klara"}. ${count(s.meetings.length, "avstämning", "avstämningar")} med styrning och nätverk.`}
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <>
          {/* A region works with a roadmap instead; its address still answers, and says so. */}
          <p className="lead">
            {en ? (
              <>
                <span lang="sv">{tenant.name}</span> has published no development strategies.
              </>
            ) : (
              <>{tenant.name} har inte publicerat några utvecklingsstrategier.</>
            )}
          </p>
          <p>
            {t("Så planeras arbetet och följs upp:")}{" "}
            <Link to={`/${slug}/fardplan`}>{t(capitalise(tenant.settings.terms.roadmap))}</Link>
          </p>
        </>
      )}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
