import { bandCentres, linePath, linearScale, round1, valueAxis } from "./chart-scale.ts";
import { formatNumber } from "./format.ts";

export interface ChartSeries {
  name: string;
  /** Value per period; a period without a value leaves a gap in the line. */
  values: Readonly<Record<string, number>>;
}

export interface LineChartProps {
  /** Unique on the page: prefixes the ids that label the chart. */
  id: string;
  title: string;
  /** The chart in words, for screen readers (the same facts are in a table next to it). */
  description: string;
  /** The time axis, oldest first (see `periodAxis`). */
  periods: readonly string[];
  series: readonly ChartSeries[];
  /** Name of the value axis, e.g. "Procent". */
  valueLabel: string;
  periodLabel?: string;
  target?: { value: number; period: string | null } | null;
  baseline?: { value: number; period: string | null } | null;
  fromZero?: boolean;
}

/** Line colour, dash and marker per series: lines differ in more than colour. */
export const SERIES_STYLES = [
  { color: "#1f4e8c", dash: undefined, marker: "circle" },
  { color: "#8a4b00", dash: "7 4", marker: "square" },
  { color: "#6b2f8a", dash: "2 3", marker: "triangle" },
  { color: "#1e6b34", dash: "10 3 2 3", marker: "diamond" },
  { color: "#a4161a", dash: "4 2", marker: "cross" },
  { color: "#3d3d3d", dash: "1 2", marker: "circle" },
] as const;
type MarkerShape = (typeof SERIES_STYLES)[number]["marker"];

export const seriesStyle = (index: number) => SERIES_STYLES[index % SERIES_STYLES.length]!;

const W = 640;
const H = 320;
const M = { top: 16, right: 24, bottom: 52, left: 64 };

function Marker({ shape, x, y, color }: { shape: MarkerShape; x: number; y: number; color: string }) {
  const s = 4.5;
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={s} fill={color} />;
    case "square":
      return <rect x={x - s} y={y - s} width={s * 2} height={s * 2} fill={color} />;
    case "triangle":
      return <path d={`M${x},${y - s - 1}L${x + s + 1},${y + s}L${x - s - 1},${y + s}Z`} fill={color} />;
    case "diamond":
      return <path d={`M${x},${y - s - 1}L${x + s + 1},${y}L${x},${y + s + 1}L${x - s - 1},${y}Z`} fill={color} />;
    case "cross":
      return (
        <path d={`M${x - s},${y - s}L${x + s},${y + s}M${x + s},${y - s}L${x - s},${y + s}`} stroke={color} strokeWidth={2.5} />
      );
  }
}

