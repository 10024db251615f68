import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { ActivityStatusSchema } from "@naravard/domain";
import { Breadcrumbs, Note, ProgressBar } from "@naravard/ui";
import { Milestones, Pages, RoadmapAreaSection, RoadmapFilters, useActivities, withQuery } from "../components/roadmap.tsx";
import { RoadmapTimeline } from "../components/roadmap-timeline.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { loadOptional } from "../lib/load-optional.server.ts";
import { elementTexts } from "../lib/malbild-elements.ts";
import { useLang, useSv, useT } from "../lib/i18n.ts";
import { metaT, pageTitle } from "../lib/meta.ts";
import { capitalise } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

/**
 * Activities shown per area on the whole roadmap (each area links to all of its own), and per page
 * when one area is shown. Ten keeps the whole roadmap a page to read rather than a wall, and its
 * size the same however many activities a programme has.
 */
export const PER_AREA = 10;
export const PER_PAGE = 50;

/**
 * The roadmap, filtered by ?status= and ?part= (a member's id); ?omrade= shows one area page by
 * page (?sida=). An unknown value is the 400 page (the API checks ids and pages).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const api = apiFor(request, params.tenant);
  const status = ActivityStatusSchema.nullable().safeParse(url.searchParams.get("status") || null);
  if (!status.success) throw new Response("Okänd status.", { status: 400, statusText: "Bad Request" });
  const memberId = url.searchParams.get("part") || null;
  const areaId = url.searchParams.get("omrade") || null;
  const page = areaId ? Number(url.searchParams.get("sida") || "1") : null;
  const [roadmap, malbild] = await Promise.all([
    load(api.roadmap.get.query({ status: status.data, memberId, areaId, perArea: areaId ? PER_PAGE : PER_AREA, page })),
    loadOptional(api.malbild.current.query()),
  ]);
  if (areaId && !roadmap.areas.length) throw new Response("Området finns inte.", { status: 404, statusText: "Not Found" });
  return { roadmap, texts: [...elementTexts(malbild)], slug: params.tenant!, page: page ?? 1 };
}

export const meta: MetaFunction<typeof loader, { "routes/$tenant": typeof tenantLoader }> = ({ matches }) => {
  const tenant = matches.find((m) => m.id === "routes/$tenant")?.data;
  const t = metaT(matches);
  return [
    { title: pageTitle(t(capitalise(tenant?.settings.terms.roadmap ?? "färdplan")), tenant?.programmeName) },
    { name: "description", content: t("Områden, aktiviteter, ansvariga parter, tidsplan och hur långt arbetet har kommit.") },
  ];
};

export default function RoadmapPage() {
  const { roadmap, texts, slug, page } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const term = tenant.settings.terms.roadmap;
  const t = useT();
  const sv = useSv();
  const en = useLang() === "en";
  const count = useActivities();
  const title = t(capitalise(term));
  /** The programme's term for its roadmap as a noun in a sentence: "the roadmap" in English when it is the usual term. */
  const theRoadmap = en ? (term === "färdplan" ? "the roadmap" : `the ${term}`) : `${term}en`;
  const path = `/${slug}/fardplan`;
  const filtered = Boolean(roadmap.filter.status || roadmap.filter.memberId);
  const activities = roadmap.areas.flatMap((a) => a.activities);
  const total = roadmap.areas.reduce((sum, a) => sum + a.activityCount, 0);
  const focused = roadmap.filter.areaId ? roadmap.areas[0] : undefined;
  const textMap = new Map(texts);
  const anyDemo =
    roadmap.areas.some((a) => a.isDemo || a.activities.some((x) => x.isDemo)) || roadmap.milestones.some((m) => m.isDemo);

  return (
    <div className="container">
      <Breadcrumbs
        items={[{ label: t("Alla program"), href: "/" }, { label: tenant.programmeName, href: `/${slug}` }, { label: title }]}
      />
      <h1>{title}</h1>
      {roadmap.areas.length ? (
        <>
          <p className="lead">{t("Så blir målbilden verklighet: områden, aktiviteter och vem som ansvarar för dem.")}</p>
          <ProgressBar value={roadmap.progress.progress} label={en ? `The whole ${theRoadmap.slice(4)}` : `Hela ${theRoadmap}`} />
          <p className="hint">
            {en
              ? `Progress is based on ${count(roadmap.progress.counted)}. A finished activity counts as 100 %, a planned one as 0 % and an ongoing one with the share its owners have reported. Paused activities are not counted. The filter does not change the figures.`
              : `Framstegen bygger på ${count(roadmap.progress.counted)}. En klar aktivitet räknas som 100 %, en planerad som 0 % och en pågående med den andel som de ansvariga rapporterat. Pausade aktiviteter räknas inte. Filtret ändrar inte siffrorna.`}
          </p>
          {anyDemo ? (
            <Note title={t("Exempeldata")}>
              <p>
                {en
                  ? `What is marked Example data is made up to show how ${theRoadmap} works. Status, periods and progress are not in the programme's sources.`
                  : `Det som är märkt Exempeldata är påhittat för att visa hur ${theRoadmap} fungerar. Status, perioder och framsteg finns inte i programmets källor.`}
              </p>
            </Note>
          ) : null}
          <RoadmapFilters roadmap={roadmap} path={path} />
          <p role="status">
            {en
              ? filtered
                ? `${count(total)} ${total === 1 ? "matches" : "match"} the filter.`
                : `${count(total)} in ${roadmap.areas.length} ${roadmap.areas.length === 1 ? "area" : "areas"}.`
              : filtered
                ? `${count(total)} matchar filtret.`
                : `${count(total)} i ${roadmap.areas.length} ${roadmap.areas.length === 1 ? "område" : "områden"}.`}
            {activities.length < total
              ? en
                ? ` Showing ${activities.length} of them.`
                : ` Visar ${activities.length} av dem.`
              : ""}
          </p>
          {focused ? (
            <p>
              <Link to={withQuery(path, roadmap.filter, {})}>{t("Visa alla områden")}</Link>
            </p>
          ) : null}
          {roadmap.areas.map((area) => (
            <RoadmapAreaSection
              key={area.id}
              area={area}
              texts={textMap}
              slug={slug}
              filtered={filtered}
              more={
                focused ? (
                  <Pages
                    path={path}
                    filter={roadmap.filter}
                    page={page}
                    pages={Math.max(1, Math.ceil(area.activityCount / PER_PAGE))}
                  />
                ) : area.activityCount > area.activities.length ? (
                  <p>
                    <Link to={withQuery(path, roadmap.filter, { omrade: area.id })}>
                      {en ? `Show all ${area.activityCount} activities in` : `Visa alla ${area.activityCount} aktiviteter i`}{" "}
                      <span lang={sv}>{area.title}</span>
                    </Link>
                  </p>
                ) : null
              }
            />
          ))}
          <RoadmapTimeline activities={activities} milestones={roadmap.milestones} />
          <Milestones milestones={roadmap.milestones} areas={roadmap.areas} />
        </>
      ) : (
        <p className="lead">
          {en
            ? `The programme has not published ${term === "färdplan" ? "a roadmap" : `any ${term}`} yet.`
            : `Programmet har inte publicerat någon ${term} ännu.`}
        </p>
      )}
    </div>
  );
}

/** The interface of this page is translated (see lib/i18n.ts). */
export const handle = { english: true };
