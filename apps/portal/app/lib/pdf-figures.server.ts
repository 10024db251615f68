/**
 * The report's figures drawn straight into the PDF with the same geometry as the web page's SVG:
 * the county map (colour plus pattern per status) and the indicators' line charts.
 */
import {
  type MapCategory,
  type MapRegion,
  OUTSIDE_FILL,
  bandCentres,
  formatNumber,
  linearScale,
  seriesStyle,
  valueAxis,
} from "@naravard/ui";
import { type Doc, INK, MUTED, contentWidth, ensureSpace } from "./pdf-layout.server.ts";
import { pdfSafe } from "./pdf-text.ts";

/** Paints a pattern inside the current clip: the same hatch, cross or dots as the SVG map. */
function paintPattern(doc: Doc, category: MapCategory, width: number, height: number) {
  const step = 7;
  doc.lineWidth(category.pattern === "hatch" ? 2.2 : 1.6).strokeColor(category.ink);
  if (category.pattern === "dots") {
    for (let x = step / 2; x < width; x += step)
      for (let y = step / 2; y < height; y += step) doc.circle(x, y, 1.5).fill(category.ink);
    return;
  }
  for (let k = -height; k < width; k += step)
    doc
      .moveTo(k, 0)
      .lineTo(k + height, height)
      .stroke();
  if (category.pattern === "cross")
    for (let k = 0; k < width + height; k += step)
      doc
        .moveTo(k, 0)
        .lineTo(k - height, height)
        .stroke();
}

/** A swatch as on the web legend, then the legend's words. */
function legend(
  doc: Doc,
  x: number,
  y: number,
  categories: readonly MapCategory[],
  counts: Readonly<Record<string, number>>,
  outsideLabel: string | null,
) {
  let top = y;
  const row = (paint: (sx: number, sy: number) => void, text: string) => {
    doc.save();
    doc.rect(x, top, 18, 12).clip();
    paint(x, top);
    doc.restore();
    doc.rect(x, top, 18, 12).lineWidth(0.8).strokeColor(INK).stroke();
    doc
      .font("Helvetica")
      .fontSize(9.5)
      .fillColor(INK)
      .text(pdfSafe(text), x + 24, top + 1.5, { width: 150 });
    top += 18;
  };
  for (const c of categories)
    row(
      (sx, sy) => {
        doc.rect(sx, sy, 18, 12).fill(c.fill);
        if (c.pattern !== "solid" && c.pattern !== "blank") {
          doc.translate(sx, sy);
          paintPattern(doc, c, 18, 12);
        }
      },
      `${c.label}: ${counts[c.key] ?? 0}`,
    );
  if (outsideLabel) row((sx, sy) => doc.rect(sx, sy, 18, 12).fill(OUTSIDE_FILL), outsideLabel);
}

export function countyMap(
  doc: Doc,
  map: { width: number; height: number },
  regions: readonly MapRegion[],
  categories: readonly MapCategory[],
  counts: Readonly<Record<string, number>>,
) {
  const maxHeight = 330;
  const maxWidth = contentWidth(doc) - 190;
  const scale = Math.min(maxWidth / map.width, maxHeight / map.height);
  ensureSpace(doc, map.height * scale + 10);
  const left = doc.page.margins.left;
  const top = doc.y;
  const byKey = new Map(categories.map((c) => [c.key, c]));
  doc.save();
  doc.translate(left, top).scale(scale);
  for (const r of regions) {
    const c = r.category === null ? undefined : byKey.get(r.category);
    doc.path(r.d).fill(c ? c.fill : OUTSIDE_FILL);
    if (c && c.pattern !== "solid" && c.pattern !== "blank") {
      doc.save();
      doc.path(r.d).clip();
      paintPattern(doc, c, map.width, map.height);
      doc.restore();
    }
    doc
      .path(r.d)
      .lineWidth(0.9)
      .strokeColor(c ? INK : "#ffffff")
      .stroke();
  }
  doc.restore();
  legend(
    doc,
    left + map.width * scale + 16,
    top + 4,
    categories,
    counts,
    regions.some((r) => r.category === null) ? "Ingår inte i programmet" : null,
  );
  doc.x = left;
  doc.y = top + map.height * scale + 10;
}

type Shape = ReturnType<typeof seriesStyle>["marker"];
function marker(doc: Doc, shape: Shape, x: number, y: number, color: string) {
  const s = 3.2;
  if (shape === "circle") doc.circle(x, y, s).fill(color);
  else if (shape === "square") doc.rect(x - s, y - s, s * 2, s * 2).fill(color);
  else if (shape === "triangle") doc.polygon([x, y - s - 1], [x + s + 1, y + s], [x - s - 1, y + s]).fill(color);
  else if (shape === "diamond") doc.polygon([x, y - s - 1], [x + s + 1, y], [x, y + s + 1], [x - s - 1, y]).fill(color);
  else
    doc
      .moveTo(x - s, y - s)
      .lineTo(x + s, y + s)
      .moveTo(x + s, y - s)
      .lineTo(x - s, y + s)
      .lineWidth(1.8)
      .strokeColor(color)
      .stroke();
}

