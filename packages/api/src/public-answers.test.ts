import { randomBytes } from "node:crypto";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, schema } from "@naravard/db";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { access } from "./access-rules.ts";
import { appRouter } from "./root.ts";
import { callerFor, signIn } from "./test-helpers.ts";

/**
 * Issue 20: an anonymous `roadmap.history` named the administrators who made each change. Every
 * public query of the router, called without a session in every seeded programme with that
 * programme's real ids, answers without a name, an e-mail address or an id of any account. The
 * procedures come from the router, so a new public query fails here until it has an input below.
 */
let t: TestDatabase;
const tenants = ["varmland", "orebro", "fyrbodal"] as const;
type Slug = (typeof tenants)[number];
interface Ids {
  activity: string;
  strategy: string;
  material: string;
}
const ids = {} as Record<Slug, Ids>;
/** Programmes whose seed has a roadmap activity (with a history written by every account). */
let withHistory = 0;
let accounts: { id: string; name: string; email: string }[] = [];

const firstId = (rows: { id: string }[]) => rows[0]?.id ?? "00000000-0000-4000-8000-000000000000";

beforeAll(async () => {
  t = await createTestDatabase();
  accounts = await t.db
    .select({ id: schema.appUser.id, name: schema.appUser.name, email: schema.appUser.email })
    .from(schema.appUser);
  for (const slug of tenants) {
    const [tenant] = await t.db.select({ id: schema.tenant.id }).from(schema.tenant).where(eq(schema.tenant.slug, slug));
    const tenantId = tenant!.id;
    const activities = await t.db
      .select({ id: schema.roadmapActivity.id })
      .from(schema.roadmapActivity)
      .where(eq(schema.roadmapActivity.tenantId, tenantId));
    ids[slug] = {
      activity: firstId(activities),
      strategy: firstId(
        await t.db.select({ id: schema.strategy.id }).from(schema.strategy).where(eq(schema.strategy.tenantId, tenantId)),
      ),
      material: firstId(
        await t.db
          .select({ id: schema.eventMaterial.id })
          .from(schema.eventMaterial)
          .where(eq(schema.eventMaterial.tenantId, tenantId)),
      ),
    };
    // Every account has changed the activity, so its history names them all if it names anyone.
    if (activities[0]) {
      withHistory += 1;
      await t.db
        .insert(schema.activityProgress)
        .values(
          accounts.map((a) => ({
            tenantId,
            activityId: activities[0]!.id,
            status: "ongoing" as const,
            progress: 50,
            byUserId: a.id,
          })),
        );
    }
  }
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const page = { page: 1, pageSize: 500 };
/** The input of every public query, with the programme's own ids. */
const inputs: Record<string, (ids: Ids) => unknown> = {
  // Whoever holds a link's token is told what it invites to; a guessed one learns nothing.
  "account.invitation": () => ({ token: randomBytes(32).toString("base64url") }),
  "article.list": () => undefined,
  "contact.list": () => undefined,
  "event.list": () => undefined,
  "event.material": (v) => ({ materialId: v.material }),
  "publicInput.list": () => undefined,
  "search.query": () => ({ q: "vård", limit: 50 }),
  "adoption.overview": () => ({}),
  "strategy.list": () => undefined,
  "strategy.get": (v) => ({ strategyId: v.strategy }),
  "tenant.list": () => undefined,
  "tenant.overview": () => undefined,
  "tenant.settings": () => undefined,
  "tenant.current": () => undefined,
  "indicator.list": () => undefined,
  "malbild.current": () => undefined,
  "malbildVersion.list": () => undefined,
  "malbildVersion.get": () => ({ versionNumber: 1 }),
  "openData.events": () => page,
  "openData.news": () => page,
  "openData.goodExamples": () => page,
  "openData.contacts": () => page,
  "openData.faq": () => page,
  "openData.publicInput": () => page,
  "openData.roadmapActivities": () => page,
  "openData.indicatorValues": () => page,
  "roadmap.get": () => ({}),
  "roadmap.byElement": () => undefined,
  "roadmap.history": (v) => ({ activityId: v.activity }),
};

const procedures = appRouter._def.procedures as unknown as Record<string, { _def: { type: string } }>;
const publicQueries = Object.keys(procedures)
  .filter((path) => access[path] === "public" && procedures[path]!._def.type === "query")
  .sort();

type AnyCaller = Record<string, Record<string, (input: unknown) => Promise<unknown>>>;
async function answer(caller: unknown, path: string, input: unknown): Promise<string> {
  const [router, procedure] = path.split(".") as [string, string];
  try {
    return superjson.stringify(await (caller as AnyCaller)[router]![procedure]!(input));
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

describe("public answers", () => {
  it("have an input here for every public query of the router", () => {
    expect(publicQueries.length).toBeGreaterThan(20);
    expect(publicQueries.filter((path) => !inputs[path])).toEqual([]);
  });

  it("never name an account: no name, e-mail address or id of any user, in any programme", async () => {
    expect(accounts.length).toBeGreaterThan(3);
    const leaks: string[] = [];
    let histories = 0;
    for (const slug of tenants) {
      const caller = callerFor(t.db, slug);
      for (const path of publicQueries) {
        const text = await answer(caller, path, inputs[path]!(ids[slug]));
        if (path === "roadmap.history" && text.includes('"ongoing"')) histories += 1;
        const lower = text.toLowerCase();
        for (const a of accounts)
          for (const [what, value] of [
            ["name", a.name],
            ["e-mail", a.email],
            ["id", a.id],
          ] as const)
            if (lower.includes(value.toLowerCase())) leaks.push(`${slug} ${path}: ${what} of ${a.email}`);
      }
    }
    // The histories were there to leak from.
    expect(withHistory).toBeGreaterThan(0);
    expect(histories).toBe(withHistory);
    expect(leaks).toEqual([]);
  });

  it("show the programme's own members who changed an activity, and no one else", async () => {
    const history = (token: string | null) =>
      callerFor(t.db, "varmland", token).roadmap.history({ activityId: ids.varmland.activity });
    const own = await history(await signIn(t.db, "varmland"));
    const names = own.map((e) => e.byName);
    expect(names).toEqual(expect.arrayContaining(accounts.map((a) => a.name)));
    // Another programme's coordinator is anonymous here.
    expect((await history(await signIn(t.db, "orebro"))).every((e) => e.byName === null)).toBe(true);
    expect((await history(null)).every((e) => e.byName === null)).toBe(true);
  });
});
