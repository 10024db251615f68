/**
 * A thematic map as server-rendered SVG: each area filled by its category with a colour AND a
 * pattern, so colour is never the only cue; a legend in text (with counts) says the same.
 */

export type MapPattern = "solid" | "hatch" | "dots" | "cross" | "blank";

export interface MapCategory {
  key: string;
  label: string;
  /** Background colour of the area. */
  fill: string;
  pattern: MapPattern;
  /** Colour of the pattern's lines or dots. */
  ink: string;
}

export interface MapRegion {
  code: string;
  name: string;
  /** SVG path data in the map's coordinate system. */
  d: string;
  /** The area's category key, or null for an area drawn only as context (not part of the programme). */
  category: string | null;
  /** Shown as the area's tooltip, e.g. "Karlstad: Har antagit målbilden (16 juni 2022)". */
  title: string;
}

export const OUTSIDE_FILL = "#e6e6e6";

function PatternDef({ id, category }: { id: string; category: MapCategory }) {
  const { fill, ink, pattern } = category;
  if (pattern === "solid" || pattern === "blank") return null;
  return (
    <pattern
      id={id}
      patternUnits="userSpaceOnUse"
      width={7}
      height={7}
      patternTransform={pattern === "dots" ? undefined : "rotate(45)"}
    >
      <rect width={7} height={7} fill={fill} />
      {pattern === "hatch" ? <line x1={0} y1={0} x2={0} y2={7} stroke={ink} strokeWidth={2.2} /> : null}
      {pattern === "cross" ? (
        <>
          <line x1={0} y1={0} x2={0} y2={7} stroke={ink} strokeWidth={1.6} />
          <line x1={0} y1={0} x2={7} y2={0} stroke={ink} strokeWidth={1.6} />
        </>
      ) : null}
      {pattern === "dots" ? <circle cx={3.5} cy={3.5} r={1.5} fill={ink} /> : null}
    </pattern>
  );
}

const paint = (id: string, c: MapCategory) => (c.pattern === "solid" || c.pattern === "blank" ? c.fill : `url(#${id})`);

export function ChoroplethMap({
  id,
  title,
  description,
  width,
  height,
  regions,
  categories,
}: {
  id: string;
  title: string;
  description: string;
  width: number;
  height: number;
  regions: readonly MapRegion[];
  categories: readonly MapCategory[];
}) {
  const byKey = new Map(categories.map((c) => [c.key, c]));
  const patternId = (key: string) => `${id}-monster-${key}`;
  return (
    <svg
      className="map"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-titel ${id}-beskrivning`}
      focusable="false"
    >
      <title id={`${id}-titel`}>{title}</title>
      <desc id={`${id}-beskrivning`}>{description}</desc>
      <defs>
        {categories.map((c) => (
          <PatternDef key={c.key} id={patternId(c.key)} category={c} />
        ))}
      </defs>
      {regions.map((r) => {
        const category = r.category === null ? undefined : byKey.get(r.category);
        return category ? (
          <path
            key={r.code}
            d={r.d}
            data-code={r.code}
            data-status={category.key}
            fill={paint(patternId(category.key), category)}
            stroke="#1a1a1a"
            strokeWidth={0.9}
            strokeLinejoin="round"
          >
            <title>{r.title}</title>
          </path>
        ) : (
          <path
            key={r.code}
            d={r.d}
            data-code={r.code}
            data-member="false"
            fill={OUTSIDE_FILL}
            stroke="#ffffff"
            strokeWidth={0.9}
            strokeLinejoin="round"
          >
            <title>{r.title}</title>
          </path>
        );
      })}
    </svg>
  );
}

/** The map's key: a swatch (the same colour and pattern) and, in words, the category and how many. */
export function MapLegend({
  id,
  categories,
  counts,
  outsideLabel,
}: {
  id: string;
  categories: readonly MapCategory[];
  counts: Readonly<Record<string, number>>;
  outsideLabel?: string;
}) {
  return (
    <ul className="map-legend">
      {categories.map((c) => (
        <li key={c.key}>
          <svg width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" focusable="false">
            <defs>
              <PatternDef id={`${id}-nyckel-${c.key}`} category={c} />
            </defs>
            <rect x="0.5" y="0.5" width="21" height="15" fill={paint(`${id}-nyckel-${c.key}`, c)} stroke="#1a1a1a" />
          </svg>
          {c.label}: <strong>{counts[c.key] ?? 0}</strong>
        </li>
      ))}
      {outsideLabel ? (
        <li>
          <svg width="22" height="16" viewBox="0 0 22 16" aria-hidden="true" focusable="false">
            <rect x="0.5" y="0.5" width="21" height="15" fill={OUTSIDE_FILL} stroke="#8a8a8a" />
          </svg>
          {outsideLabel}
        </li>
      ) : null}
    </ul>
  );
}
