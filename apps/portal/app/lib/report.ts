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
import { translate } from "./english.server.ts";
import type { Lang } from "./i18n.ts";
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

const statusWordsEnglish: Record<ActivityStatus, [string, string]> = {
  planned: ["planned", "planned"],
  ongoing: ["ongoing", "ongoing"],
  done: ["done", "done"],
  paused: ["paused", "paused"],
};

/** How many activities have each status. */
export function countStatuses(activities: readonly { status: ActivityStatus }[]): Record<ActivityStatus, number> {
  const counts: Record<ActivityStatus, number> = { planned: 0, ongoing: 0, done: 0, paused: 0 };
  for (const a of activities) counts[a.status] += 1;
  return counts;
}

/** "2 pågår, 1 planerad" (statuses with no activities left out), from activities or their counts. */
export function statusLine(
  activities: readonly { status: ActivityStatus }[] | Record<ActivityStatus, number>,
  lang: Lang = "sv",
): string {
  const words = lang === "en" ? statusWordsEnglish : statusWords;
  const counts = Array.isArray(activities) ? countStatuses(activities) : (activities as Record<ActivityStatus, number>);
  const order: ActivityStatus[] = ["done", "ongoing", "planned", "paused"];
  return order
    .map((s) => [s, counts[s]] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${words[s][n === 1 ? 0 : 1]}`)
    .join(", ");
}

/**
 * The report's facts in sentences: Swedish (the PDF and the Swedish page), or English for the page when
 * the interface is English. Dates are written the Swedish way in both (as the translated pages do).
 */
export function buildReport(input: ReportInput, lang: Lang = "sv") {
  const { adoption, roadmap, terms } = input;
  const en = lang === "en";
  const t = (sv: string) => translate(lang, sv);
  const n = (k: number, one: string, many: string, oneEn: string, manyEn: string) =>
    en ? count(k, oneEn, manyEn) : count(k, one, many);
  const percent = (p: number | null) => (p === null ? (en ? "nothing to count yet" : "inget att räkna än") : `${p} %`);
  /** "målbilden"/"the target picture", "färdplanen"/"the roadmap": the programme's own term. */
  const the = (term: string, english: string, usual: string) => (en ? (term === usual ? english : `the ${term}`) : `${term}en`);
  const theMalbild = the(terms.malbild, "the target picture", "målbild");
  const theRoadmap = the(terms.roadmap, "the roadmap", "färdplan");
  const progressSentence = en
    ? `${adoption.progress.adopted} of ${adoption.progress.total} ${adoption.progress.adopted === 1 ? "has" : "have"} adopted the target picture`
    : adoption.progress.sentence;
  // The API counts every activity; the list it sends may be a page of them.
  const allCounts = roadmap.statusCounts ?? countStatuses(roadmap.areas.flatMap((a) => a.activities));
  const areaCounts = (a: Roadmap["areas"][number]) => a.statusCounts ?? countStatuses(a.activities);
  const areaTotal = (a: Roadmap["areas"][number]) => a.activityCount ?? a.activities.length;
  const latestDated = chronological(adoption.decisions.filter((d) => d.decidedOn !== null)).at(-1);

  const malbildLine = input.malbild
    ? en
      ? input.malbild.status === "adopted"
        ? `${capitalise(theMalbild)} ”${input.malbild.title}” (version ${input.malbild.versionNumber}) is adopted${input.malbild.adoptedOn ? `, since ${formatDate(input.malbild.adoptedOn)}` : ""}.`
        : `${capitalise(theMalbild)} ”${input.malbild.title}” (version ${input.malbild.versionNumber}) has the status ${t(malbildStatusLabel[input.malbild.status]).toLowerCase()}.`
      : input.malbild.status === "adopted"
        ? `${capitalise(terms.malbild)}en ”${input.malbild.title}” (version ${input.malbild.versionNumber}) är antagen${input.malbild.adoptedOn ? ` sedan ${formatDate(input.malbild.adoptedOn)}` : ""}.`
        : `${capitalise(terms.malbild)}en ”${input.malbild.title}” (version ${input.malbild.versionNumber}) har status ${malbildStatusLabel[input.malbild.status].toLowerCase()}.`
    : en
      ? `The programme has not published ${terms.malbild === "målbild" ? "a target picture" : `any ${terms.malbild}`} yet.`
      : `Programmet har ingen ${terms.malbild} publicerad ännu.`;

  const adoptionSection = {
    sentence: progressSentence,
    percent: adoption.progress.total ? Math.round((adoption.progress.adopted / adoption.progress.total) * 100) : null,
    latest: latestDated
      ? `${en ? "Latest dated decision" : "Senaste daterade beslut"}: ${latestDated.memberName}, ${formatDate(latestDated.decidedOn!)}.`
      : null,
    undated:
      adoption.undatedCount > 0
        ? en
          ? `${n(adoption.undatedCount, "", "", "decision has", "decisions have")} no recorded date. They count in today's situation but cannot be placed in time.`
          : `${adoption.undatedCount} beslut saknar registrerat datum. De räknas med i läget i dag men kan inte placeras i tid.`
        : null,
    rows: adoption.members.map((m) => ({
      name: m.name,
      status: t(adoptionStatusLabel[m.status]),
      statusKey: m.status,
      date: m.decidedOn ? formatDate(m.decidedOn) : m.status === "none" ? "–" : t("Datum ej registrerat"),
      body: decisionBehind(m, adoption.decisions)?.decidingBody ?? "",
    })),
  };

  const roadmapSection = roadmap.areas.length
    ? {
        overall: roadmap.progress.progress,
        sentence: en
          ? `${capitalise(theRoadmap)} has reached ${percent(roadmap.progress.progress)}, counted on ${count(roadmap.progress.counted, "activity", "activities")} (${statusLine(allCounts, lang) || "no activities"}).`
          : `${capitalise(theRoadmap)} har kommit ${percent(roadmap.progress.progress)}, räknat på ${count(roadmap.progress.counted, "aktivitet", "aktiviteter")} (${statusLine(allCounts) || "inga aktiviteter"}).`,
        areas: roadmap.areas.map((a) => ({
          title: a.title,
          progress: a.progress.progress,
          line: `${n(areaTotal(a), "aktivitet", "aktiviteter", "activity", "activities")}${areaTotal(a) ? `: ${statusLine(areaCounts(a), lang)}` : ""}`,
        })),
        milestones: roadmap.milestones.map(
          (m) =>
            `${formatDate(m.dueOn)}: ${m.title} (${m.done ? (en ? "reached" : "uppnådd") : en ? "not reached" : "ej uppnådd"})`,
        ),
      }
    : null;

  const strategySection =
    input.strategies?.map((s) => ({
      title: s.title,
      mode: t(strategyModeLabel[s.mode]),
      line: en
        ? `${count(s.activities.length, "activity", "activities")}${s.activities.length ? ` (${statusLine(s.activities, lang)})` : ""}, ${count(s.meetings.length, "check-in", "check-ins")} with ${count(
            s.meetings.reduce((k, m) => k + m.decisions.length, 0),
            "logged decision",
            "logged decisions",
          )}.`
        : `${count(s.activities.length, "aktivitet", "aktiviteter")}${s.activities.length ? ` (${statusLine(s.activities)})` : ""}, ${count(s.meetings.length, "avstämning", "avstämningar")} med ${s.meetings.reduce((k, m) => k + m.decisions.length, 0)} loggade beslut.`,
    })) ?? null;

  const indicatorSection = input.indicators.map((ind) => ({
    title: ind.title,
    unit: ind.unit,
    isDemo: ind.isDemo,
    baseline:
      ind.baselineValue === null
        ? null
        : `${t("Utgångsvärde")} ${withUnit(ind.baselineValue, ind.unit)}${ind.baselinePeriod ? ` (${ind.baselinePeriod})` : ""}`,
    target:
      ind.targetValue === null
        ? null
        : `${t("Mål")} ${withUnit(ind.targetValue, ind.unit)}${ind.targetPeriod ? ` (${ind.targetPeriod})` : ""}`,
    latest: latestValues(ind).map((l) => {
      const towards = towardsTarget(ind, l.value);
      const left = ind.targetValue === null ? 0 : Math.abs(ind.targetValue - l.value);
      const english =
        towards === null
          ? ""
          : towards === "Målet är nått."
            ? "The target is reached."
            : `${withUnit(left, ind.unit)} left to the target.`;
      return `${l.memberName}: ${withUnit(l.value, ind.unit)} (${l.period}). ${(en ? english : towards) ?? ""}`.trim();
    }),
    description: indicatorDescription(ind),
    table: indicatorTable(ind),
    baselinePoint: ind.baselineValue === null ? null : { value: ind.baselineValue, period: ind.baselinePeriod },
    targetPoint: ind.targetValue === null ? null : { value: ind.targetValue, period: ind.targetPeriod },
  }));

  const noRoadmap = en
    ? `No ${terms.roadmap === "färdplan" ? "roadmap" : terms.roadmap} has been published yet.`
    : `Ingen ${terms.roadmap} är publicerad ännu.`;
  const summary = [
    malbildLine,
    `${progressSentence}.${latestDated ? ` ${adoptionSection.latest}` : ""}`,
    roadmapSection ? roadmapSection.sentence : noRoadmap,
    ...(strategySection
      ? [
          en
            ? `${count(strategySection.length, "development strategy is", "development strategies are")} followed up.`
            : `${count(strategySection.length, "utvecklingsstrategi", "utvecklingsstrategier")} följs upp.`,
        ]
      : []),
    input.indicators.length
      ? en
        ? `${count(input.indicators.length, "indicator is", "indicators are")} followed up.`
        : `${count(input.indicators.length, "indikator", "indikatorer")} följs upp.`
      : t("Inga indikatorer är publicerade ännu."),
  ];

  const demo =
    roadmap.areas.some((a) => a.isDemo || a.activities.some((x) => x.isDemo)) || input.indicators.some((i) => i.isDemo);

  return {
    title: `${t("Uppföljningsrapport")}: ${input.programmeName}`,
    date: formatDate(input.today),
    summary,
    adoption: adoptionSection,
    roadmap: roadmapSection,
    strategies: strategySection,
    indicators: indicatorSection,
    demoNote: demo
      ? t(
          "Delar av innehållet är exempeldata (märkt Exempeldata): påhittat för att visa hur uppföljningen fungerar, inte verkliga uppgifter.",
        )
      : null,
    noRoadmap,
  };
}

export type Report = ReturnType<typeof buildReport>;
