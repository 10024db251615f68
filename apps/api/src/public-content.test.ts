import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { parse } from "csv-parse/sync";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter, createCaller, createContextInner } from "@naravard/api";
import { queryRows, schema, sql, withTenant } from "@naravard/db";
import { TEST_PASSWORD, type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { publicMalbildStatuses } from "@naravard/domain";
import { endpoints } from "./open-data/endpoints.ts";
import { createApiServer } from "./server.ts";

/**
 * What the public may see (issue 20, class 6: a draft målbild was served by the portal and the
 * open-data API). Every public read — each tRPC query an anonymous caller may use, found by calling
 * every query of the router without a session, and each open-data endpoint, as JSON and as CSV —
 * serves only public content. On top of the seed (where Fyrbodal's only målbild is a draft), the
 * programmes get through the API one item in every status that is not public, of every kind of
 * content that has a status or a published flag; no answer may hold such a status value, nor the
 * id or the text of such an item. The same reads must also show a public item of each of those
 * kinds, so a read that shows nothing cannot pass for one that hides the right things.
 */

/**
 * Every status of the schema, public or not, declared here on its own (not read from the code
 * under test): a new status (a new enum named *_status) fails the first test until it is declared.
 */
const statuses: Record<string, { public: readonly string[]; hidden: readonly string[] }> = {
  // A draft is the coordinators' work in progress; consultation is the prototype the public is asked about.
  malbild_status: { public: ["consultation", "adopted", "superseded"], hidden: ["draft"] },
  // Public input is moderated: only what a moderator published is shown.
  input_status: { public: ["published"], hidden: ["pending", "rejected"] },
  activity_status: { public: ["planned", "ongoing", "done", "paused"], hidden: [] },
  adoption_status: { public: ["not_started", "in_preparation", "adopted", "declined"], hidden: [] },
};
const hiddenStatuses = new Set(Object.values(statuses).flatMap((s) => s.hidden));

/** The content tables of a målbild version: they are as public as their version. */
const versionContent = ["perspective", "statement", "shift", "principle", "journey_stage", "faq_entry"] as const;

const slugs = ["varmland", "orebro", "fyrbodal"] as const;
type Slug = (typeof slugs)[number];
const coordinators: Record<Slug, string> = {
  varmland: "samordnare@varmland.demo",
  orebro: "samordnare@orebro.demo",
  fyrbodal: "utvecklingsledare@fyrbodal.demo",
};

/** A word of its own (no hyphen, so the Swedish full-text search reads it as one word). */
const word = (what: string) => `${what}${randomBytes(4).toString("hex")}`;
/** Texts of non-public items: none may be shown. */
const hidden = {
  draftVision: word("doltutkastvision"),
  draftStatement: word("doltutkastpastaende"),
  draftQuestion: word("doltutkastfraga"),
  draftAnswer: word("doltutkastsvar"),
  fyrbodalVision: word("doltfyrbodalvision"),
  fyrbodalStatement: word("doltfyrbodalpastaende"),
  fyrbodalQuestion: word("doltfyrbodalfraga"),
  pendingEntry: word("doltvantande"),
  pendingName: word("doltvantandenamn"),
  rejectedEntry: word("doltavvisad"),
  // Closed from the start, so it has no answers (a question's published answers stay public, and
  // name it, after it is closed).
  closedQuestion: word("doltstangdfraga"),
  feedbackComment: word("doltkommentar"),
};
/** Texts of public items of the same kinds: each must be shown somewhere. */
const shown = {
  consultationVision: word("publikremissvision"),
  publishedEntry: word("publikpublicerad"),
  openQuestion: word("publiköppenfraga"),
};

let t: TestDatabase;
let base: string;
let server: ReturnType<typeof createApiServer>;
/** Ids of every non-public row (found as the database owner, whatever row-level security shows). */
let hiddenIds: string[];
/** Which hidden statuses the fixture holds an item in (every one must be). */
let heldStatuses: string[];

type AnyApi = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
const anonymous = (slug: string | null) => createCaller(createContextInner({ db: t.db, tenantSlug: slug })) as unknown as AnyApi;

beforeAll(async () => {
  t = await createTestDatabase();
  server = createApiServer(t, () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const as = async (slug: Slug) => {
    const { token } = await createCaller(createContextInner({ db: t.db })).auth.login({
      email: coordinators[slug],
      password: TEST_PASSWORD,
    });
    return createCaller(createContextInner({ db: t.db, tenantSlug: slug, sessionToken: token }));
  };
  const portal = (slug: Slug) => createCaller(createContextInner({ db: t.db, tenantSlug: slug }));
  const addFaq = (tenantId: string, malbildId: string, question: string, answer: string) =>
    withTenant(t.db, tenantId, (tx) =>
      tx.insert(schema.faqEntry).values({ tenantId, malbildId, position: 99, question, answer }),
    );

  // Värmland: a draft of version 2 beside the adopted version 1, with content of its own; public
  // input pending, rejected and published; a closed and an open question; a page-feedback comment.
  const varmland = await as("varmland");
  const varmlandId = (await varmland.tenant.current()).id;
  const adopted = (await varmland.malbild.forEdit()).malbild;
  const draft = await varmland.malbildVersion.createDraft({ fromMalbildId: adopted.id });
  await varmland.malbild.updateVision({
    malbildId: draft.id,
    vision: `Utkastets vision ${hidden.draftVision}`,
    expectedRevision: 1,
  });
  await varmland.malbild.addStatement({ malbildId: draft.id, text: `Jag ${hidden.draftStatement}` });
  await addFaq(varmlandId, draft.id, `Fråga ${hidden.draftQuestion}?`, `Svar ${hidden.draftAnswer}.`);
  const open = await varmland.publicInput.saveQuestion({
    question: `Fråga ${shown.openQuestion}?`,
    purpose: "Ett syfte som är långt nog.",
    open: true,
  });
  await varmland.publicInput.saveQuestion({
    question: `Fråga ${hidden.closedQuestion}?`,
    purpose: "Ett syfte som är långt nog.",
    open: false,
  });
  const submit = (text: string, name = "") =>
    portal("varmland").publicInput.submit({ questionId: open.id, website: "", text, name, email: "" });
  const published = await submit(`Synpunkt ${shown.publishedEntry}`);
  await varmland.publicInput.moderate({ entryIds: [published.id], decision: "published", reason: "" });
  await submit(`Synpunkt ${hidden.pendingEntry}`, hidden.pendingName);
  const rejected = await submit(`Synpunkt ${hidden.rejectedEntry}`);
  await varmland.publicInput.moderate({ entryIds: [rejected.id], decision: "rejected", reason: "Utanför frågan." });
  await portal("varmland").feedback.submit({ path: "/", useful: "no", comment: `Kommentar ${hidden.feedbackComment}` });

  // Örebro: version 2 out for consultation: public, beside its adopted version 1.
  const orebro = await as("orebro");
  const orebroDraft = await orebro.malbildVersion.createDraft({ fromMalbildId: (await orebro.malbild.forEdit()).malbild.id });
  await orebro.malbild.updateVision({
    malbildId: orebroDraft.id,
    vision: `Prototypens vision ${shown.consultationVision}`,
    expectedRevision: 1,
  });
  await orebro.malbildVersion.changeStatus({ malbildId: orebroDraft.id, status: "consultation" });

  // Fyrbodal: the seeded draft, its only målbild, with content of its own.
  const fyrbodal = await as("fyrbodal");
  const fyrbodalDraft = (await fyrbodal.malbild.forEdit()).malbild;
  await fyrbodal.malbild.updateVision({
    malbildId: fyrbodalDraft.id,
    vision: `Utkastets vision ${hidden.fyrbodalVision}`,
    expectedRevision: fyrbodalDraft.revision,
  });
  await fyrbodal.malbild.addStatement({ malbildId: fyrbodalDraft.id, text: `Jag ${hidden.fyrbodalStatement}` });
  await addFaq((await fyrbodal.tenant.current()).id, fyrbodalDraft.id, `Fråga ${hidden.fyrbodalQuestion}?`, "Ett svar.");

  const draftVersions = sql`select id from malbild where status::text in (${sql.join(
    statuses.malbild_status!.hidden.map((status) => sql`${status}`),
    sql`, `,
  )})`;
  hiddenIds = (
    await queryRows<{ id: string }>(
      t.db,
      sql`select id::text as id from malbild where id in (${draftVersions})
        ${sql.join(
          versionContent.map(
            (table) => sql` union all select id::text from ${sql.identifier(table)} where malbild_id in (${draftVersions})`,
          ),
          sql``,
        )}
        union all select id::text from input_entry where status <> 'published'
        union all select id::text from input_question where not open
        union all select id::text from page_feedback`,
    )
  ).map((r) => r.id);
  heldStatuses = (
    await queryRows<{ status: string }>(
      t.db,
      sql`select distinct status::text as status from malbild union select distinct status::text from input_entry`,
    )
  ).map((r) => r.status);
}, 120_000);
afterAll(async () => {
  server?.close();
  await t?.close();
});

/** What a public answer must not hold: a non-public status value anywhere, or a non-public item's text or id. */
function leaks(text: string, value: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown, at: string) => {
    if (typeof v === "string" && hiddenStatuses.has(v)) found.push(`the status "${v}" at ${at || "the top"}`);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, at ? `${at}.${k}` : k);
  };
  walk(value, "");
  for (const [name, marker] of Object.entries(hidden)) if (text.includes(marker)) found.push(`the text of ${name}`);
  for (const id of hiddenIds) if (text.includes(id)) found.push(`the id ${id}`);
  return found;
}

