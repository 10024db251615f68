import { type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { sql } from "@naravard/db";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { createContextInner } from "../context.ts";
import { createCaller } from "../root.ts";
import { callerFor, signIn } from "../test-helpers.ts";
import { INPUT_RATE_LIMIT } from "./participation.ts";

let t: TestDatabase;
let varmland: string;
let orebro: string;
beforeAll(async () => {
  t = await createTestDatabase();
  varmland = await signIn(t.db, "varmland");
  orebro = await signIn(t.db, "orebro");
});
afterAll(() => t?.close());

/** The code and the message a person would see: the first field message for invalid input. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: "OK", message: "" }),
    (e: TRPCError) => ({ code: e.code, message: e.cause instanceof ZodError ? e.cause.issues[0]!.message : e.message }),
  );
const visitor = (address: string, tenant = "varmland") => createCaller(createContextInner({ db: t.db, tenantSlug: tenant, clientAddress: address }));

describe("events", () => {
  it("holds Värmland's 2021 focus weeks and seminars without invented dates", async () => {
    const events = await callerFor(t.db, "varmland").event.list();
    expect(events.filter((e) => e.kind === "focus_week")).toHaveLength(2);
    const seminars = events.filter((e) => e.kind === "seminar");
    expect(seminars).toHaveLength(5);
    expect(seminars.every((e) => e.startsOn === null && e.year === 2021)).toBe(true);
    expect(seminars.flatMap((e) => e.materials).every((m) => m.missing)).toBe(true);
  });

  it("accepts a PDF and refuses other files, oversize and another tenant's event", async () => {
    const api = callerFor(t.db, "varmland", varmland);
    const { id } = await api.event.create({ kind: "dialogue_meeting", title: "Dialogmöte om färdplanen", startsOn: "2026-12-03", audiences: ["staff", "staff"] });
    const pdf = Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF").toString("base64");
    const added = await api.event.addFile({ eventId: id, title: "Bildspel", fileName: "bildspel<script>.pdf", contentBase64: pdf });
    const file = await callerFor(t.db, "varmland").event.material({ materialId: added.id });
    expect(file.fileName).toBe("bildspel_script_.pdf");
    expect(Buffer.from(file.base64, "base64").toString("latin1").startsWith("%PDF-")).toBe(true);
    expect((await failure(api.event.addFile({ eventId: id, title: "Bildspel", fileName: "x.pdf", contentBase64: Buffer.from("MZ executable").toString("base64") }))).message).toMatch(
      /inte en PDF/,
    );
    expect((await failure(api.event.addFile({ eventId: id, title: "Bildspel", fileName: "x.pdf", contentBase64: "A".repeat(30_000_000) }))).code).toBe("BAD_REQUEST");
    const other = callerFor(t.db, "orebro", orebro);
    expect((await failure(other.event.addLink({ eventId: id, title: "Intrång", url: "https://example.se" }))).code).toBe("NOT_FOUND");
    expect((await failure(callerFor(t.db, "orebro").event.material({ materialId: added.id }))).code).toBe("NOT_FOUND");
    expect((await failure(api.event.create({ kind: "seminar", title: "Fel ordning", startsOn: "2026-05-02", endsOn: "2026-05-01" }))).code).toBe("BAD_REQUEST");
    expect((await callerFor(t.db, "varmland").event.list()).find((e) => e.id === id)!.audiences).toEqual(["staff"]);
  });
});

describe("articles and contacts", () => {
  it("holds the sources' news, good examples and contacts", async () => {
    const news = await callerFor(t.db, "orebro").article.list({ kind: "news" });
    expect(news[0]).toMatchObject({ title: "Målbild antagen för framtidens vård och omsorg", publishedOn: "2022-02-11" });
    const examples = await callerFor(t.db, "varmland").article.list({ kind: "good_example" });
    expect(examples.map((e) => e.title)).toContain("Värdegrundsinternat i Karlstad");
    expect((await callerFor(t.db, "fyrbodal").contact.list())[0]).toMatchObject({ name: "Lidija Beljic", role: "Utvecklingsledare Nära vård" });
  });

  it("sanitises rich text: no script, handler or javascript: link survives", async () => {
    const api = callerFor(t.db, "varmland", varmland);
    await api.article.save({
      kind: "news",
      title: "Test av säker text",
      publishedOn: "2026-11-20",
      body: '<p onclick="x()">Hej <script>alert(1)</script><a href="javascript:alert(1)">länk</a> <a href="https://regionvarmland.se">ok</a></p><img src=x onerror=alert(1)>',
    });
    const saved = (await api.article.list({ kind: "news" })).find((a) => a.title === "Test av säker text")!;
    expect(saved.body).toBe('<p>Hej <a>länk</a> <a href="https://regionvarmland.se">ok</a></p>');
  });
});

describe("public input", () => {
  it("takes an answer without an account, queues it, and publishes it after moderation", async () => {
    const { questions } = await callerFor(t.db, "varmland").publicInput.list();
    const question = questions[0]!;
    expect(question.question).toBe("Vad vill du utforska tillsammans med andra under processen?");
    const { id } = await visitor("10.0.0.1").publicInput.submit({ questionId: question.id, text: "Hur vi når unga invånare.", name: "Anna", email: "anna@example.se" });
    expect((await callerFor(t.db, "varmland").publicInput.list()).published).toEqual([]);
    const queue = await callerFor(t.db, "varmland", varmland).publicInput.queue();
    expect(queue.map((e) => e.id)).toContain(id);
    await callerFor(t.db, "varmland", varmland).publicInput.moderate({ entryIds: [id], decision: "published" });
    const published = (await callerFor(t.db, "varmland").publicInput.list()).published;
    expect(published).toEqual([expect.objectContaining({ id, text: "Hur vi når unga invånare.", name: "Anna" })]);
    expect(JSON.stringify(published)).not.toContain("anna@example.se");
  });

  it("pages the published answers, 50 to a page, newest first, and says whether older ones follow", async () => {
    const { questions } = await callerFor(t.db, "varmland").publicInput.list();
    const tenantId = (await callerFor(t.db, "varmland").tenant.current()).id;
    // 120 published answers a minute apart (straight into the database: the rate limit is per hour).
    await t.db.execute(sql`
      insert into input_entry (tenant_id, question_id, text, status, created_at)
      select ${tenantId}::uuid, ${questions[0]!.id}::uuid, 'Sidad synpunkt ' || lpad(g::text, 3, '0'), 'published', now() - make_interval(mins => 1000 - g)
      from generate_series(1, 120) g`);
    const pages = [];
    for (let page = 1; page <= 10; page++) {
      const r = await callerFor(t.db, "varmland").publicInput.list(page > 1 ? { page } : undefined);
      pages.push(r);
      expect(r.page).toBe(page);
      if (!r.olderExist) break;
    }
    // 120 and the answers published before: three pages, the last one short, every answer once.
    expect(pages.map((p) => p.published.length).slice(0, 2)).toEqual([50, 50]);
    expect(pages).toHaveLength(3);
    const paged = pages.flatMap((p) => p.published.map((e) => e.text)).filter((x) => x.startsWith("Sidad"));
    expect(paged).toEqual(Array.from({ length: 120 }, (_, i) => `Sidad synpunkt ${String(120 - i).padStart(3, "0")}`));
    expect((await callerFor(t.db, "varmland").publicInput.list({ page: 4 })).published).toEqual([]);
    expect((await failure(callerFor(t.db, "varmland").publicInput.list({ page: 0 }))).message).toMatch(/Uppgifterna är inte giltiga|Sidan finns inte/);
  });

  it("refuses the honeypot, oversize text and the sixth answer in an hour, storing nothing", async () => {
    const { questions } = await callerFor(t.db, "varmland").publicInput.list();
    const questionId = questions[0]!.id;
    const before = (await callerFor(t.db, "varmland", varmland).publicInput.queue()).length;
    expect((await failure(visitor("10.0.0.2").publicInput.submit({ questionId, text: "Köp billigt!", website: "http://spam.example" }))).message).toMatch(/ska vara tomt/);
    expect((await failure(visitor("10.0.0.2").publicInput.submit({ questionId, text: "x".repeat(2001) }))).message).toBe("Synpunkten får vara högst 2000 tecken.");
    for (let i = 0; i < INPUT_RATE_LIMIT; i++) await visitor("10.0.0.3").publicInput.submit({ questionId, text: `Synpunkt nummer ${i}` });
    const limited = await failure(visitor("10.0.0.3").publicInput.submit({ questionId, text: "En till" }));
    expect(limited).toEqual({ code: "TOO_MANY_REQUESTS", message: "Du har skickat 5 synpunkter den senaste timmen. Vänta en stund och försök igen." });
    await visitor("10.0.0.4").publicInput.submit({ questionId, text: "Från en annan adress" });
    expect((await callerFor(t.db, "varmland", varmland).publicInput.queue()).length).toBe(before + INPUT_RATE_LIMIT + 1);
    expect((await failure(visitor("10.0.0.5", "orebro").publicInput.submit({ questionId, text: "Fel program" }))).code).toBe("NOT_FOUND");
  });

  it("rejects in bulk with a reason, erases personal data on request and after retention", async () => {
    const api = callerFor(t.db, "varmland", varmland);
    const pending = await api.publicInput.queue();
    const ids = pending.slice(0, 2).map((e) => e.id);
    expect((await failure(api.publicInput.moderate({ entryIds: ids, decision: "rejected" }))).code).toBe("BAD_REQUEST");
    await api.publicInput.moderate({ entryIds: ids, decision: "rejected", reason: "Upprepning" });
    expect((await api.publicInput.queue({ status: "rejected" })).map((e) => e.reason)).toEqual(["Upprepning", "Upprepning"]);
    const published = (await api.publicInput.queue({ status: "published" }))[0]!;
    await api.publicInput.erasePersonalData({ entryId: published.id });
    const erased = (await api.publicInput.queue({ status: "published" }))[0]!;
    expect(erased).toMatchObject({ name: null, email: null, text: published.text });
    expect(erased.personalDataErasedAt).not.toBeNull();
    expect((await api.publicInput.setRetention({ days: 1 })).erased).toBe(0);
    expect((await failure(callerFor(t.db, "orebro", orebro).publicInput.moderate({ entryIds: ids, decision: "published" }))).code).toBe("NOT_FOUND");
    expect((await failure(callerFor(t.db, "orebro", orebro).publicInput.erasePersonalData({ entryId: published.id }))).code).toBe("NOT_FOUND");
  });
});

describe("page feedback and search", () => {
  it("records yes/no per page and summarises it by month", async () => {
    await callerFor(t.db, "orebro").feedback.submit({ path: "/orebro/malbild", useful: "yes" });
    await callerFor(t.db, "orebro").feedback.submit({ path: "/orebro/malbild", useful: "no", comment: "Saknar kommunernas beslut" });
    const summary = await callerFor(t.db, "orebro", orebro).feedback.summary();
    expect(summary[0]).toMatchObject({ path: "/orebro/malbild", yes: 1, no: 1, comments: ["Saknar kommunernas beslut"] });
    expect((await failure(callerFor(t.db, "orebro").feedback.submit({ path: "javascript:x", useful: "yes" }))).code).toBe("BAD_REQUEST");
  });

  it("finds Swedish word forms, ranks and highlights, and stays inside the tenant", async () => {
    const hits = await callerFor(t.db, "varmland").search.query({ q: "kommunerna" });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet).toMatch(/<mark>kommun/i);
    const perspective = await callerFor(t.db, "orebro").search.query({ q: "medarbetarna" });
    expect(perspective.map((h) => h.title)).toContain("Medarbetarperspektivet");
    const leak = await callerFor(t.db, "varmland").search.query({ q: "Medarbetarperspektivet" });
    expect(leak.map((h) => h.title)).not.toContain("Medarbetarperspektivet");
    const html = await callerFor(t.db, "varmland").search.query({ q: "säker text" });
    expect(html.every((h) => !/<(?!\/?mark>)/.test(h.snippet))).toBe(true);
    expect((await failure(callerFor(t.db, "varmland").search.query({ q: "a" }))).code).toBe("BAD_REQUEST");
  });
});
