import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRouteLoaderData } from "@remix-run/react";
import { ActivityStatusSchema } from "@naravard/domain";
import { Breadcrumbs, Note, ProgressBar } from "@naravard/ui";
import { Milestones, Pages, RoadmapAreaSection, RoadmapFilters, withQuery } from "../components/roadmap.tsx";
import { RoadmapTimeline } from "../components/roadmap-timeline.tsx";
import { apiFor, load } from "../lib/api.server.ts";
import { loadOptional } from "../lib/load-optional.server.ts";
import { elementTexts } from "../lib/malbild-elements.ts";
import { pageTitle } from "../lib/meta.ts";
import { capitalise } from "../lib/words.ts";
import type { loader as tenantLoader } from "./$tenant.tsx";

/** Activities shown per area on the whole roadmap, and per page when one area is shown. */
export const PER_AREA = 20;
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
  return [
    { title: pageTitle(capitalise(tenant?.settings.terms.roadmap ?? "färdplan"), tenant?.programmeName) },
    { name: "description", content: "Områden, aktiviteter, ansvariga parter, tidsplan och hur långt arbetet har kommit." },
  ];
};

export default function RoadmapPage() {
  const { roadmap, texts, slug, page } = useLoaderData<typeof loader>();
  const tenant = useRouteLoaderData<typeof tenantLoader>("routes/$tenant")!;
  const term = tenant.settings.terms.roadmap;
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
        items={[
          { label: "Alla program", href: "/" },
          { label: tenant.programmeName, href: `/${slug}` },
          { label: capitalise(term) },
        ]}
      />
      <h1>{capitalise(term)}</h1>
      {roadmap.areas.length ? (
        <>
          <p className="lead">Så blir målbilden verklighet: områden, aktiviteter och vem som ansvarar för dem.</p>
          <ProgressBar value={roadmap.progress.progress} label={`Hela ${term}en`} />
          <p className="hint">
            Framstegen bygger på {roadmap.progress.counted} {roadmap.progress.counted === 1 ? "aktivitet" : "aktiviteter"}. En
            klar aktivitet räknas som 100 %, en planerad som 0 % och en pågående med den andel som de ansvariga rapporterat.
            Pausade aktiviteter räknas inte. Filtret ändrar inte siffrorna.
          </p>
          {anyDemo ? (
            <Note title="Exempeldata">
              <p>
                Det som är märkt Exempeldata är påhittat för att visa hur {term}en fungerar. Status, perioder och framsteg finns
                inte i programmets källor.
              </p>
            </Note>
          ) : null}
          <RoadmapFilters roadmap={roadmap} path={path} />
          <p role="status">
            {filtered
              ? `${total} ${total === 1 ? "aktivitet" : "aktiviteter"} matchar filtret.`
              : `${total} ${total === 1 ? "aktivitet" : "aktiviteter"} i ${roadmap.areas.length} ${roadmap.areas.length === 1 ? "område" : "områden"}.`}
            {activities.length < total ? ` Visar ${activities.length} av dem.` : ""}
          </p>
          {focused ? (
            <p>
              <Link to={withQuery(path, roadmap.filter, {})}>Visa alla områden</Link>
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
                  <Pages path={path} filter={roadmap.filter} page={page} pages={Math.max(1, Math.ceil(area.activityCount / PER_PAGE))} />
                ) : area.activityCount > area.activities.length ? (
                  <p>
                    <Link to={withQuery(path, roadmap.filter, { omrade: area.id })}>
                      Visa alla {area.activityCount} aktiviteter i {area.title}
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
        <p className="lead">Programmet har inte publicerat någon {term} ännu.</p>
      )}
    </div>
  );
}
