import { describe, expect, it } from "vitest";
import { elementTexts, linkedTexts } from "./malbild-elements.ts";

describe("målbild elements", () => {
  const texts = elementTexts({
    perspectives: [{ id: "p", title: "Invånarperspektivet", statements: [{ id: "ps", text: "Jag är delaktig" }] }],
    statements: [{ id: "s", text: "Jag får rätt hjälp och stöd i rätt tid" }],
    shifts: [{ id: "f", fromText: "Fokus på organisation", toText: "Fokus på person och relation" }],
  });

  it("quotes statements and says shifts from → to", () => {
    expect(texts.get("p")).toBe("Invånarperspektivet");
    expect(texts.get("ps")).toBe("”Jag är delaktig”");
    expect(texts.get("f")).toBe("från ”Fokus på organisation” till ”Fokus på person och relation”");
  });

  it("drops links to elements the målbild no longer has", () => {
    expect(linkedTexts([{ id: "s" }, { id: "gone" }], texts)).toEqual(["”Jag får rätt hjälp och stöd i rätt tid”"]);
    expect(elementTexts(null).size).toBe(0);
  });
});
