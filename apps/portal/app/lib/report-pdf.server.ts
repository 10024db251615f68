/**
 * The follow-up report as a real PDF (A4), built from the same summary as the printable page:
 * a politician can attach it to a board's agenda. Helvetica covers Swedish; see pdf-text.ts.
 */
import { adoptionCategories, adoptionRegions, statusCounts } from "./adoption-view.ts";
import type { AdoptionOverview } from "./api-types.ts";
import { countyMap, lineChart } from "./pdf-figures.server.ts";
import {
  bullets,
  createDocument,
  ensureSpace,
  finish,
  heading,
  pageFooters,
  paragraph,
  progressBar,
  table,
} from "./pdf-layout.server.ts";
import type { Report } from "./report.ts";
import { capitalise } from "./words.ts";

export async function reportPdf(input: {
  report: Report;
  adoption: AdoptionOverview;
  programmeName: string;
  organisation: string;
  accent: string;
  source: string;
  terms: { malbild: string; adoption: string; roadmap: string; strategies: string };
}): Promise<Buffer> {
  const { report, adoption, terms, accent } = input;
  const doc = await createDocument({
    title: `${report.title} (${report.date})`,
    subject: `Uppföljning av ${terms.malbild}en`,
    author: input.organisation,
  });

  doc.font("Helvetica").fontSize(10).fillColor("#4a4a4a").text(input.programmeName);
  heading(doc, "Uppföljningsrapport", 1);
  paragraph(doc, `Läget den ${report.date}.`, { muted: true });

  heading(doc, "Sammanfattning", 2);
  bullets(doc, report.summary);

  heading(doc, `${capitalise(terms.adoption)} om ${terms.malbild}en`, 2);
  paragraph(doc, `${report.adoption.sentence}.${report.adoption.latest ? ` ${report.adoption.latest}` : ""}`, { bold: true });
  progressBar(doc, "Andel av parterna som har antagit", report.adoption.percent, accent);
  const municipalities = adoption.members.filter((m) => m.kind === "municipality");
  if (adoption.map.areas.length)
    countyMap(
      doc,
      adoption.map,
      adoptionRegions(adoption.map.areas, adoption.members),
      adoptionCategories,
      statusCounts(municipalities),
    );
  if (report.adoption.undated) paragraph(doc, report.adoption.undated, { muted: true });
  table(
    doc,
    [
      { header: "Part", share: 0.3 },
      { header: "Status", share: 0.27 },
      { header: "Datum", share: 0.2 },
      { header: "Beslutande organ", share: 0.23 },
    ],
    report.adoption.rows.map((r) => [r.name, r.status, r.date, r.body || "Ej angivet"]),
  );

  heading(doc, capitalise(terms.roadmap), 2);
  if (report.roadmap) {
    paragraph(doc, report.roadmap.sentence);
    progressBar(doc, `Hela ${terms.roadmap}en`, report.roadmap.overall, accent);
    for (const area of report.roadmap.areas) {
      heading(doc, area.title, 3);
      progressBar(doc, "Framsteg", area.progress, accent);
      paragraph(doc, `${capitalise(area.line)}.`, { muted: true });
    }
    if (report.roadmap.milestones.length) {
      heading(doc, "Milstolpar", 3);
      bullets(doc, report.roadmap.milestones);
    }
  } else paragraph(doc, `Ingen ${terms.roadmap} är publicerad ännu.`);

  if (report.strategies) {
    heading(doc, capitalise(terms.strategies), 2);
    if (!report.strategies.length) paragraph(doc, "Inga strategier är publicerade ännu.");
    for (const s of report.strategies) {
      heading(doc, s.title, 3);
      paragraph(doc, `${s.mode}. ${s.line}`);
    }
  }

  heading(doc, "Indikatorer", 2);
  if (!report.indicators.length) paragraph(doc, "Inga indikatorer är publicerade ännu.");
  for (const ind of report.indicators) {
    // Keep an indicator's heading, figures and chart together on one page.
    ensureSpace(doc, ind.table.series.length ? 300 : 80);
    heading(doc, `${ind.title}${ind.isDemo ? " (exempeldata)" : ""}`, 3);
    const frame = [ind.baseline, ind.target].filter(Boolean).join(". ");
    if (frame) paragraph(doc, `${frame}.`);
    if (ind.latest.length) bullets(doc, ind.latest);
    else paragraph(doc, "Inga värden är rapporterade ännu.", { muted: true });
    if (ind.table.series.length)
      lineChart(doc, {
        periods: ind.table.periods,
        series: ind.table.series,
        target: ind.targetPoint,
        baseline: ind.baselinePoint,
        unit: capitalise(ind.unit),
      });
  }

  if (report.demoNote) {
    heading(doc, "Exempeldata", 3);
    paragraph(doc, report.demoNote);
  }
  paragraph(doc, `Källa: ${input.source}. Uppgifterna gäller den dag rapporten skapades.`, { muted: true, size: 9 });
  pageFooters(doc, `${report.title} · ${report.date}`);
  return finish(doc);
}
