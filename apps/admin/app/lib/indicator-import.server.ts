import { data } from "@remix-run/node";
import { apiErrorCode, apiErrorMessage, rethrowUnexpected } from "./api.server.ts";
import { redirectWithFlash } from "./flash.server.ts";
import { type ImportActionData, indicatorAnchors, indicatorFormIds } from "./indicator-forms.ts";
import { importSummary } from "./indicator-view.ts";
import type { PageContext } from "./roadmap-form-actions.server.ts";
import { readUpload } from "./request.server.ts";
import { notFound } from "./session.server.ts";

/** The API takes at most 5 000 000 characters; a file of at most as many bytes always fits. */
export const MAX_IMPORT_BYTES = 5_000_000;
const TOO_LARGE = "Filen är för stor. Den får vara högst 5 MB.";

/** The Kolada file, refused while it streams in once it passes 5 MB. */
export const readImportUpload = (request: Request) => readUpload(request, MAX_IMPORT_BYTES);

export const importTooLarge = () => data<ImportActionData>({ formId: indicatorFormIds.importFile, error: TOO_LARGE }, { status: 413 });

async function runKolada(ctx: PageContext, formId: ImportActionData["formId"], content: string, fileName: string, dryRun: boolean) {
  try {
    return await ctx.api.indicator.importKolada.mutate({ content, dryRun });
  } catch (error) {
    const code = apiErrorCode(error);
    if (code === "NOT_FOUND") throw notFound();
    if (code === "BAD_REQUEST" || code === "FORBIDDEN" || code === "TOO_MANY_REQUESTS") {
      const message = code === "FORBIDDEN" ? ctx.forbidden : apiErrorMessage(error, "Filen kunde inte läsas.");
      return data<ImportActionData>({ formId, error: message, fileName }, { status: code === "FORBIDDEN" ? 403 : 400 });
    }
    return rethrowUnexpected(error);
  }
}

/** First step: what the file would change, and its errors row by row. Nothing is saved. */
export async function previewImport(ctx: PageContext, formData: FormData) {
  const formId = indicatorFormIds.importFile;
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0)
    return data<ImportActionData>({ formId, error: "Välj en fil med värden från Kolada (JSON)." }, { status: 400 });
  if (file.size > MAX_IMPORT_BYTES) return importTooLarge();
  const content = await file.text();
  const report = await runKolada(ctx, formId, content, file.name, true);
  if (!("rows" in report)) return report;
  return data<ImportActionData>({ formId, report, content, fileName: file.name });
}

/** Second step: the same text again, written for real. Either every value is saved, or none. */
export async function commitImport(ctx: PageContext, formData: FormData) {
  const formId = indicatorFormIds.importCommit;
  const content = formData.get("content");
  const fileName = String(formData.get("fileName") ?? "");
  if (typeof content !== "string" || content.length === 0)
    return data<ImportActionData>({ formId: indicatorFormIds.importFile, error: "Välj filen igen och gör en ny kontroll." }, { status: 400 });
  const report = await runKolada(ctx, formId, content, fileName, false);
  if (!("rows" in report)) return report;
  if (!report.imported)
    return data<ImportActionData>(
      { formId, report, content, fileName, error: "Inget sparades: filen har fel. Rätta raderna nedan i filen och välj den igen." },
      { status: 400 },
    );
  const saved = report.added + report.updated;
  return redirectWithFlash(
    `${ctx.pageUrl}#${indicatorAnchors.list}`,
    `Importen är klar: ${saved} ${saved === 1 ? "värde" : "värden"} sparade. ${importSummary(report)}`,
  );
}
