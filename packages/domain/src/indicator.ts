import { z } from "zod";
import { MalbildElementKindSchema } from "./roadmap.ts";

export const IndicatorDirectionSchema = z.enum(["increase", "decrease"]);
export type IndicatorDirection = z.infer<typeof IndicatorDirectionSchema>;

const Period = z.string().regex(/^\d{4}$/, { error: "Ange perioden som ett årtal, till exempel 2022." });
const num = (label: string) => z.coerce.number({ error: `Ange ${label} som ett tal.` }).finite({ error: `Ange ${label} som ett tal.` });

export const IndicatorInputSchema = z.object({
  code: z
    .string({ error: "Ange en kod." })
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, { error: "Koden får bara innehålla bokstäver a–z, siffror, punkt, bindestreck och understreck (t.ex. Koladas N00945)." }),
  title: z.string({ error: "Skriv en rubrik." }).trim().min(3, { error: "Rubriken måste ha minst 3 tecken." }).max(200, { error: "Högst 200 tecken." }),
  description: z.string().trim().max(2000).default(""),
  unit: z.string({ error: "Ange en enhet." }).trim().min(1, { error: "Ange en enhet, till exempel procent." }).max(40),
  direction: IndicatorDirectionSchema.default("increase"),
  baselineValue: num("utgångsvärdet").nullish(),
  baselinePeriod: Period.nullish(),
  targetValue: num("målvärdet").nullish(),
  targetPeriod: Period.nullish(),
  links: z.array(z.object({ kind: MalbildElementKindSchema, id: z.uuid() })).max(40).default([]),
});
export type IndicatorInput = z.infer<typeof IndicatorInputSchema>;

// ---- Kolada import ---------------------------------------------------------------------------

/** One row of Kolada's API answer (v2 `data` endpoints): a KPI for a municipality and period, per gender. */
export const KoladaFileSchema = z.object({
  values: z.array(
    z.object({
      kpi: z.string(),
      municipality: z.string(),
      period: z.union([z.string(), z.number()]).transform(String),
      values: z.array(z.object({ gender: z.string(), status: z.string().nullish(), value: z.number().nullable() })),
    }),
  ),
});
export type KoladaFile = z.infer<typeof KoladaFileSchema>;

export interface ImportRow {
  /** 1-based row number in the file's `values` array. */
  row: number;
  indicatorCode: string;
  memberCode: string;
  period: string;
  value: number;
}
export interface ImportError {
  row: number;
  message: string;
}

/**
 * Kolada's ids: municipalities are their 4-digit SCB codes; regions are "00" + the county code
 * (e.g. "0017" Region Värmland). Our members use the county code for the region.
 */
export const koladaMemberCode = (municipality: string) => (/^00\d{2}$/.test(municipality) ? municipality.slice(2) : municipality);

/**
 * Turns a Kolada file into rows to import, or per-row errors (in Swedish). Only the total
 * (gender "T") is imported; a row without a usable total is an error, not a silent skip.
 */
export function parseKolada(
  file: KoladaFile,
  known: { indicatorCodes: ReadonlySet<string>; memberCodes: ReadonlySet<string> },
): { rows: ImportRow[]; errors: ImportError[] } {
  const rows: ImportRow[] = [];
  const errors: ImportError[] = [];
  file.values.forEach((v, index) => {
    const row = index + 1;
    const memberCode = koladaMemberCode(v.municipality);
    const problems: string[] = [];
    if (!known.indicatorCodes.has(v.kpi)) problems.push(`okänt nyckeltal ”${v.kpi}” (lägg upp indikatorn med den koden först)`);
    if (!known.memberCodes.has(memberCode)) problems.push(`”${v.municipality}” är inte en part i programmet`);
    if (!/^\d{4}$/.test(v.period)) problems.push(`perioden ”${v.period}” är inte ett årtal`);
    const total = v.values.find((x) => x.gender === "T");
    if (!total) problems.push("värde för totalen (gender T) saknas");
    else if (total.value === null || !Number.isFinite(total.value)) problems.push("totalen saknar värde");
    if (problems.length) errors.push({ row, message: `Rad ${row}: ${problems.join("; ")}.` });
    else rows.push({ row, indicatorCode: v.kpi, memberCode, period: v.period, value: total!.value! });
  });
  const seen = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.indicatorCode}|${r.memberCode}|${r.period}`;
    const first = seen.get(key);
    if (first !== undefined) errors.push({ row: r.row, message: `Rad ${r.row}: samma nyckeltal, part och period som rad ${first}.` });
    else seen.set(key, r.row);
  }
  return { rows, errors: errors.sort((a, b) => a.row - b.row) };
}

export interface ImportChange {
  indicatorCode: string;
  memberCode: string;
  period: string;
  before: number | null;
  after: number;
}

/** What an import would change compared with the values stored now. */
export function diffImport(rows: readonly ImportRow[], existing: ReadonlyMap<string, number>) {
  const changes: ImportChange[] = [];
  let unchanged = 0;
  for (const r of rows) {
    const before = existing.get(`${r.indicatorCode}|${r.memberCode}|${r.period}`) ?? null;
    if (before === r.value) unchanged++;
    else changes.push({ indicatorCode: r.indicatorCode, memberCode: r.memberCode, period: r.period, before, after: r.value });
  }
  return { added: changes.filter((c) => c.before === null).length, updated: changes.filter((c) => c.before !== null).length, unchanged, changes };
}
