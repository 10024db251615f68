import { z } from "zod";
import type { RouterOutputs } from "@naravard/api";
import { IndicatorInputSchema, RevisionSchema } from "@naravard/domain";
import { askAnchor, pageParams } from "./roadmap-form-data.ts";

/** What the uppföljning page and its action share: form ids, where a change returns, the edit and removal inputs. */
export const INDICATOR_FORBIDDEN = "Din roll i programmet får inte ändra indikatorerna eller importera värden.";

/** An edit names the indicator it changes; the API saves by code, so the code itself stays as it is. */
export const UpdateIndicatorSchema = IndicatorInputSchema.extend({
  indicatorId: z.uuid({ error: "Ogiltig indikator." }),
  expectedRevision: RevisionSchema,
});
export const IndicatorIdSchema = z.object({ indicatorId: z.uuid({ error: "Ogiltig indikator." }) });

/** The numbers a Swede types with a decimal comma ("57,5"), read as the schema expects them. */
export const DECIMAL_FIELDS = ["baselineValue", "targetValue"] as const;

export const indicatorFormIds = {
  create: "ny-indikator",
  edit: (id: string) => `indikator-form-${id}`,
  remove: (id: string) => `ta-bort-form-${id}`,
  importFile: "kolada-fil",
  importCommit: "kolada-genomfor",
} as const;

export const indicatorAnchors = {
  list: "indikatorer",
  importer: "kolada",
  indicator: (id: string) => `indikator-${id}`,
  edited: (id: string) => askAnchor(pageParams.edit, id),
};

/**
 * Commas to points and spaces out of the number fields, in a copy of the form, so "1 234,5"
 * reads as 1234.5. Anything else is left for the schema to refuse in Swedish.
 */
export function withDecimalPoints(formData: FormData, names: readonly string[]): FormData {
  const out = new FormData();
  for (const [key, value] of formData) {
    out.append(
      key,
      typeof value === "string" && names.includes(key) ? value.replace(/[\s\u00a0]/g, "").replace(",", ".") : value,
    );
  }
  return out;
}

export type ImportReport = RouterOutputs["indicator"]["importKolada"];

/** What the Kolada import answers: the dry run's report with the file kept for "Genomför importen", or why it failed. */
export interface ImportActionData {
  formId: typeof indicatorFormIds.importFile | typeof indicatorFormIds.importCommit;
  error?: string;
  report?: ImportReport;
  /** The file's text, posted again unchanged by "Genomför importen". */
  content?: string;
  fileName?: string;
}
