/**
 * The follow-up report for politicians, as facts and sentences: adoption, the roadmap, strategies
 * and indicators. The printable page and the PDF both render this one summary, so they never
 * disagree. Pure: the loader fetches, this decides what to say.
 */
import { type ActivityStatus, type Terms, adoptionStatusLabel, malbildStatusLabel, strategyModeLabel } from "@naravard/domain";
import { formatDate } from "@naravard/ui";
import { chronological, decisionBehind } from "./adoption-view.ts";
import type { AdoptionOverview, Indicator, MalbildView, Roadmap, Strategy } from "./api-types.ts";
import { indicatorDescription, indicatorTable, latestValues, towardsTarget, withUnit } from "./indicator-view.ts";
import { capitalise, count } from "./words.ts";

export interface ReportInput {
  programmeName: string;
  terms: Terms;
  today: string;
  malbild: Pick<MalbildView, "title" | "status" | "versionNumber" | "adoptedOn"> | null;
  adoption: AdoptionOverview;
  roadmap: Roadmap;
  indicators: readonly Indicator[];
  /** Only for municipal federations; null for a region's programme. */
  strategies: readonly Strategy[] | null;
}

const statusWords: Record<ActivityStatus, [string, string]> = {
  planned: ["planerad", "planerade"],
  ongoing: ["pågår", "pågår"],
  done: ["klar", "klara"],
  paused: ["pausad", "pausade"],
};

/** How many activities have each status. */
export function countStatuses(activities: readonly { status: ActivityStatus }[]): Record<ActivityStatus, number> {
  const counts: Record<ActivityStatus, number> = { planned: 0, ongoing: 0, done: 0, paused: 0 };
  for (const a of activities) counts[a.status] += 1;
  return counts;
}

