import type { IndicatorDirection, MalbildElementKind } from "@naravard/domain";
import { formatNumber } from "@naravard/ui";
import { type ElementGroup, linkLabels } from "./roadmap-view.ts";

export interface IndicatorView {
  id: string;
  code: string;
  title: string;
  description: string;
  unit: string;
  direction: IndicatorDirection;
  baselineValue: number | null;
  baselinePeriod: string | null;
  targetValue: number | null;
  targetPeriod: string | null;
  links: { kind: MalbildElementKind; id: string }[];
  values: { memberId: string; memberName: string; memberCode: string; period: string; value: number }[];
  /** The revision the edit form posts back, so a save over someone else's newer one is a conflict. */
  revision: number;
}

export const directionLabel: Record<IndicatorDirection, string> = {
  increase: "Ett högre värde är bättre",
  decrease: "Ett lägre värde är bättre",
};
export const directionOptions = (["increase", "decrease"] as const).map((value) => ({ value, label: directionLabel[value] }));

/** "58 procent (2021)", "75 procent", or "–" when there is none. */
export function valueWithPeriod(value: number | null, unit: string, period: string | null): string {
  if (value === null) return "–";
  return `${formatNumber(value)} ${unit}${period ? ` (${period})` : ""}`;
}

/**
 * The measured values as a table: one row per member that has any, one column per period (oldest
 * first), an empty cell where a member has no value for a period.
 */
export function valueTable(values: IndicatorView["values"]) {
  const periods = [...new Set(values.map((v) => v.period))].sort();
  const byMember = new Map<string, { name: string; cells: (number | null)[] }>();
  for (const v of values) {
    const row = byMember.get(v.memberId) ?? { name: v.memberName, cells: periods.map(() => null) };
    row.cells[periods.indexOf(v.period)] = v.value;
    byMember.set(v.memberId, row);
  }
  return { periods, rows: [...byMember.entries()].map(([memberId, row]) => ({ memberId, ...row })) };
}

/** A number for a form field, the Swedish way ("57,5"); an empty field when there is none. */
export const numberText = (value: number | null) => (value === null ? "" : String(value).replace(".", ","));

/** The indicator form's starting values: what is saved, as the text the fields show. */
export function indicatorDefaults(i: IndicatorView | undefined) {
  return {
    code: i?.code ?? "",
    title: i?.title ?? "",
    description: i?.description ?? "",
    unit: i?.unit ?? "",
    direction: i?.direction ?? "increase",
    baselineValue: numberText(i?.baselineValue ?? null),
    baselinePeriod: i?.baselinePeriod ?? "",
    targetValue: numberText(i?.targetValue ?? null),
    targetPeriod: i?.targetPeriod ?? "",
  };
}

/** The linked målbild elements of an indicator in words. */
export const indicatorLinks = (i: Pick<IndicatorView, "links">, groups: readonly ElementGroup[]) => linkLabels(i.links, groups);

interface ImportCounts {
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  errorCount: number;
}

/** "Filen har 5 rader: 3 nya värden, 1 ändrat och 1 oförändrat." */
export function importSummary(r: ImportCounts): string {
  const parts = [
    `${r.added} ${r.added === 1 ? "nytt värde" : "nya värden"}`,
    `${r.updated} ${r.updated === 1 ? "ändrat" : "ändrade"}`,
    `${r.unchanged} ${r.unchanged === 1 ? "oförändrat" : "oförändrade"}`,
  ];
  const counts = `${parts.slice(0, -1).join(", ")} och ${parts.at(-1)}`;
  const errors = r.errorCount ? ` ${r.errorCount} ${r.errorCount === 1 ? "rad har fel" : "rader har fel"}.` : "";
  return `Filen har ${r.rows} ${r.rows === 1 ? "rad" : "rader"}: ${counts}.${errors}`;
}

/** What is saved now, after someone else saved first: shown under the form, label by label. */
export const indicatorFacts = (i: Omit<IndicatorView, "links" | "values" | "revision">) => [
  { label: "Rubrik", value: i.title },
  { label: "Beskrivning", value: i.description },
  { label: "Enhet", value: i.unit },
  { label: "Riktning", value: directionLabel[i.direction] },
  { label: "Utgångsvärde", value: valueWithPeriod(i.baselineValue, i.unit, i.baselinePeriod) },
  { label: "Målvärde", value: valueWithPeriod(i.targetValue, i.unit, i.targetPeriod) },
];
