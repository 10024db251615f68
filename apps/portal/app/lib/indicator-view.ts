/**
 * Follow-up indicators as chart, table and words: the same facts three ways, so the chart is never
 * the only way to read them. Pure functions over what `indicator.list` returns.
 */
import { type ChartSeries, formatNumber, periodAxis } from "@naravard/ui";
import { compareSwedish } from "@naravard/domain";

export interface IndicatorLike {
  code: string;
  title: string;
  unit: string;
  direction: "increase" | "decrease";
  baselineValue: number | null;
  baselinePeriod: string | null;
  targetValue: number | null;
  targetPeriod: string | null;
  values: readonly { memberName: string; memberCode: string; period: string; value: number }[];
}

/** "58 procent", "12 %" or "3,5 dagar": Swedish numbers with the indicator's own unit. */
export function withUnit(value: number, unit: string): string {
  const u = unit.trim();
  return u ? `${formatNumber(value)} ${u}` : formatNumber(value);
}

export const directionLabel = { increase: "Ett högre värde är bättre", decrease: "Ett lägre värde är bättre" } as const;

/** The parties (region or federation) first, then municipalities alphabetically: as the member lists read. */
function memberOrder(values: IndicatorLike["values"]): string[] {
  const codeOf = new Map(values.map((v) => [v.memberName, v.memberCode]));
  return [...codeOf.keys()].sort((a, b) => {
    const partyA = !/^\d{4}$/.test(codeOf.get(a)!);
    const partyB = !/^\d{4}$/.test(codeOf.get(b)!);
    return partyA === partyB ? compareSwedish(a, b) : partyA ? -1 : 1;
  });
}

export interface IndicatorTable {
  periods: string[];
  members: string[];
  /** rows[period][member index]: the value, or null where none is reported. */
  rows: { period: string; values: (number | null)[] }[];
  series: ChartSeries[];
}

/** The indicator's values by period and member: the chart's series and the table's rows. */
export function indicatorTable(ind: IndicatorLike): IndicatorTable {
  const members = memberOrder(ind.values);
  const periods = periodAxis([...ind.values.map((v) => v.period), ind.baselinePeriod, ind.targetPeriod]);
  const series = members.map((name) => ({
    name,
    values: Object.fromEntries(ind.values.filter((v) => v.memberName === name).map((v) => [v.period, v.value])),
  }));
  // The table lists only periods with something in them: a row of empty cells says nothing.
  const rows = periods
    .map((period) => ({ period, values: series.map((s) => s.values[period] ?? null) }))
    .filter((r) => r.values.some((v) => v !== null) || r.period === ind.baselinePeriod || r.period === ind.targetPeriod);
  return { periods, members, rows, series };
}

/** Each member's most recent value. */
export function latestValues(ind: IndicatorLike): { memberName: string; period: string; value: number }[] {
  const latest = new Map<string, { memberName: string; period: string; value: number }>();
  for (const v of ind.values) {
    const seen = latest.get(v.memberName);
    if (!seen || v.period > seen.period) latest.set(v.memberName, { memberName: v.memberName, period: v.period, value: v.value });
  }
  return memberOrder(ind.values).map((name) => latest.get(name)!);
}

/** The chart in words, for screen readers: every value, the baseline and the target. */
export function indicatorDescription(ind: IndicatorLike): string {
  const table = indicatorTable(ind);
  const parts = table.series.map((s) => {
    const values = Object.entries(s.values)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, value]) => `${withUnit(value, ind.unit)} ${period}`);
    return `${s.name}: ${values.join(", ")}.`;
  });
  if (!parts.length) parts.push("Inga värden är rapporterade ännu.");
  if (ind.baselineValue !== null)
    parts.push(`Utgångsvärde ${withUnit(ind.baselineValue, ind.unit)}${ind.baselinePeriod ? ` (${ind.baselinePeriod})` : ""}.`);
  if (ind.targetValue !== null)
    parts.push(`Mål ${withUnit(ind.targetValue, ind.unit)}${ind.targetPeriod ? ` (${ind.targetPeriod})` : ""}.`);
  return parts.join(" ");
}

/**
 * Where a value stands between baseline and target, in words: "3 av 17 procentenheter mot målet"
 * would over-promise for units we do not know, so this says the direction and the distance left.
 */
export function towardsTarget(ind: IndicatorLike, value: number): string | null {
  if (ind.targetValue === null) return null;
  const left = ind.direction === "increase" ? ind.targetValue - value : value - ind.targetValue;
  if (left <= 0) return "Målet är nått.";
  return `${withUnit(Math.abs(left), ind.unit)} kvar till målet.`;
}
