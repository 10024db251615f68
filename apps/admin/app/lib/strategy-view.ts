import { type StrategyMode, audienceLabel, strategyActivityKindLabel, strategyModeLabel } from "@naravard/domain";

export interface StrategyView {
  id: string;
  title: string;
  mode: StrategyMode;
  focusArea: string;
  description: string;
  fundingSource: string;
  fundingArea: string;
  periodStart: number | null;
  periodEnd: number | null;
  commissionedBy: string;
  steeringGroup: string;
  revision: number;
}

/** "2021–2022", "från 2021", "till 2022", or null without a period. */
export function yearsLabel(start: number | null, end: number | null): string | null {
  if (start && end) return start === end ? String(start) : `${start}–${end}`;
  if (start) return `från ${start}`;
  if (end) return `till ${end}`;
  return null;
}

export const modeOptions = (["implement", "develop"] as const).map((value) => ({ value, label: strategyModeLabel[value] }));
export const kindOptions = (["information", "dialogue_meeting", "workshop", "other"] as const).map((value) => ({ value, label: strategyActivityKindLabel[value] }));
export const audienceOptions = (["staff", "managers", "leaders", "politicians", "citizens"] as const).map((value) => ({ value, label: audienceLabel[value] }));

/** "Medarbetare, chefer och politiker" */
export function audiencesText(audiences: readonly (keyof typeof audienceLabel)[]): string {
  const names = audiences.map((a, i) => (i === 0 ? audienceLabel[a] : audienceLabel[a].toLowerCase()));
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} och ${names.at(-1)}`;
}

/** The strategy's facts, labelled; the page lists them and a conflict shows what is saved now. */
export function strategyFacts(s: StrategyView) {
  return [
    { label: "Rubrik", value: s.title },
    { label: "Uppdrag", value: strategyModeLabel[s.mode] },
    { label: "Fokusområde", value: s.focusArea },
    { label: "Period", value: yearsLabel(s.periodStart, s.periodEnd) ?? "" },
    { label: "Finansiering", value: s.fundingSource },
    { label: "Område inom finansieringen", value: s.fundingArea },
    { label: "Uppdragsgivare", value: s.commissionedBy },
    { label: "Styrgrupp", value: s.steeringGroup },
    { label: "Beskrivning", value: s.description },
  ];
}

/** The strategy form's starting values: what is saved, as the text the fields show. */
export function strategyDefaults(s: StrategyView | undefined) {
  return {
    title: s?.title ?? "",
    mode: s?.mode ?? "implement",
    focusArea: s?.focusArea ?? "",
    description: s?.description ?? "",
    fundingSource: s?.fundingSource ?? "",
    fundingArea: s?.fundingArea ?? "",
    periodStart: s?.periodStart ? String(s.periodStart) : "",
    periodEnd: s?.periodEnd ? String(s.periodEnd) : "",
    commissionedBy: s?.commissionedBy ?? "",
    steeringGroup: s?.steeringGroup ?? "",
  };
}