/** Which of `required` (name → text) the answers `seen` do not show. */
const missing = (seen: string, required: Record<string, string>) =>
  Object.entries(required)
    .filter(([, text]) => !seen.includes(text))
    .map(([name]) => name);

/** The ids of the public versions a reader can be shown (the adopted ones and the one out for consultation). */
const publicVersionIds = async () =>
  Object.fromEntries(
    (
      await queryRows<{ id: string; status: string }>(
        t.db,
        sql`select id::text as id, status::text as status from malbild where status in ('adopted', 'consultation')`,
      )
    ).map((v) => [`${v.status} version ${v.id}`, v.id]),
  );

/** How far each programme's content reaches: ids read as the database owner, so inputs aim at every row, public or not. */
async function reach(slug: Slug) {
  const ids = async (table: string) =>
    (
      await queryRows<{ id: string }>(
        t.db,
        sql`select x.id::text as id from ${sql.identifier(table)} x join tenant t on t.id = x.tenant_id where t.slug = ${slug}`,
      )
    ).map((r) => r.id);
  const [{ versions } = { versions: 0 }] = await queryRows<{ versions: number }>(
    t.db,
    sql`select coalesce(max(m.version_number), 0)::int as versions from malbild m join tenant t on t.id = m.tenant_id where t.slug = ${slug}`,
  );
  return {
    versionNumbers: Array.from({ length: versions + 1 }, (_, i) => i + 1),
    activityIds: await ids("roadmap_activity"),
    strategyIds: await ids("strategy"),
    materialIds: await ids("event_material"),
    searchTerms: [...Object.values(hidden), ...Object.values(shown), "vård", "nära vård"],
  };
}
type Reach = Awaited<ReturnType<typeof reach>>;