/** A line chart as plain SVG, drawn on the server: values per period and series, a dashed target line, the baseline marked. */
export function LineChart({
  id,
  title,
  description,
  periods,
  series,
  valueLabel,
  periodLabel = "Period",
  target,
  baseline,
  fromZero = true,
}: LineChartProps) {
  const all = series.flatMap((s) => Object.values(s.values));
  if (target) all.push(target.value);
  if (baseline) all.push(baseline.value);
  const axis = valueAxis(all, { fromZero });
  const y = linearScale([axis.min, axis.max], [H - M.bottom, M.top]);
  const xs = bandCentres(periods.length, [M.left, W - M.right]);
  const xOf = new Map(periods.map((p, i) => [p, xs[i]!]));
  const titleId = `${id}-titel`;
  const descId = `${id}-beskrivning`;

  return (
    <div className="chart">
      <svg className="chart__svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`} focusable="false">
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <g className="chart__grid">
          {axis.ticks.map((t) => (
            <g key={t}>
              <line
                x1={M.left}
                x2={W - M.right}
                y1={round1(y(t))}
                y2={round1(y(t))}
                stroke={t === axis.min ? "#1a1a1a" : "#d4d4d4"}
              />
              <text x={M.left - 8} y={round1(y(t))} dy="0.35em" textAnchor="end">
                {formatNumber(t)}
              </text>
            </g>
          ))}
          {periods.map((p) => (
            <text key={p} x={round1(xOf.get(p)!)} y={H - M.bottom + 20} textAnchor="middle">
              {p}
            </text>
          ))}
          <text className="chart__axis-title" x={(M.left + W - M.right) / 2} y={H - 8} textAnchor="middle">
            {periodLabel}
          </text>
          <text
            className="chart__axis-title"
            transform={`translate(16 ${(M.top + H - M.bottom) / 2}) rotate(-90)`}
            textAnchor="middle"
          >
            {valueLabel}
          </text>
        </g>
        {target ? (
          <g className="chart__target">
            <line
              x1={M.left}
              x2={W - M.right}
              y1={round1(y(target.value))}
              y2={round1(y(target.value))}
              stroke="#1a1a1a"
              strokeWidth={2}
              strokeDasharray="9 6"
            />
            <text x={W - M.right} y={round1(y(target.value)) - 6} textAnchor="end">
              Mål {formatNumber(target.value)}
              {target.period ? ` (${target.period})` : ""}
            </text>
            {target.period && xOf.has(target.period) ? (
              <circle
                cx={round1(xOf.get(target.period)!)}
                cy={round1(y(target.value))}
                r={6}
                fill="#fff"
                stroke="#1a1a1a"
                strokeWidth={2}
              />
            ) : null}
          </g>
        ) : null}
        {series.map((s, i) => {
          const style = seriesStyle(i);
          const points = periods.map((p) => (p in s.values ? { x: xOf.get(p)!, y: y(s.values[p]!) } : null));
          return (
            <g key={s.name}>
              <path d={linePath(points)} fill="none" stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash} />
              {points.map((pt, k) =>
                pt ? (
                  <Marker key={periods[k]} shape={style.marker} x={round1(pt.x)} y={round1(pt.y)} color={style.color} />
                ) : null,
              )}
            </g>
          );
        })}
        {baseline?.period && xOf.has(baseline.period) ? (
          <g className="chart__baseline">
            <rect
              x={round1(xOf.get(baseline.period)!) - 8}
              y={round1(y(baseline.value)) - 8}
              width={16}
              height={16}
              fill="none"
              stroke="#1a1a1a"
              strokeWidth={1.5}
              transform={`rotate(45 ${round1(xOf.get(baseline.period)!)} ${round1(y(baseline.value))})`}
            />
            <text x={round1(xOf.get(baseline.period)!) + 12} y={round1(y(baseline.value)) + 20}>
              Utgångsvärde {formatNumber(baseline.value)}
            </text>
          </g>
        ) : null}
      </svg>
      <ul className="chart-legend">
        {series.map((s, i) => {
          const style = seriesStyle(i);
          return (
            <li key={s.name}>
              <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
                <line x1="1" x2="33" y1="7" y2="7" stroke={style.color} strokeWidth={2.5} strokeDasharray={style.dash} />
                <Marker shape={style.marker} x={17} y={7} color={style.color} />
              </svg>
              {s.name}
            </li>
          );
        })}
        {target ? (
          <li>
            <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
              <line x1="1" x2="33" y1="7" y2="7" stroke="#1a1a1a" strokeWidth={2} strokeDasharray="9 6" />
            </svg>
            Mål (streckad linje)
          </li>
        ) : null}
        {baseline?.period && xOf.has(baseline.period) ? (
          <li>
            <svg width="34" height="14" viewBox="0 0 34 14" aria-hidden="true" focusable="false">
              <rect
                x="12"
                y="2"
                width="10"
                height="10"
                fill="none"
                stroke="#1a1a1a"
                strokeWidth={1.5}
                transform="rotate(45 17 7)"
              />
            </svg>
            Utgångsvärde (ruta)
          </li>
        ) : null}
      </ul>
    </div>
  );
}
