/**
 * Small layout primitives for PDF reports on top of pdfkit: headings, paragraphs, lists, progress
 * bars, tables that break across pages, and page footers. A4, Helvetica, all text through pdfSafe.
 */
import { pdfSafe } from "./pdf-text.ts";

export type Doc = PDFKit.PDFDocument;

export const INK = "#1a1a1a";
export const MUTED = "#4a4a4a";
export const RULE = "#8a8a8a";
const MARGIN = 50;

/**
 * A new A4 document. pdfkit (with its fonts) is loaded on the first report asked for, not when the
 * portal starts: it is a third of a second of every start otherwise.
 */
export async function createDocument(info: { title: string; subject: string; author: string }): Promise<Doc> {
  const { default: PDFDocument } = await import("pdfkit");
  return new PDFDocument({
    size: "A4",
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: "sv-SE",
    displayTitle: true,
    info: {
      Title: pdfSafe(info.title),
      Subject: pdfSafe(info.subject),
      Author: pdfSafe(info.author),
      Creator: "Nära vård – målbilder",
    },
  });
}

/** Resolves with the finished file. */
export function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

export const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` points still fit on this one. */
export function ensureSpace(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

export function heading(doc: Doc, text: string, level: 1 | 2 | 3) {
  const size = { 1: 20, 2: 14, 3: 11.5 }[level];
  ensureSpace(doc, size * 4);
  if (level > 1) doc.moveDown(level === 2 ? 0.9 : 0.5);
  doc
    .font("Helvetica-Bold")
    .fontSize(size)
    .fillColor(INK)
    .text(pdfSafe(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
}

export function paragraph(doc: Doc, text: string, options: { muted?: boolean; bold?: boolean; size?: number } = {}) {
  const size = options.size ?? 10.5;
  doc.font(options.bold ? "Helvetica-Bold" : "Helvetica").fontSize(size);
  ensureSpace(doc, Math.min(doc.heightOfString(pdfSafe(text), { width: contentWidth(doc) }), size * 3));
  doc.fillColor(options.muted ? MUTED : INK).text(pdfSafe(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.4);
}

export function bullets(doc: Doc, items: readonly string[]) {
  doc.font("Helvetica").fontSize(10.5).fillColor(INK);
  for (const item of items) {
    const text = pdfSafe(item);
    const width = contentWidth(doc) - 14;
    ensureSpace(doc, doc.heightOfString(text, { width }));
    const top = doc.y;
    doc.circle(doc.page.margins.left + 4, top + 5.5, 1.8).fill(INK);
    doc.fillColor(INK).text(text, doc.page.margins.left + 14, top, { width });
    doc.moveDown(0.2);
  }
  doc.x = doc.page.margins.left;
  doc.moveDown(0.3);
}

/** "Label: 67 %" and a bar; the number is always written out, the bar only repeats it. */
export function progressBar(doc: Doc, label: string, value: number | null, accent: string) {
  ensureSpace(doc, 34);
  const left = doc.page.margins.left;
  doc.font("Helvetica").fontSize(10.5).fillColor(INK);
  doc.text(pdfSafe(`${label}: ${value === null ? "inget att räkna än" : `${value} %`}`), left, doc.y, {
    width: contentWidth(doc),
  });
  if (value !== null) {
    const top = doc.y + 2;
    const width = 260;
    doc.rect(left, top, width, 9).fillAndStroke("#e3e6e4", RULE);
    if (value > 0) doc.rect(left, top, (width * Math.max(0, Math.min(100, value))) / 100, 9).fill(accent);
    doc.y = top + 14;
  }
  doc.x = left;
  doc.moveDown(0.3);
}

export interface Column {
  header: string;
  /** Share of the content width. */
  share: number;
}

/** A table with a bold header row, repeated on every page it runs onto. */
export function table(doc: Doc, columns: readonly Column[], rows: readonly (readonly string[])[]) {
  const left = doc.page.margins.left;
  const total = contentWidth(doc);
  const widths = columns.map((c) => c.share * total);
  const pad = 3;
  const rowHeight = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(9.5);
    return Math.max(...cells.map((c, i) => doc.heightOfString(pdfSafe(c), { width: widths[i]! - pad * 2 }))) + pad * 2;
  };
  const drawRow = (cells: readonly string[], font: string, rule: number) => {
    const height = rowHeight(cells, font);
    const top = doc.y;
    let x = left;
    doc.font(font).fontSize(9.5).fillColor(INK);
    cells.forEach((c, i) => {
      doc.text(pdfSafe(c), x + pad, top + pad, { width: widths[i]! - pad * 2 });
      x += widths[i]!;
    });
    doc
      .moveTo(left, top + height)
      .lineTo(left + total, top + height)
      .lineWidth(rule)
      .strokeColor(rule > 1 ? INK : RULE)
      .stroke();
    doc.y = top + height;
  };
  const header = columns.map((c) => c.header);
  ensureSpace(doc, rowHeight(header, "Helvetica-Bold") + rowHeight(rows[0] ?? header, "Helvetica"));
  drawRow(header, "Helvetica-Bold", 1.5);
  for (const r of rows) {
    if (doc.y + rowHeight(r, "Helvetica") > bottom(doc)) {
      doc.addPage();
      drawRow(header, "Helvetica-Bold", 1.5);
    }
    drawRow(r, "Helvetica", 0.5);
  }
  doc.x = left;
  doc.moveDown(0.6);
}

/** "Uppföljningsrapport · Nära vård i Värmland · Sida 2 av 4" at the foot of every page. */
export function pageFooters(doc: Doc, text: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(pdfSafe(`${text} · Sida ${i + 1} av ${range.count}`), doc.page.margins.left, doc.page.height - 36, {
        width: contentWidth(doc),
        align: "center",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottomMargin;
  }
}
