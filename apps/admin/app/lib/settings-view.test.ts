import { describe, expect, it } from "vitest";
import { defaultTerms } from "@naravard/domain";
import { contrastText, retentionSaved, termFields, termHint } from "./settings-view.ts";

describe("contrastText", () => {
  it("states the ratio against white in Swedish, rounded down so 4.49 never reads as 4,5", () => {
    expect(contrastText("#00594f")).toMatch(/^Kontrast mot vitt: \d+,\d:1 \(minst 4,5:1 krävs\)\.$/);
    expect(contrastText("#000000")).toBe("Kontrast mot vitt: 21,0:1 (minst 4,5:1 krävs).");
    expect(contrastText("#FFFFFF")).toBe("Kontrast mot vitt: 1,0:1 (minst 4,5:1 krävs).");
    // #777777 is about 4.48:1 — just below the limit, and it must not look like it passes.
    expect(contrastText("#777777")).toBe("Kontrast mot vitt: 4,4:1 (minst 4,5:1 krävs).");
  });

  it("says nothing about a value that is not a colour", () => {
    expect(contrastText("grön")).toBe("");
  });
});

describe("termFields", () => {
  it("asks for every term the domain lets a programme rename, each with its default", () => {
    expect(termFields.map((t) => t.key).sort()).toEqual(Object.keys(defaultTerms).sort());
    expect(termHint("roadmap")).toContain("”färdplan”");
  });
});

describe("retentionSaved", () => {
  it("tells how many answers were erased, if any", () => {
    expect(retentionSaved(365, 0)).toBe("Gallringstiden är 365 dagar.");
    expect(retentionSaved(30, 1)).toBe("Gallringstiden är 30 dagar. Namn och e-post togs bort ur 1 synpunkt.");
    expect(retentionSaved(30, 4)).toBe("Gallringstiden är 30 dagar. Namn och e-post togs bort ur 4 synpunkter.");
  });
});
