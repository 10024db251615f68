import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor, signIn } from "../test-helpers.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t?.close());

/** The longest word of a title: distinctive enough to find that item. */
const longestWord = (title: string) => title.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;

describe("search reaches every kind of content, not only the målbild", () => {
  it("finds Värmland's seeded activity, event, news item and good example by a word of their titles", async () => {
    const api = callerFor(t.db, "varmland");
    const activity = (await api.roadmap.get()).areas.flatMap((a) => a.activities)[0]!;
    const event = (await api.event.list())[0]!;
    const articles = await api.article.list();
    const news = articles.find((a) => a.kind === "news")!;
    const example = articles.find((a) => a.kind === "good_example")!;
    for (const [kind, item] of [
      ["activity", activity],
      ["event", event],
      ["article", news],
      ["article", example],
    ] as const) {
      const hits = await api.search.query({ q: longestWord(item.title) });
      expect(hits, `${kind} "${item.title}"`).toContainEqual(expect.objectContaining({ kind, id: item.id, title: item.title }));
    }
  });

  it("finds a new event by a word form its title does not contain, and never another programme's", async () => {
    const orebro = callerFor(t.db, "orebro");
    const token = await signIn(t.db, "orebro");
    const { id } = await callerFor(t.db, "orebro", token).event.create({
      kind: "workshop",
      title: "Workshop om hemsjukvårdens samverkan",
      startsOn: "2027-03-04",
      audiences: ["staff"],
    });
    expect((await orebro.search.query({ q: "hemsjukvård" })).map((h) => h.id)).toContain(id);
    expect((await callerFor(t.db, "varmland").search.query({ q: "hemsjukvård" })).map((h) => h.id)).not.toContain(id);
  });
});
