import { readFileSync } from "node:fs";
import { validate } from "@readme/openapi-parser";
import { parse } from "csv-parse/sync";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaller, createContextInner } from "@naravard/api";
import { TEST_PASSWORD, type TestDatabase } from "@naravard/db/testing";
import { sql } from "@naravard/db";
import { startTestApi } from "../test-server.ts";
import type { paths } from "./client/schema.d.ts";
import { clientSchemaSource } from "./generate-client.ts";

let t: TestDatabase;
let base: string;
let api: Awaited<ReturnType<typeof startTestApi>>;

beforeAll(async () => {
  api = await startTestApi();
  ({ t, base } = api);
});
afterAll(() => api?.close());

describe("open data API", () => {
  it("publishes an OpenAPI document that a real validator accepts", async () => {
    const document = (await (await fetch(`${base}/api/v1/openapi.json`)).json()) as { paths: Record<string, unknown> };
    const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    expect(result.valid, JSON.stringify(result)).toBe(true);
    expect(Object.keys(document.paths)).toContain("/api/v1/{tenant}/adoptions");
    for (const list of newLists) {
      expect(Object.keys(document.paths)).toContain(`/api/v1/{tenant}/${list}`);
      expect(Object.keys(document.paths)).toContain(`/api/v1/{tenant}/${list}.csv`);
    }
  });

  it("reads Värmland's adoptions through the client generated from the document", async () => {
    // The committed client schema is what the document generates today.
    expect(readFileSync(new URL("./client/schema.d.ts", import.meta.url), "utf8")).toBe(await clientSchemaSource());
    const client = createClient<paths>({ baseUrl: base });
    const { data, response } = await client.GET("/api/v1/{tenant}/adoptions", {
      params: { path: { tenant: "varmland" }, query: { pageSize: 10 } },
    });
    expect(response.status).toBe(200);
    expect(data!.total).toBe(17);
    expect(data!.data).toHaveLength(10);
    const all = await client.GET("/api/v1/{tenant}/adoptions", {
      params: { path: { tenant: "varmland" }, query: { pageSize: 100 } },
    });
    expect(all.data!.data.find((d) => d.memberName === "Karlstad")?.decidedOn).toBe("2022-06-16");
  });

  it("paginates, 404s an unknown programme and 400s a bad page", async () => {
    const second = (await (await fetch(`${base}/api/v1/varmland/members?page=2&pageSize=10`)).json()) as { data: unknown[] };
    expect(second).toMatchObject({ page: 2, pageSize: 10, total: 17 });
    expect(second.data).toHaveLength(7);
    expect((await fetch(`${base}/api/v1/gotland/members`)).status).toBe(404);
    expect((await fetch(`${base}/api/v1/varmland/members?pageSize=100000`)).status).toBe(400);
    expect((await fetch(`${base}/api/v1/varmland/nothing`)).status).toBe(404);
    expect((await fetch(`${base}/api/v1/varmland/members`, { method: "POST" })).status).toBe(405);
  });

  it("exports CSV with a BOM, semicolons and Swedish characters intact", async () => {
    const res = await fetch(`${base}/api/v1/varmland/adoptions.csv`);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const [header, ...rows] = text.trim().split("\r\n");
    expect(header).toBe("part;status;beslutande_organ;datum;diarienummer;lank;anteckning;version");
    expect(rows).toHaveLength(17);
    expect(rows.some((r) => r.startsWith("Årjäng;adopted;"))).toBe(true);
    expect(rows.find((r) => r.startsWith("Karlstad;"))).toContain("2022-06-16");
  });
});

const newLists = ["events", "news", "good-examples", "contacts", "faq", "public-input"] as const;
type Page = { data: ({ id: string } & Record<string, unknown>)[]; page: number; pageSize: number; total: number };
const getPage = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  expect(res.status, path).toBe(200);
  return (await res.json()) as Page;
};
/** A CSV export: its bytes start with the BOM, and csv-parse reads the rest as semicolon-separated records. */
const getCsv = async (path: string) => {
  const res = await fetch(`${base}${path}`);
  expect(res.status, path).toBe(200);
  expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
  const bytes = new Uint8Array(await res.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.slice(3)), {
    delimiter: ";",
    columns: true,
    record_delimiter: "\r\n",
  }) as Record<string, string>[];
};
const ids = (rows: { id: unknown }[]) => rows.map((r) => r.id);

