import { describe, expect, it } from "vitest";
import { diffMalbild, type DiffLine } from "@naravard/domain";
import { changedSections, diffCounts, diffSummary, foldUnchanged } from "./diff-view.ts";

const u = (text: string): DiffLine => ({ kind: "unchanged", text });

describe("a version's changes", () => {
  it("counts added, removed and reworded lines, changed fields as reworded", () => {
    const diff = {
      fields: [{ field: "vision" as const, before: "a", after: "b" }],
      sections: [
        {
          section: "principles" as const,
          lines: [u("x"), { kind: "added" as const, text: "y" }, { kind: "changed" as const, before: "p", after: "q" }],
        },
        { section: "faq" as const, lines: [{ kind: "removed" as const, text: "z" }] },
      ],
    };
    expect(diffCounts(diff)).toEqual({ added: 1, removed: 1, changed: 2 });
    expect(changedSections(diff).map((s) => s.section)).toEqual(["principles", "faq"]);
  });

  it("summarises in Swedish with the right number", () => {
    expect(diffSummary({ added: 1, removed: 0, changed: 0 })).toBe("1 ändring: 1 tillagd");
    expect(diffSummary({ added: 2, removed: 1, changed: 3 })).toBe("6 ändringar: 2 tillagda, 1 borttagen och 3 ändrade");
    expect(diffSummary({ added: 0, removed: 0, changed: 0 })).toBe("Inga ändringar");
  });

  it("folds long runs of unchanged lines around the changes", () => {
    const lines: DiffLine[] = [u("1"), u("2"), u("3"), { kind: "added", text: "ny" }, u("4"), u("5"), u("6")];
    expect(foldUnchanged(lines)).toEqual([
      { kind: "skipped", count: 2 },
      u("3"),
      { kind: "added", text: "ny" },
      u("4"),
      { kind: "skipped", count: 2 },
    ]);
    expect(foldUnchanged([u("a"), u("b")])).toEqual([{ kind: "skipped", count: 2 }]);
  });

  it("reads the domain's diff of two versions", () => {
    const base = {
      title: "Målbild",
      vision: "V",
      goal: null,
      introduction: "",
      perspectives: [],
      statements: [],
      shifts: [],
      journey: [],
      faq: [],
    };
    const p = (text: string, position: number) => ({ id: text, position, text });
    const diff = diffMalbild(
      { ...base, principles: [p("Respekt", 0), p("Tillit", 1)] },
      { ...base, vision: "V2", principles: [p("Respekt", 0), p("Tillit och mod", 1), p("Lärande", 2)] },
    );
    expect(diffSummary(diffCounts(diff))).toBe("3 ändringar: 1 tillagd och 2 ändrade");
  });
});
