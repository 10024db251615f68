import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { Breadcrumbs, Note, ProgressBar, formatDate } from "@naravard/ui";
import { AdoptionMap, useProgressSentence } from "../components/adoption-map.tsx";
import { AdoptionTable, AdoptionTimeline, DecisionList } from "../components/adoption-decisions.tsx";
import { requestedDay } from "../lib/adoption-view.ts";
import { apiFor, load } from "../lib/api.server.ts";
import { todayInSweden } from "../lib/dates.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";
import { capitalise } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

/** Who has adopted the målbild, today or (with ?datum=ÅÅÅÅ-MM-DD) as it stood on a given day; a malformed day is the 400 page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const day = requestedDay(new URL(request.url));
  const today = todayInSweden();
  // The map can be replayed, not foretold: a day after today is as invalid as a malformed one.
  if (day && day > today) throw new Response("Datumet ligger i framtiden.", { status: 400, statusText: "Bad Request" });
  const overview = await load(apiFor(request, params.tenant).adoption.overview.query({ date: day }));
  return { overview, today, slug: params.tenant! };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ data, matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  const t = metaT(matches);
  const english = t("Beslut") !== "Beslut";
  const progress = data?.overview.progress;
  return [
    { title: pageTitle(t(capitalise(tenant?.settings.terms.adoption ?? "beslut")), tenant?.programmeName) },
    {
      name: "description",
      content: progress
        ? english
          ? `${progress.adopted} of ${progress.total} have adopted the target picture. Map, timeline and every recorded decision.`
          : `${progress.sentence}. Karta, tidslinje och alla registrerade beslut.`
        : "",
    },
  ];
};

export default function AdoptionPage() {
  const { overview, today, slug } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const { progress, day } = overview;
  const path = `/${slug}/beslut`;
  const percent = progress.total ? Math.round((progress.adopted / progress.total) * 100) : null;
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  const sentence = useProgressSentence();
  const { adoption, malbild } = tenant.settings.terms;
  return (
    <div className="container">
      <Breadcrumbs
        items={[
          { label: t("Alla program"), href: "/" },
          { label: tenant.programmeName, href: `/${slug}` },
          { label: t(capitalise(adoption)) },
        ]}
      />
      <h1>
        {en
          ? `${t(capitalise(adoption))} on the ${malbild === "målbild" ? "target picture" : malbild}`
          : `${capitalise(adoption)} om ${malbild}en`}
      </h1>
      {day ? (
        <p className="as-of">
          {t("Du ser läget den")} <strong lang={sv}>{formatDate(day)}</strong>. <Link to={path}>{t("Visa läget i dag")}</Link>
        </p>
      ) : null}
      <p className="lead">
        <strong>{sentence(progress)}</strong>
        {day ? (
          <>
            {" "}
            {t("den")} <span lang={sv}>{formatDate(day)}</span>
          </>
        ) : (
          ""
        )}
        .
      </p>
      <ProgressBar value={percent} label={t("Andel av parterna som har antagit")} />

      <section aria-labelledby="karta">
        <h2 id="karta">{t("Kartan")}</h2>
        <AdoptionMap overview={overview} />
      </section>

      {overview.timeline.length || overview.undatedCount ? (
        <AdoptionTimeline overview={overview} path={path} today={today} />
      ) : null}
      <AdoptionTable overview={overview} />
      <DecisionList overview={overview} />

      <Note title={t("Om uppgifterna")}>
        <p>
          {t(
            "Besluten registreras av programmets samordnare utifrån parternas egna protokoll. Ett beslut utan registrerat datum visas som ”Datum ej registrerat”: plattformen hittar inte på datum som inte finns i källorna.",
          )}
        </p>
      </Note>
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