const once = () => [undefined];
const wholePage = () => [{ page: 1, pageSize: 500 }];
/**
 * The inputs each public query is read with: enough to reach every item (every version number,
 * every activity, strategy and file, a search for every text above). A query an anonymous caller
 * may use that is missing here fails the first test, so a new public read gets inputs too.
 */
const inputs: Record<string, (r: Reach) => unknown[]> = {
  "account.invitation": () => [{ token: randomBytes(32).toString("base64url") }],
  "adoption.overview": () => [{}, { date: "2022-06-16" }],
  "article.list": () => [{}, { kind: "news" }, { kind: "good_example" }],
  "contact.list": once,
  "event.list": once,
  "event.material": (r) => r.materialIds.map((materialId) => ({ materialId })),
  "indicator.list": once,
  "malbild.current": once,
  "malbildVersion.list": once,
  "malbildVersion.get": (r) => r.versionNumbers.map((versionNumber) => ({ versionNumber })),
  "openData.events": wholePage,
  "openData.news": wholePage,
  "openData.goodExamples": wholePage,
  "openData.contacts": wholePage,
  "openData.faq": wholePage,
  "openData.publicInput": wholePage,
  "openData.roadmapActivities": wholePage,
  "openData.indicatorValues": wholePage,
  "publicInput.list": () => [undefined, { page: 2 }],
  "roadmap.get": () => [{}, { perArea: 1, page: 2 }],
  "roadmap.byElement": once,
  "roadmap.history": (r) => r.activityIds.map((activityId) => ({ activityId })),
  "search.query": (r) => r.searchTerms.map((q) => ({ q, limit: 50 })),
  "strategy.list": once,
  "strategy.get": (r) => r.strategyIds.map((strategyId) => ({ strategyId })),
  "tenant.list": once,
  "tenant.overview": once,
  "tenant.current": once,
  "tenant.settings": once,
};

const queries = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>)
  .filter(([, procedure]) => procedure._def.type === "query")
  .map(([path]) => path)
  .sort();

async function call(
  api: AnyApi,
  path: string,
  input: unknown,
): Promise<{ ok: true; value: unknown } | { ok: false; code: string; message: string }> {
  const [router, name] = path.split(".") as [string, string];
  try {
    return { ok: true, value: await api[router]![name]!(input) };
  } catch (error) {
    if (error instanceof TRPCError) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: "NOT_A_TRPC_ERROR", message: String(error) };
  }
}

