import { describe, expect, it } from "vitest";
import { parseWithZod } from "@conform-to/zod/v4";
import { QuestionFormSchema, TAGS_TEXT, withTags } from "./participation-forms.ts";

const form = (entries: [string, string][]) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe("withTags", () => {
  it("adds the typed tags as tags[i], keeping the text", () => {
    const out = withTags(
      form([
        ["title", "Hej"],
        [TAGS_TEXT, "äldre, digitalisering,, äldre"],
      ]),
    );
    expect([...out.entries()]).toEqual([
      ["title", "Hej"],
      [TAGS_TEXT, "äldre, digitalisering,, äldre"],
      ["tags[0]", "äldre"],
      ["tags[1]", "digitalisering"],
    ]);
  });
});

describe("QuestionFormSchema", () => {
  const base: [string, string][] = [
    ["question", "Vad är viktigast för dig?"],
    ["purpose", "Svaren används i arbetet med målbilden."],
  ];
  it("can close a question, which an unticked checkbox could not say", () => {
    const closed = parseWithZod(form([...base, ["open", "closed"]]), { schema: QuestionFormSchema });
    expect(closed.status === "success" && closed.value.open).toBe(false);
    const open = parseWithZod(form([...base, ["open", "open"]]), { schema: QuestionFormSchema });
    expect(open.status === "success" && open.value.open).toBe(true);
  });
  it("asks for the choice when none is made", () => {
    const none = parseWithZod(form(base), { schema: QuestionFormSchema });
    expect(none.status === "error" && none.error?.open).toEqual(["Välj om frågan är öppen för svar."]);
  });
});
