import { describe, expect, it } from "vitest";
import { pdfSafe } from "./pdf-text.ts";

describe("text for the PDF's standard font", () => {
  it("keeps Swedish letters, typographic quotes and dashes", () => {
    const text = "Värmland – Örebro län: ”Jag får rätt hjälp och stöd i rätt tid” · Åmål, é, ü";
    expect(pdfSafe(text)).toBe(text);
  });

  it("keeps decomposed letters by composing them first", () => {
    expect(pdfSafe("A\u030amål")).toBe("Åmål");
  });

  it("replaces what the font lacks with its nearest equivalent", () => {
    expect(pdfSafe("\u22123,5")).toBe("-3,5");
    expect(pdfSafe("från → till")).toBe("från -> till");
    expect(pdfSafe("1\u202f234")).toBe("1 234");
    expect(pdfSafe("漢")).toBe("?");
  });
});
