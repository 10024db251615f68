import { describe, expect, it } from "vitest";
import { canTransition, diffLines, diffMalbild, nextStatuses } from "./versions.ts";

describe("version life cycle", () => {
  it("allows draft → consultation → adopted and back from consultation to draft", () => {
    expect(canTransition("draft", "consultation")).toBe(true);
    expect(canTransition("consultation", "adopted")).toBe(true);
    expect(canTransition("consultation", "draft")).toBe(true);
    expect(canTransition("draft", "adopted")).toBe(true);
  });

  it("never reopens an adopted or superseded version", () => {
    expect(nextStatuses("adopted")).toEqual([]);
    expect(nextStatuses("superseded")).toEqual([]);
    expect(canTransition("adopted", "draft")).toBe(false);
    expect(canTransition("draft", "superseded")).toBe(false);
  });
});

describe("diff", () => {
  it("marks additions, removals, rewordings and unchanged lines", () => {
    expect(diffLines(["a", "b", "c"], ["a", "B", "c", "d"])).toEqual([
      { kind: "unchanged", text: "a" },
      { kind: "changed", before: "b", after: "B" },
      { kind: "unchanged", text: "c" },
      { kind: "added", text: "d" },
    ]);
    expect(diffLines(["a", "b"], ["b"])).toEqual([
      { kind: "removed", text: "a" },
      { kind: "unchanged", text: "b" },
    ]);
    expect(diffLines([], [])).toEqual([]);
  });

  const base = {
    title: "Framtidens Värmland",
    vision: "V",
    goal: "God och jämlik hälsa",
    introduction: "",
    perspectives: [],
    statements: [{ id: "1", perspectiveId: null, position: 0, text: "Jag får rätt hjälp och stöd i rätt tid", revision: 1 }],
    shifts: [{ id: "s", position: 0, fromText: "Reaktiva insatser", toText: "Proaktivt och hälsofrämjande arbete" }],
    principles: [],
    journey: [],
    faq: [],
  };

  it("finds nothing between identical versions", () => {
    expect(diffMalbild(base, structuredClone(base)).identical).toBe(true);
  });

  it("reports a changed vision and a reworded statement", () => {
    const next = structuredClone(base);
    next.vision = "Ny vision";
    next.statements[0]!.text = "Jag får rätt hjälp i rätt tid";
    const diff = diffMalbild(base, next);
    expect(diff.identical).toBe(false);
    expect(diff.fields).toEqual([{ field: "vision", before: "V", after: "Ny vision" }]);
    expect(diff.sections.find((s) => s.section === "statements")!.lines).toEqual([
      { kind: "changed", before: "Jag får rätt hjälp och stöd i rätt tid", after: "Jag får rätt hjälp i rätt tid" },
    ]);
    expect(diff.sections.find((s) => s.section === "shifts")!.lines[0]!.kind).toBe("unchanged");
  });
});
