/**
 * The roadmap's time: activities run over months ("2023-09" … "2024-06"); the overview groups
 * them by half-year, which is how regions and municipalities plan (spring and autumn terms).
 */
import { formatMonth } from "@naravard/ui";

/** "2023-09" → "2023-H2" */
export function halfYearOf(month: string): string {
  return `${month.slice(0, 4)}-H${Number(month.slice(5, 7)) <= 6 ? 1 : 2}`;
}

/** "2023-H2" → "jul–dec 2023" */
export function halfYearLabel(halfYear: string): string {
  return `${halfYear.endsWith("H1") ? "jan–jun" : "jul–dec"} ${halfYear.slice(0, 4)}`;
}

/** Every half-year from `first` to `last`, inclusive. */
export function halfYearsBetween(first: string, last: string): string[] {
  const index = (h: string) => Number(h.slice(0, 4)) * 2 + (h.endsWith("H2") ? 1 : 0);
  const out: string[] = [];
  for (let i = index(first); i <= index(last); i++) out.push(`${Math.floor(i / 2)}-H${(i % 2) + 1}`);
  return out;
}

interface Timed {
  startMonth: string | null;
  endMonth: string | null;
}

/** An activity with only a start or only an end is placed at that month. */
const span = (a: Timed): [string, string] | null => {
  const start = a.startMonth ?? a.endMonth;
  const end = a.endMonth ?? a.startMonth;
  return start && end ? [start, end] : null;
};

/** Longest overview we draw: ten years of half-years. Anything beyond is listed, not drawn. */
export const MAX_COLUMNS = 20;

/**
 * The half-year columns of the roadmap's timeline: from the earliest start to the latest end of
 * the activities (and milestones) that have a period. Empty when nothing has one.
 */
export function timelineColumns(activities: readonly Timed[], milestoneDays: readonly string[] = []): string[] {
  const months = [...activities.flatMap((a) => span(a) ?? []), ...milestoneDays.map((d) => d.slice(0, 7))].sort();
  if (!months.length) return [];
  const columns = halfYearsBetween(halfYearOf(months[0]!), halfYearOf(months[months.length - 1]!));
  return columns.slice(0, MAX_COLUMNS);
}

/** Whether an activity runs at some point during the half-year. */
export function activeIn(a: Timed, halfYear: string): boolean {
  const s = span(a);
  if (!s) return false;
  return halfYearOf(s[0]) <= halfYear && halfYear <= halfYearOf(s[1]);
}

export const hasPeriod = (a: Timed) => span(a) !== null;

/** An activity's period in words: "september 2023 – juni 2024", "från september 2023", "Period ej angiven". */
export function formatPeriod(a: Timed): string {
  if (a.startMonth && a.endMonth)
    return a.startMonth === a.endMonth ? formatMonth(a.startMonth) : `${formatMonth(a.startMonth)} – ${formatMonth(a.endMonth)}`;
  if (a.startMonth) return `från ${formatMonth(a.startMonth)}`;
  if (a.endMonth) return `till ${formatMonth(a.endMonth)}`;
  return "Period ej angiven";
}

/** Milestones by the half-year they fall due in. */
export function milestonesByHalfYear<M extends { dueOn: string }>(milestones: readonly M[]): Map<string, M[]> {
  const out = new Map<string, M[]>();
  for (const m of milestones) {
    const key = halfYearOf(m.dueOn.slice(0, 7));
    out.set(key, [...(out.get(key) ?? []), m]);
  }
  return out;
}
