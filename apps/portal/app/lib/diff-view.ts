/**
 * A målbild version's changes as a reader wants them: named sections, a count of what changed,
 * and long runs of unchanged lines folded away so the changes stand out.
 */
import type { DiffLine, MalbildDiff } from "@naravard/domain";

export const fieldLabel: Record<MalbildDiff["fields"][number]["field"], string> = {
  title: "Rubrik",
  vision: "Vision",
  goal: "Mål",
  introduction: "Inledning",
};

export const sectionLabel: Record<MalbildDiff["sections"][number]["section"], string> = {
  perspectives: "Perspektiv och påståenden",
  statements: "Så ska invånarna uppleva det",
  shifts: "Förflyttningar (från → till)",
  principles: "Principer",
  journey: "Gemensam färdriktning",
  faq: "Vanliga frågor",
};

/** The text labels that say what happened to a line (the markup and colour only repeat them). */
export const changeLabel = { added: "Tillagt", removed: "Borttaget", changed: "Ändrat" } as const;

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

/** How many lines were added, removed and reworded; a changed field (title, vision …) counts as reworded. */
export function diffCounts(diff: Pick<MalbildDiff, "fields" | "sections">): DiffCounts {
  const counts = { added: 0, removed: 0, changed: diff.fields.length };
  for (const s of diff.sections) for (const l of s.lines) if (l.kind !== "unchanged") counts[l.kind]++;
  return counts;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 ändringar: 1 tillagd, 1 borttagen och 1 ändrad" */
export function diffSummary(c: DiffCounts): string {
  const total = c.added + c.removed + c.changed;
  if (total === 0) return "Inga ändringar";
  const parts = [
    c.added ? plural(c.added, "tillagd", "tillagda") : null,
    c.removed ? plural(c.removed, "borttagen", "borttagna") : null,
    c.changed ? plural(c.changed, "ändrad", "ändrade") : null,
  ].filter((p): p is string => p !== null);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} och ${parts.at(-1)}` : parts[0]!;
  return `${plural(total, "ändring", "ändringar")}: ${list}`;
}

export type DiffItem = DiffLine | { kind: "skipped"; count: number };

/**
 * Keeps `context` unchanged lines on each side of a change and folds the rest into one
 * "n oförändrade" item. A section without changes folds entirely.
 */
export function foldUnchanged(lines: readonly DiffLine[], context = 1): DiffItem[] {
  const near = lines.map((_, i) => lines.slice(Math.max(0, i - context), i + context + 1).some((l) => l.kind !== "unchanged"));
  const out: DiffItem[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.kind !== "unchanged" || near[i]) {
      out.push(line);
      continue;
    }
    const last = out.at(-1);
    if (last?.kind === "skipped") last.count++;
    else out.push({ kind: "skipped", count: 1 });
  }
  return out;
}

/** Sections that have at least one change, in the målbild's order. */
export const changedSections = (diff: Pick<MalbildDiff, "sections">) =>
  diff.sections.filter((s) => s.lines.some((l) => l.kind !== "unchanged"));