const dashOf = (dash: string | undefined) => (dash ? dash.split(" ").map(Number) : null);

export interface ChartData {
  periods: readonly string[];
  series: readonly { name: string; values: Readonly<Record<string, number>> }[];
  target: { value: number; period: string | null } | null;
  baseline: { value: number; period: string | null } | null;
  unit: string;
}

/** A line chart: value axis from zero, a line and marker per member, the target dashed, the baseline boxed; then its legend. */
export function lineChart(doc: Doc, data: ChartData) {
  const height = 170;
  ensureSpace(doc, height + 40);
  const left = doc.page.margins.left;
  const plot = { x0: left + 42, x1: left + contentWidth(doc) - 10, y0: doc.y + 22, y1: doc.y + height - 8 };
  const values = data.series.flatMap((s) => Object.values(s.values));
  if (data.target) values.push(data.target.value);
  if (data.baseline) values.push(data.baseline.value);
  const axis = valueAxis(values, { fromZero: true });
  const y = linearScale([axis.min, axis.max], [plot.y1, plot.y0]);
  const xs = bandCentres(data.periods.length, [plot.x0, plot.x1]);
  const xOf = new Map(data.periods.map((p, i) => [p, xs[i]!]));

  doc.font("Helvetica").fontSize(8.5);
  for (const t of axis.ticks) {
    doc
      .moveTo(plot.x0, y(t))
      .lineTo(plot.x1, y(t))
      .lineWidth(t === axis.min ? 1 : 0.4)
      .strokeColor(t === axis.min ? INK : "#c8c8c8")
      .stroke();
    doc.fillColor(INK).text(pdfSafe(formatNumber(t)), left, y(t) - 4, { width: 36, align: "right", lineBreak: false });
  }
  for (const p of data.periods)
    doc.fillColor(INK).text(p, xOf.get(p)! - 20, plot.y1 + 5, { width: 40, align: "center", lineBreak: false });
  doc.fillColor(MUTED).text(pdfSafe(`${data.unit}, per år`), left, plot.y0 - 20, { lineBreak: false });

  if (data.target) {
    const ty = y(data.target.value);
    doc.moveTo(plot.x0, ty).lineTo(plot.x1, ty).lineWidth(1.4).dash(6, { space: 4 }).strokeColor(INK).stroke().undash();
    const label = pdfSafe(`Mål ${formatNumber(data.target.value)}${data.target.period ? ` (${data.target.period})` : ""}`);
    doc.fillColor(INK).text(label, plot.x1 - 120, ty - 11, { width: 120, align: "right", lineBreak: false });
  }
  data.series.forEach((s, i) => {
    const style = seriesStyle(i);
    const points = data.periods.filter((p) => p in s.values).map((p) => [xOf.get(p)!, y(s.values[p]!)] as const);
    if (points.length > 1) {
      doc.moveTo(points[0]![0], points[0]![1]);
      for (const [px, py] of points.slice(1)) doc.lineTo(px, py);
      const dash = dashOf(style.dash);
      if (dash) doc.dash(dash[0]!, { space: dash[1] ?? dash[0]! });
      doc.lineWidth(1.8).strokeColor(style.color).stroke().undash();
    }
    for (const [px, py] of points) marker(doc, style.marker, px, py, style.color);
  });
  if (data.baseline?.period && xOf.has(data.baseline.period)) {
    const bx = xOf.get(data.baseline.period)!;
    const by = y(data.baseline.value);
    doc
      .save()
      .rotate(45, { origin: [bx, by] })
      .rect(bx - 6, by - 6, 12, 12)
      .lineWidth(1)
      .strokeColor(INK)
      .stroke()
      .restore();
    doc.fillColor(INK).text(pdfSafe(`Utgångsvärde ${formatNumber(data.baseline.value)}`), bx + 9, by + 8, { lineBreak: false });
  }
  chartLegend(doc, data, plot.y1 + 24);
}

/** The chart's key: each member's line and marker with its name, and the dashed target line. */
function chartLegend(doc: Doc, data: ChartData, top: number) {
  const left = doc.page.margins.left;
  const entries = [
    ...data.series.map((s, i) => ({
      name: s.name,
      style: seriesStyle(i) as { color: string; dash?: string; marker: Shape | null },
    })),
    ...(data.target ? [{ name: "Mål", style: { color: INK, dash: "6 4", marker: null } }] : []),
  ];
  let x = left;
  let y = top;
  doc.font("Helvetica").fontSize(9);
  for (const { name, style } of entries) {
    const label = pdfSafe(name);
    const width = 28 + doc.widthOfString(label) + 16;
    if (x + width > left + contentWidth(doc)) {
      x = left;
      y += 15;
    }
    doc.moveTo(x, y).lineTo(x + 22, y);
    const dash = dashOf(style.dash);
    if (dash) doc.dash(dash[0]!, { space: dash[1] ?? dash[0]! });
    doc.lineWidth(1.8).strokeColor(style.color).stroke().undash();
    if (style.marker) marker(doc, style.marker, x + 11, y, style.color);
    doc.fillColor(INK).text(label, x + 28, y - 4, { lineBreak: false });
    x += width;
  }
  doc.x = left;
  doc.y = y + 14;
}