describe("what the public may see", () => {
  it("declares every status of the schema, and the fixture holds an item in every one that is not public", async () => {
    const enums = Object.values(schema as Record<string, unknown>).filter(
      (v): v is { enumName: string; enumValues: string[] } =>
        typeof v === "function" && typeof (v as { enumName?: unknown }).enumName === "string",
    );
    const declared = Object.fromEntries(
      enums.filter((e) => e.enumName.endsWith("_status")).map((e) => [e.enumName, [...e.enumValues].sort()]),
    );
    expect(declared).toEqual(
      Object.fromEntries(Object.entries(statuses).map(([name, s]) => [name, [...s.public, ...s.hidden].sort()])),
    );
    // The domain's rule is the one declared here.
    expect([...publicMalbildStatuses].sort()).toEqual([...statuses.malbild_status!.public].sort());
    expect([...hiddenStatuses].filter((s) => !heldStatuses.includes(s))).toEqual([]);
    expect(hiddenIds.length).toBeGreaterThan(versionContent.length);
  });

  it("finds every query an anonymous caller may use, and has inputs for each", async () => {
    const open: string[] = [];
    for (const path of queries) {
      const outcome = await call(anonymous("varmland"), path, undefined);
      if (outcome.ok || outcome.code !== "UNAUTHORIZED") open.push(path);
    }
    expect(open).toEqual(Object.keys(inputs).sort());
  });

  it("serves no non-public status, id or text through any public query", async () => {
    const wrong: string[] = [];
    let seen = "";
    for (const slug of slugs) {
      const api = anonymous(slug);
      const r = await reach(slug);
      for (const [path, build] of Object.entries(inputs))
        for (const input of build(r)) {
          const outcome = await call(api, path, input);
          const label = `${slug} ${path}(${JSON.stringify(input) ?? ""})`;
          if (!outcome.ok) {
            if (outcome.code === "INTERNAL_SERVER_ERROR" || outcome.code === "NOT_A_TRPC_ERROR")
              wrong.push(`${label}: ${outcome.code} ${outcome.message}`);
            for (const leak of leaks(outcome.message, null)) wrong.push(`${label} answers ${leak}`);
            continue;
          }
          const text = JSON.stringify(outcome.value) ?? "";
          seen += text;
          for (const leak of leaks(text, outcome.value)) wrong.push(`${label} shows ${leak}`);
          const page = outcome.value as { rows?: unknown[]; total?: number };
          if (path.startsWith("openData.") && page.rows!.length < page.total!) wrong.push(`${label} was not read whole`);
        }
    }
    expect(wrong).toEqual([]);
    expect(missing(seen, { ...shown, ...(await publicVersionIds()), consultationStatus: '"status":"consultation"' })).toEqual([]);
  }, 120_000);

  it("serves no non-public status, id or text through any open-data endpoint, as JSON or CSV", async () => {
    const wrong: string[] = [];
    let seen = "";
    const get = async (path: string) => {
      const res = await fetch(`${base}${path}`);
      const text = await res.text();
      // A programme with nothing public to show answers 404; anything else than that or 200 is wrong.
      if (res.status !== 200 && res.status !== 404) wrong.push(`${path}: ${res.status} ${text.slice(0, 200)}`);
      return { status: res.status, text };
    };
    for (const e of endpoints)
      for (const slug of e.tenant ? slugs : [null]) {
        const path = slug ? e.path.replace("{tenant}", slug) : e.path;
        const pageSize = 500;
        for (let page = 1; ; page++) {
          const { status, text } = await get(e.list ? `${path}?page=${page}&pageSize=${pageSize}` : path);
          const body = JSON.parse(text) as { total?: number };
          seen += text;
          for (const leak of leaks(text, body)) wrong.push(`${path} (page ${page}) shows ${leak}`);
          if (status !== 200 || !e.list || page * pageSize >= body.total!) break;
        }
        if (!e.list) continue;
        const { status, text } = await get(`${path}.csv`);
        if (status !== 200) continue;
        const records = parse(text.replace(/^\ufeff/, ""), { delimiter: ";", columns: true, record_delimiter: "\r\n" }) as Record<
          string,
          string
        >[];
        seen += records.map((r) => `;${Object.values(r).join(";")};`).join("\n");
        for (const leak of leaks(text, records)) wrong.push(`${path}.csv shows ${leak}`);
      }
    expect(wrong).toEqual([]);
    // Open data has no version's content but the current one's, and no ids of versions.
    expect(
      missing(seen, {
        publishedEntry: shown.publishedEntry,
        openQuestion: shown.openQuestion,
        adoptedVision: "Tillsammans utvecklar vi god och nära vård, hälsa & omsorg",
        consultationStatus: '"status":"consultation"',
        consultationStatusCsv: ";consultation;",
      }),
    ).toEqual([]);
  }, 120_000);
});
