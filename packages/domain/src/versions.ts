import { z } from "zod";
import { isoDate } from "./dates.ts";
import type { MalbildStatus, MalbildView } from "./malbild.ts";

/**
 * The life cycle of a målbild version: a draft may go out for consultation (the "prototype") and
 * come back; either may be adopted; an adopted version is superseded only when another is adopted.
 */
const transitions: Record<MalbildStatus, readonly MalbildStatus[]> = {
  draft: ["consultation", "adopted"],
  consultation: ["draft", "adopted"],
  adopted: [],
  superseded: [],
};

export const canTransition = (from: MalbildStatus, to: MalbildStatus): boolean => transitions[from].includes(to);

export const nextStatuses = (from: MalbildStatus): readonly MalbildStatus[] => transitions[from];

/**
 * The versions the public may see: every one but a draft, which is the coordinators' work in
 * progress (a version out for consultation is the prototype the public is asked about; a superseded
 * one stays in the history). Every public read filters by this in SQL: the portal's procedures and
 * the open-data API alike.
 */
export const publicMalbildStatuses = ["consultation", "adopted", "superseded"] as const satisfies readonly MalbildStatus[];
export type PublicMalbildStatus = (typeof publicMalbildStatuses)[number];

export const ChangeStatusInputSchema = z.object({
  malbildId: z.uuid({ error: "Ogiltig identitet." }),
  status: z.enum(["draft", "consultation", "adopted"], { error: "Välj en giltig status." }),
  /** The day of the decision when adopting (YYYY-MM-DD); not in the future. */
  adoptedOn: isoDate("Ange datumet som ÅÅÅÅ-MM-DD.").optional(),
});
export type ChangeStatusInput = z.infer<typeof ChangeStatusInputSchema>;

export const VersionNumberSchema = z.coerce.number({ error: "Ogiltigt versionsnummer." }).int().min(1).max(10_000);

// ---- Diff ----------------------------------------------------------------------------------

export type DiffLine =
  | { kind: "unchanged"; text: string }
  | { kind: "added"; text: string }
  | { kind: "removed"; text: string }
  | { kind: "changed"; before: string; after: string };

export interface MalbildDiff {
  fields: { field: "title" | "vision" | "goal" | "introduction"; before: string; after: string }[];
  sections: { section: "perspectives" | "statements" | "shifts" | "principles" | "journey" | "faq"; lines: DiffLine[] }[];
  /** True when nothing differs. */
  identical: boolean;
}

type Content = Pick<MalbildView, "title" | "vision" | "goal" | "introduction" | "perspectives" | "statements" | "shifts" | "principles" | "journey" | "faq">;

/** Longest-common-subsequence diff of two lists of lines, pairing a removal with the addition that follows it as a change. */
export function diffLines(before: readonly string[], after: readonly string[]): DiffLine[] {
  const n = before.length;
  const m = after.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i]![j] = before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);

  const raw: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      raw.push({ kind: "unchanged", text: before[i]! });
      i++;
      j++;
    } else if (i < n && (j === m || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) {
      raw.push({ kind: "removed", text: before[i++]! });
    } else {
      raw.push({ kind: "added", text: after[j++]! });
    }
  }
  // Pair runs of removals with the additions right after them: a reworded line reads as a change.
  const out: DiffLine[] = [];
  for (let k = 0; k < raw.length; ) {
    const removed: string[] = [];
    while (raw[k]?.kind === "removed") removed.push((raw[k++] as { text: string }).text);
    const added: string[] = [];
    while (raw[k]?.kind === "added") added.push((raw[k++] as { text: string }).text);
    const pairs = Math.min(removed.length, added.length);
    for (let p = 0; p < pairs; p++) out.push({ kind: "changed", before: removed[p]!, after: added[p]! });
    for (const text of removed.slice(pairs)) out.push({ kind: "removed", text });
    for (const text of added.slice(pairs)) out.push({ kind: "added", text });
    if (!removed.length && !added.length) out.push(raw[k++]!);
  }
  return out;
}

/** What changed between two versions of a målbild, section by section. */
export function diffMalbild(before: Content, after: Content): MalbildDiff {
  const fields = (["title", "vision", "goal", "introduction"] as const)
    .map((field) => ({ field, before: before[field] ?? "", after: after[field] ?? "" }))
    .filter((f) => f.before !== f.after);
  const perspectiveLines = (c: Content) =>
    c.perspectives.flatMap((p) => [`${p.title}: ${p.description}`, ...p.statements.map((s) => `${p.title} – ”${s.text}”`)]);
  const sections: MalbildDiff["sections"] = [
    { section: "perspectives", lines: diffLines(perspectiveLines(before), perspectiveLines(after)) },
    { section: "statements", lines: diffLines(before.statements.map((s) => s.text), after.statements.map((s) => s.text)) },
    {
      section: "shifts",
      lines: diffLines(before.shifts.map((s) => `${s.fromText} → ${s.toText}`), after.shifts.map((s) => `${s.fromText} → ${s.toText}`)),
    },
    { section: "principles", lines: diffLines(before.principles.map((p) => p.text), after.principles.map((p) => p.text)) },
    { section: "journey", lines: diffLines(before.journey.map((j) => j.title), after.journey.map((j) => j.title)) },
    { section: "faq", lines: diffLines(before.faq.map((f) => `${f.question}\n${f.answer}`), after.faq.map((f) => `${f.question}\n${f.answer}`)) },
  ];
  const identical = fields.length === 0 && sections.every((s) => s.lines.every((l) => l.kind === "unchanged"));
  return { fields, sections, identical };
}
