import { apiFor, load } from "./api.server.ts";
import { todayInSweden } from "./dates.ts";
import { loadOptional } from "./load-optional.server.ts";
import type { Lang } from "./i18n.ts";
import { buildReport } from "./report.ts";

/** Everything the follow-up report rests on, fetched in parallel, and the report built from it. */
export async function loadReport(request: Request, slug: string | undefined, lang: Lang = "sv") {
  const api = apiFor(request, slug);
  const [tenant, settings, malbild, adoption, roadmap, indicators] = await Promise.all([
    load(api.tenant.current.query()),
    load(api.tenant.settings.query()),
    loadOptional(api.malbild.current.query()),
    load(api.adoption.overview.query({})),
    // Counts and progress cover every activity; the report lists none, so one per area is enough.
    load(api.roadmap.get.query({ perArea: 1 })),
    load(api.indicator.list.query()),
  ]);
  const strategies = tenant.kind === "municipal_federation" ? await load(api.strategy.list.query()) : null;
  const report = buildReport(
    {
      programmeName: tenant.programmeName,
      terms: settings.terms,
      today: todayInSweden(),
      malbild,
      adoption,
      roadmap,
      indicators,
      strategies,
    },
    lang,
  );
  return { report, tenant, settings, adoption };
}