/** "2 pågår, 1 planerad" (statuses with no activities left out), from activities or their counts. */
export function statusLine(activities: readonly { status: ActivityStatus }[] | Record<ActivityStatus, number>): string {
  const counts = Array.isArray(activities) ? countStatuses(activities) : (activities as Record<ActivityStatus, number>);
  const order: ActivityStatus[] = ["done", "ongoing", "planned", "paused"];
  return order
    .map((s) => [s, counts[s]] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${statusWords[s][n === 1 ? 0 : 1]}`)
    .join(", ");
}

const percent = (p: number | null) => (p === null ? "inget att räkna än" : `${p} %`);

export function buildReport(input: ReportInput) {
  const { adoption, roadmap, terms } = input;
  // The API counts every activity; the list it sends may be a page of them.
  const allCounts = roadmap.statusCounts ?? countStatuses(roadmap.areas.flatMap((a) => a.activities));
  const areaCounts = (a: Roadmap["areas"][number]) => a.statusCounts ?? countStatuses(a.activities);
  const areaTotal = (a: Roadmap["areas"][number]) => a.activityCount ?? a.activities.length;
  const latestDated = chronological(adoption.decisions.filter((d) => d.decidedOn !== null)).at(-1);

  const malbildLine = input.malbild
    ? input.malbild.status === "adopted"
      ? `${capitalise(terms.malbild)}en ”${input.malbild.title}” (version ${input.malbild.versionNumber}) är antagen${input.malbild.adoptedOn ? ` sedan ${formatDate(input.malbild.adoptedOn)}` : ""}.`
      : `${capitalise(terms.malbild)}en ”${input.malbild.title}” (version ${input.malbild.versionNumber}) har status ${malbildStatusLabel[input.malbild.status].toLowerCase()}.`
    : `Programmet har ingen ${terms.malbild} publicerad ännu.`;

  const adoptionSection = {
    sentence: adoption.progress.sentence,
    percent: adoption.progress.total ? Math.round((adoption.progress.adopted / adoption.progress.total) * 100) : null,
    latest: latestDated ? `Senaste daterade beslut: ${latestDated.memberName}, ${formatDate(latestDated.decidedOn!)}.` : null,
    undated:
      adoption.undatedCount > 0
        ? `${adoption.undatedCount} beslut saknar registrerat datum. De räknas med i läget i dag men kan inte placeras i tid.`
        : null,
    rows: adoption.members.map((m) => ({
      name: m.name,
      status: adoptionStatusLabel[m.status],
      statusKey: m.status,
      date: m.decidedOn ? formatDate(m.decidedOn) : m.status === "none" ? "–" : "Datum ej registrerat",
      body: decisionBehind(m, adoption.decisions)?.decidingBody ?? "",
    })),
  };

  const roadmapSection = roadmap.areas.length
    ? {
        overall: roadmap.progress.progress,
        sentence: `${capitalise(terms.roadmap)}en har kommit ${percent(roadmap.progress.progress)}, räknat på ${count(roadmap.progress.counted, "aktivitet", "aktiviteter")} (${statusLine(allCounts) || "inga aktiviteter"}).`,
        areas: roadmap.areas.map((a) => ({
          title: a.title,
          progress: a.progress.progress,
          line: `${count(areaTotal(a), "aktivitet", "aktiviteter")}${areaTotal(a) ? `: ${statusLine(areaCounts(a))}` : ""}`,
        })),
        milestones: roadmap.milestones.map((m) => `${formatDate(m.dueOn)}: ${m.title} (${m.done ? "uppnådd" : "ej uppnådd"})`),
      }
    : null;

  const strategySection =
    input.strategies?.map((s) => ({
      title: s.title,
      mode: strategyModeLabel[s.mode],
      line: `${count(s.activities.length, "aktivitet", "aktiviteter")}${s.activities.length ? ` (${statusLine(s.activities)})` : ""}, ${count(s.meetings.length, "avstämning", "avstämningar")} med ${s.meetings.reduce((n, m) => n + m.decisions.length, 0)} loggade beslut.`,
    })) ?? null;

  const indicatorSection = input.indicators.map((ind) => ({
    title: ind.title,
    unit: ind.unit,
    isDemo: ind.isDemo,
    baseline:
      ind.baselineValue === null
        ? null
        : `Utgångsvärde ${withUnit(ind.baselineValue, ind.unit)}${ind.baselinePeriod ? ` (${ind.baselinePeriod})` : ""}`,
    target:
      ind.targetValue === null
        ? null
        : `Mål ${withUnit(ind.targetValue, ind.unit)}${ind.targetPeriod ? ` (${ind.targetPeriod})` : ""}`,
    latest: latestValues(ind).map((l) =>
      `${l.memberName}: ${withUnit(l.value, ind.unit)} (${l.period}). ${towardsTarget(ind, l.value) ?? ""}`.trim(),
    ),
    description: indicatorDescription(ind),
    table: indicatorTable(ind),
    baselinePoint: ind.baselineValue === null ? null : { value: ind.baselineValue, period: ind.baselinePeriod },
    targetPoint: ind.targetValue === null ? null : { value: ind.targetValue, period: ind.targetPeriod },
  }));

  const summary = [
    malbildLine,
    `${adoption.progress.sentence}.${latestDated ? ` ${adoptionSection.latest}` : ""}`,
    roadmapSection ? roadmapSection.sentence : `Ingen ${terms.roadmap} är publicerad ännu.`,
    ...(strategySection ? [`${count(strategySection.length, "utvecklingsstrategi", "utvecklingsstrategier")} följs upp.`] : []),
    input.indicators.length
      ? `${count(input.indicators.length, "indikator", "indikatorer")} följs upp.`
      : "Inga indikatorer är publicerade ännu.",
  ];

  const demo =
    roadmap.areas.some((a) => a.isDemo || a.activities.some((x) => x.isDemo)) || input.indicators.some((i) => i.isDemo);

  return {
    title: `Uppföljningsrapport: ${input.programmeName}`,
    date: formatDate(input.today),
    summary,
    adoption: adoptionSection,
    roadmap: roadmapSection,
    strategies: strategySection,
    indicators: indicatorSection,
    demoNote: demo
      ? "Delar av innehållet är exempeldata (märkt Exempeldata): påhittat för att visa hur uppföljningen fungerar, inte verkliga uppgifter."
      : null,
  };
}

export type Report = ReturnType<typeof buildReport>;