describe("open data API: events, news, good examples, contacts, FAQ and published public input", () => {
  const tricky = 'Mer tid; färre "överlämningar"\noch en ny rad – å ä ö';
  const email = "avsandare@exempel.se";
  const portal = (slug: string) => createCaller(createContextInner({ db: t.db, tenantSlug: slug }));

  beforeAll(async () => {
    // Published answers in Värmland (one with a name and an e-mail address, one without either,
    // one with a semicolon, quotes and a line break), one left pending, and one in Örebro.
    for (const [slug, email_] of [
      ["varmland", "samordnare@varmland.demo"],
      ["orebro", "samordnare@orebro.demo"],
    ] as const) {
      const { token } = await createCaller(createContextInner({ db: t.db })).auth.login({
        email: email_,
        password: TEST_PASSWORD,
      });
      const admin = createCaller(createContextInner({ db: t.db, tenantSlug: slug, sessionToken: token }));
      const questionId =
        (await portal(slug).publicInput.list()).questions[0]?.id ??
        (
          await admin.publicInput.saveQuestion({
            question: "Vad tycker du om målbilden?",
            purpose: "Svaren används i arbetet med målbilden.",
            open: true,
          })
        ).id;
      const answers =
        slug === "varmland"
          ? [
              { text: "Första synpunkten från Värmland", name: "Åsa Öberg", email },
              { text: "Andra synpunkten, anonym", name: "", email: "" },
              { text: tricky, name: "Per", email: "" },
            ]
          : [{ text: "HEMLIGT-orebro synpunkt", name: "Örebroare", email: "orebro@exempel.se" }];
      const entries = [];
      for (const a of answers) entries.push((await portal(slug).publicInput.submit({ questionId, website: "", ...a })).id);
      await admin.publicInput.moderate({ entryIds: entries, decision: "published", reason: "" });
      if (slug === "varmland")
        await portal(slug).publicInput.submit({
          questionId,
          website: "",
          text: "Väntar på granskning",
          name: "Väntande",
          email: "",
        });
    }
  });

  it("answers each list with the tenant's own content, in the portal's order (ties by title)", async () => {
    const varmland = portal("varmland");
    const all = async (list: string, slug = "varmland") => (await getPage(`/api/v1/${slug}/${list}?pageSize=500`)).data;
    // The portal's order (dated by date, undated last), ties by title: a total order to page by.
    const events = await all("events");
    expect(ids(events).sort()).toEqual(ids(await varmland.event.list()).sort());
    expect(events.map((e) => e.title)).toContain("Ledning och styrning för Nära vård");
    expect(events.map((e) => e.title).slice(0, 2)).toEqual([
      "Fokusvecka om Nära vård (1 av 2)",
      "Fokusvecka om Nära vård (2 av 2)",
    ]);
    expect(ids(await all("news"))).toEqual(ids(await varmland.article.list({ kind: "news" })));
    expect((await all("news")).map((a) => a.title)).toEqual(["Hela Värmland står bakom utvecklingen till god och nära vård"]);
    expect((await all("good-examples")).map((a) => a.title)).toEqual([
      "Mobila resursteam – Karlstads kommun och Region Värmland",
      "Värdegrundsinternat i Karlstad",
    ]);
    expect((await all("good-examples"))[0]!.members).toEqual(["Karlstad", "Region Värmland"]);
    expect((await all("contacts")).map((c) => c.name)).toEqual(["Kristin Törnqvist", "Linnea Grankvist"]);
    const faq = (await varmland.malbild.current()).faq;
    expect(faq.length).toBeGreaterThan(0);
    expect(await all("faq")).toEqual(faq.map((f) => ({ id: f.id, question: f.question, answer: f.answer })));
    // Another tenant's lists hold its own content only.
    expect((await all("news", "orebro")).map((a) => a.title)).toEqual(["Målbild antagen för framtidens vård och omsorg"]);
    expect((await all("contacts", "fyrbodal")).map((c) => c.name)).toEqual(["Lidija Beljic"]);
    expect(await all("events", "orebro")).toEqual([]);
    expect((await all("good-examples", "orebro")).length).toBe(0);
  });

  it("publishes only published answers, with no more personal data than the portal shows", async () => {
    const page = await getPage("/api/v1/varmland/public-input?pageSize=500");
    expect(page.total).toBe(3);
    expect(ids(page.data)).toEqual(ids((await portal("varmland").publicInput.list()).published));
    const first = page.data.find((a) => a.text === "Första synpunkten från Värmland")!;
    expect(first).toMatchObject({ name: "Åsa Öberg", question: "Vad vill du utforska tillsammans med andra under processen?" });
    expect(first.submittedOn).toBe(new Date().toISOString().slice(0, 10));
    expect(Object.keys(first).sort()).toEqual(["id", "name", "question", "questionId", "submittedOn", "text"]);
    expect(page.data.find((a) => a.text === "Andra synpunkten, anonym")!.name).toBeNull();
    const everything = JSON.stringify(page) + JSON.stringify(await getCsv("/api/v1/varmland/public-input.csv"));
    expect(everything).not.toContain(email);
    expect(everything).not.toContain("Väntar på granskning");
    expect(everything).not.toContain("HEMLIGT-orebro");
    expect((await getPage("/api/v1/orebro/public-input")).data.map((a) => a.text)).toEqual(["HEMLIGT-orebro synpunkt"]);
  });

  it("pages in order: every row once, the last page short, a page past the end empty", async () => {
    const whole = await getPage("/api/v1/varmland/events?pageSize=500");
    expect(whole.total).toBe(9);
    const pages = await Promise.all([1, 2, 3].map((n) => getPage(`/api/v1/varmland/events?page=${n}&pageSize=4`)));
    expect(pages.map((p) => p.data.length)).toEqual([4, 4, 1]);
    expect(pages.map((p) => p.total)).toEqual([9, 9, 9]);
    expect(pages.flatMap((p) => ids(p.data))).toEqual(ids(whole.data));
    expect(await getPage("/api/v1/varmland/events?page=4&pageSize=4")).toEqual({ data: [], page: 4, pageSize: 4, total: 9 });
    const answers = await getPage("/api/v1/varmland/public-input?page=2&pageSize=2");
    expect(answers).toMatchObject({ page: 2, pageSize: 2, total: 3 });
    expect(answers.data).toHaveLength(1);
    expect((await getPage("/api/v1/varmland/contacts?pageSize=1")).data.map((c) => c.name)).toEqual(["Kristin Törnqvist"]);
  });

  it("pages the roadmap's activities in SQL in the roadmap's order, as the portal's roadmap has them", async () => {
    const roadmap = (await portal("varmland").roadmap.get()).areas.flatMap((area) =>
      area.activities.map((a) => ({ id: a.id, area: area.title, title: a.title, owners: a.owners.map((o) => o.name).sort() })),
    );
    expect(roadmap.length).toBeGreaterThan(1);
    const whole = await getPage("/api/v1/varmland/roadmap/activities?pageSize=500");
    expect(whole.total).toBe(roadmap.length);
    expect(whole.data.map((a) => ({ id: a.id, area: a.area, title: a.title, owners: a.owners }))).toEqual(roadmap);
    const pages = await Promise.all(
      [1, 2].map((n) => getPage(`/api/v1/varmland/roadmap/activities?page=${n}&pageSize=${roadmap.length - 1}`)),
    );
    expect(pages.map((p) => p.data.length)).toEqual([roadmap.length - 1, 1]);
    expect(pages.flatMap((p) => ids(p.data))).toEqual(ids(roadmap));
    expect((await getCsv("/api/v1/varmland/roadmap/activities.csv")).map((a) => a.aktivitet)).toEqual(
      roadmap.map((a) => a.title),
    );
    const orebro = await getPage("/api/v1/orebro/roadmap/activities?pageSize=500");
    expect(orebro.data.filter((a) => ids(whole.data).includes(a.id))).toEqual([]);
  });

  it("pages the indicator values in SQL: by indicator, period and member, the values the follow-up page has", async () => {
    const portalValues = (await portal("varmland").indicator.list()).flatMap((i) =>
      i.values.map((v) => ({
        indicatorCode: i.code,
        indicatorTitle: i.title,
        unit: i.unit,
        isDemo: i.isDemo,
        memberName: v.memberName,
        memberCode: v.memberCode,
        period: v.period,
        value: v.value,
      })),
    );
    expect(portalValues.length).toBeGreaterThan(1);
    const key = (v: Record<string, unknown>) => `${String(v.indicatorTitle)}|${String(v.period)}|${String(v.memberName)}`;
    const whole = await getPage("/api/v1/varmland/indicator-values?pageSize=500");
    expect(whole.total).toBe(portalValues.length);
    expect(whole.data).toEqual([...portalValues].sort((a, b) => key(a).localeCompare(key(b))));
    const pages = await Promise.all(
      portalValues.map((_, n) => getPage(`/api/v1/varmland/indicator-values?page=${n + 1}&pageSize=1`)),
    );
    expect(pages.flatMap((p) => p.data)).toEqual(whole.data);
    expect((await getCsv("/api/v1/varmland/indicator-values.csv")).map((v) => v.period)).toEqual(whole.data.map((v) => v.period));
  });

  it("exports each list as CSV with a BOM, quoting that reads back exactly, and the same rows as the JSON", async () => {
    const answers = await getCsv("/api/v1/varmland/public-input.csv");
    expect(Object.keys(answers[0]!)).toEqual(["fraga", "synpunkt", "namn", "datum"]);
    expect(answers.map((a) => a.synpunkt)).toEqual((await getPage("/api/v1/varmland/public-input")).data.map((a) => a.text));
    expect(answers.find((a) => a.namn === "Per")!.synpunkt).toBe(tricky);
    expect(answers.find((a) => a.synpunkt === "Andra synpunkten, anonym")!.namn).toBe("");
    const events = await getCsv("/api/v1/varmland/events.csv");
    expect(events).toHaveLength(9);
    expect(events.map((e) => e.titel)).toEqual((await getPage("/api/v1/varmland/events")).data.map((e) => e.title));
    expect(events.find((e) => e.titel === "Ledning och styrning för Nära vård")).toMatchObject({
      typ: "seminar",
      ar: "2021",
      malgrupper: "staff; managers; leaders; politicians; citizens",
      material: "Bildspel ”Ledning och styrning för Nära vård” (PDF)",
    });
    expect((await getCsv("/api/v1/varmland/good-examples.csv")).map((a) => [a.titel, a.parter])).toEqual([
      ["Mobila resursteam – Karlstads kommun och Region Värmland", "Karlstad; Region Värmland"],
      ["Värdegrundsinternat i Karlstad", "Karlstad"],
    ]);
    expect((await getCsv("/api/v1/orebro/news.csv")).map((a) => a.publicerad)).toEqual(["2022-02-11"]);
    expect((await getCsv("/api/v1/fyrbodal/contacts.csv")).map((c) => [c.namn, c.organisation])).toEqual([
      ["Lidija Beljic", "Fyrbodals kommunalförbund"],
    ]);
    const faq = await getCsv("/api/v1/varmland/faq.csv");
    expect(faq.map((f) => f.fraga)).toEqual((await getPage("/api/v1/varmland/faq")).data.map((f) => f.question));
  });

  it("answers 404 for an unknown programme and 400 with a clear message for a bad page", async () => {
    for (const list of newLists) {
      for (const path of [`/api/v1/gotland/${list}`, `/api/v1/gotland/${list}.csv`]) {
        const res = await fetch(`${base}${path}`);
        expect(res.status, path).toBe(404);
        expect(await res.json()).toEqual({ error: "No such programme." });
      }
    }
    const bad = async (query: string) => {
      const res = await fetch(`${base}/api/v1/varmland/events?${query}`);
      expect(res.status, query).toBe(400);
      return ((await res.json()) as { error: string }).error;
    };
    expect(await bad("page=0")).toBe("page must be a whole number from 1 to 100000.");
    expect(await bad("page=abc")).toBe("page must be a whole number from 1 to 100000.");
    expect(await bad("page=100001")).toBe("page must be a whole number from 1 to 100000.");
    expect(await bad("pageSize=501")).toBe("pageSize must be a whole number from 1 to 500.");
    expect(await bad("pageSize=2.5")).toBe("pageSize must be a whole number from 1 to 500.");
    expect(await bad("page=-1&pageSize=0")).toBe(
      "page must be a whole number from 1 to 100000. pageSize must be a whole number from 1 to 500.",
    );
    expect((await fetch(`${base}/api/v1/varmland/public-input?page=100000&pageSize=500`)).status).toBe(200);
  });
});

describe("a CSV export longer than a page", () => {
  it("is written a page at a time, every row once, in the order of the JSON pages", async () => {
    // Värmland's roadmap grows to 1 203 activities: three pages of 500 for the export.
    await t.db.execute(sql`
      insert into roadmap_activity (tenant_id, area_id, position, title)
      select a.tenant_id, a.id, 5000 + g, 'Exportrad ' || lpad(g::text, 4, '0')
      from (select id, tenant_id from roadmap_area where tenant_id = (select id from tenant where slug = 'varmland') order by position limit 1) a,
           generate_series(1, 1203) g`);
    const total = (await getPage("/api/v1/varmland/roadmap/activities?pageSize=1")).total;
    expect(total).toBeGreaterThanOrEqual(1203);
    const rows = await getCsv("/api/v1/varmland/roadmap/activities.csv");
    expect(rows).toHaveLength(total);
    const pages = await Promise.all([1, 2, 3].map((n) => getPage(`/api/v1/varmland/roadmap/activities?page=${n}&pageSize=500`)));
    expect(rows.map((r) => r.aktivitet)).toEqual(pages.flatMap((p) => p.data.map((a) => a.title)));
  });
});
