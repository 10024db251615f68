/**
 * Pure geometry for the server-rendered charts (and the PDF report, which draws the same charts):
 * nice axis ticks, linear scales and the period axis. No DOM, no React.
 */

/** A step of 1, 2 or 5 × 10ⁿ that splits `span` into about `count` parts. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const factor = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
  return factor * magnitude;
}

/** Rounds away floating-point noise (0.30000000000000004 → 0.3) so tick labels stay clean. */
const clean = (value: number) => Number.parseFloat(value.toPrecision(12));

/**
 * The value axis for a set of numbers: bounds widened to whole steps, and the ticks between them.
 * Percentages and counts usually read best from zero, so `fromZero` keeps 0 in view when the data
 * is all positive. A single value (or none) still gets a sensible axis around it.
 */
export function valueAxis(
  values: readonly number[],
  options: { fromZero?: boolean; count?: number } = {},
): { min: number; max: number; ticks: number[] } {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = finite.length ? Math.min(...finite) : 0;
  let hi = finite.length ? Math.max(...finite) : 1;
  if (options.fromZero) {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= options.fromZero && lo >= 0 ? 0 : pad;
    hi += pad;
    if (options.fromZero && lo > 0) lo = 0;
  }
  const step = niceStep(hi - lo, options.count ?? 5);
  const min = clean(Math.floor(lo / step) * step);
  const max = clean(Math.ceil(hi / step) * step);
  const ticks: number[] = [];
  for (let t = min; t <= max + step / 2; t += step) ticks.push(clean(t));
  return { min, max, ticks };
}

/** Maps [d0, d1] onto [r0, r1] linearly (a degenerate domain maps to the middle of the range). */
export function linearScale([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): (value: number) => number {
  if (d0 === d1) return () => (r0 + r1) / 2;
  const k = (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

/**
 * The periods on the time axis, oldest first. Years ("2021") are filled in so the axis is even in
 * time: values for 2021 and 2022 and a target for 2025 give 2021–2025, not three equal steps.
 */
export function periodAxis(periods: readonly (string | null | undefined)[]): string[] {
  const unique = [...new Set(periods.filter((p): p is string => !!p))].sort();
  if (!unique.length || !unique.every((p) => /^\d{4}$/.test(p))) return unique;
  const first = Number(unique[0]);
  const last = Number(unique[unique.length - 1]);
  // A gap of decades would be a data error more than a timeline: then keep only the known years.
  if (last - first > 40) return unique;
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/** Evenly spaced positions for `count` categories across [start, end], each in the middle of its band. */
export function bandCentres(count: number, [start, end]: readonly [number, number]): number[] {
  if (count <= 0) return [];
  const band = (end - start) / count;
  return Array.from({ length: count }, (_, i) => start + band * (i + 0.5));
}

/** An SVG path through points, broken where a value is missing (no line is drawn across a gap). */
export function linePath(points: readonly ({ x: number; y: number } | null)[]): string {
  let d = "";
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? "L" : "M"}${round1(p.x)},${round1(p.y)}`;
    pen = true;
  }
  return d;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;
