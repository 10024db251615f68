import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { procedures } from "./fuzz/procedure-fuzz.ts";
import { ConflictError } from "./results.ts";
import { callerFor, signIn } from "./test-helpers.ts";

/**
 * Optimistic concurrency for every editable item: two people open the same item at revision r; the
 * first save wins, the second (still naming r) is a CONFLICT that carries what the first saved and
 * changes nothing, and a save that names no revision at all is refused before it can overwrite.
 *
 * The procedures under test are found, not listed by hand: every procedure whose input takes
 * `expectedRevision` must have an entry below, and every procedure that changes an existing item
 * (update…, save…) must take `expectedRevision`.
 */

type Api = ReturnType<typeof callerFor>;
/** An item opened for editing: its revision, the input that saves `text` into it, and how to read that field back. */
interface Opened {
  revision: number;
  input: (text: string, expectedRevision: number | undefined) => Record<string, unknown>;
  read: () => Promise<unknown>;
}
const suffix = () => Math.random().toString(36).slice(2, 8);

const editable: Record<string, (api: Api) => Promise<Opened>> = {
  "malbild.updateVision": async (api) => {
    const m = await api.malbild.current();
    return {
      revision: m.revision,
      input: (vision, expectedRevision) => ({ malbildId: m.id, vision, expectedRevision }),
      read: async () => (await api.malbild.current()).vision,
    };
  },
  "malbild.updateStatement": async (api) => {
    const st = (await api.malbild.current()).statements[0]!;
    return {
      revision: st.revision,
      input: (text, expectedRevision) => ({ statementId: st.id, text, expectedRevision }),
      read: async () => (await api.malbild.current()).statements.find((x) => x.id === st.id)?.text,
    };
  },
  "roadmap.updateArea": async (api) => {
    const { id } = await api.roadmap.createArea({ title: `Område ${suffix()}`, description: "" });
    const area = async () => (await api.roadmap.get()).areas.find((a) => a.id === id)!;
    return {
      revision: (await area()).revision,
      input: (title, expectedRevision) => ({ areaId: id, title, description: "", expectedRevision }),
      read: async () => (await area()).title,
    };
  },
  "roadmap.updateActivity": async (api) => {
    const areaId = (await api.roadmap.get()).areas[0]!.id;
    const base = { areaId, status: "planned" as const, ownerMemberIds: [] as string[], links: [] };
    const { id } = await api.roadmap.createActivity({ ...base, title: `Aktivitet ${suffix()}` });
    const activity = async () => (await api.roadmap.get()).areas.flatMap((a) => a.activities).find((a) => a.id === id)!;
    return {
      revision: (await activity()).revision,
      input: (title, expectedRevision) => ({ ...base, activityId: id, title, expectedRevision }),
      read: async () => (await activity()).title,
    };
  },
  "strategy.update": async (api) => {
    const { id } = await api.strategy.create({ title: `Strategi ${suffix()}`, mode: "implement" });
    const strategy = () => api.strategy.get({ strategyId: id });
    return {
      revision: (await strategy()).revision,
      input: (title, expectedRevision) => ({ strategyId: id, title, mode: "implement", expectedRevision }),
      read: async () => (await strategy()).title,
    };
  },
  "adoption.update": async (api) => {
    const memberId = (await api.adoption.overview()).members[0]!.id;
    const { id } = await api.adoption.create({ memberId, status: "in_preparation", note: "Först" });
    const decision = async () => (await api.adoption.overview()).decisions.find((d) => d.id === id)!;
    return {
      revision: (await decision()).revision,
      input: (note, expectedRevision) => ({ decisionId: id, memberId, status: "in_preparation", note, expectedRevision }),
      read: async () => (await decision()).note,
    };
  },
  "event.update": async (api) => {
    const { id } = await api.event.create({ kind: "seminar", title: `Seminarium ${suffix()}` });
    const event = async () => (await api.event.list()).find((e) => e.id === id)!;
    return {
      revision: (await event()).revision,
      input: (title, expectedRevision) => ({ eventId: id, kind: "seminar", title, expectedRevision }),
      read: async () => (await event()).title,
    };
  },
  "article.save": async (api) => {
    const { id } = await api.article.save({ kind: "news", title: `Nyhet ${suffix()}`, publishedOn: "2026-01-01" });
    const article = async () => (await api.article.list()).find((a) => a.id === id)!;
    return {
      revision: (await article()).revision,
      input: (title, expectedRevision) => ({ articleId: id, kind: "news", title, publishedOn: "2026-01-01", expectedRevision }),
      read: async () => (await article()).title,
    };
  },
  "contact.save": async (api) => {
    const { id } = await api.contact.save({ name: `Kontakt ${suffix()}` });
    const contact = async () => (await api.contact.list()).find((c) => c.id === id)!;
    return {
      revision: (await contact()).revision,
      input: (name, expectedRevision) => ({ contactId: id, name, expectedRevision }),
      read: async () => (await contact()).name,
    };
  },
  "publicInput.saveQuestion": async (api) => {
    const purpose = "Ett syfte som är långt nog.";
    const { id } = await api.publicInput.saveQuestion({ question: `Fråga ${suffix()}?`, purpose, open: true });
    const question = async () => (await api.publicInput.questions()).find((q) => q.id === id)!;
    return {
      revision: (await question()).revision,
      input: (question, expectedRevision) => ({ questionId: id, question, purpose, open: true, expectedRevision }),
      read: async () => (await question()).question,
    };
  },
  "indicator.save": async (api) => {
    const code = `KONFLIKT${suffix().toUpperCase()}`;
    await api.indicator.save({ code, title: `Indikator ${suffix()}`, unit: "procent", links: [] });
    const indicator = async () => (await api.indicator.list()).find((i) => i.code === code)!;
    return {
      revision: (await indicator()).revision,
      input: (title, expectedRevision) => ({ code, title, unit: "procent", links: [], expectedRevision }),
      read: async () => (await indicator()).title,
    };
  },
  "tenant.updateSettings": async (api) => {
    const settings = () => api.tenant.settings();
    return {
      revision: (await settings()).revision,
      input: (logoText, expectedRevision) => ({ accentColor: "#00594f", logoText, terms: {}, expectedRevision }),
      read: async () => (await settings()).logoText,
    };
  },
};

/** Whether a zod schema (object, intersection) has a property named `key`, per zod's JSON Schema of it. */
function hasProperty(schema: Record<string, unknown>, key: string): boolean {
  if (key in ((schema.properties as object | undefined) ?? {})) return true;
  return (["allOf", "anyOf", "oneOf"] as const).some((k) =>
    ((schema[k] as Record<string, unknown>[] | undefined) ?? []).some((part) => hasProperty(part, key)),
  );
}
const takesRevision = procedures
  .filter(([, p]) => {
    const parser = p._def.inputs[0];
    return (
      parser instanceof z.ZodType &&
      hasProperty(z.toJSONSchema(parser, { io: "input", unrepresentable: "any" }) as Record<string, unknown>, "expectedRevision")
    );
  })
  .map(([path]) => path);

let t: TestDatabase;
let api: Api;
beforeAll(async () => {
  t = await createTestDatabase();
  api = callerFor(t.db, "varmland", await signIn(t.db, "varmland"));
});
afterAll(() => t?.close());

const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: "OK", current: null as unknown }),
    (e: unknown) => ({
      code: e instanceof TRPCError ? e.code : `crash: ${String(e)}`,
      current: e instanceof TRPCError && e.cause instanceof ConflictError ? e.cause.current : null,
    }),
  );

describe("optimistic concurrency of every editable item", () => {
  it("covers exactly the procedures that take expectedRevision, and every update and save takes it", () => {
    expect([...takesRevision].sort()).toEqual(Object.keys(editable).sort());
    const edits = procedures
      .filter(([path, p]) => p._def.type === "mutation" && /\.(update\w*|save\w*)$/.test(path))
      .map(([path]) => path);
    expect(edits.filter((path) => !takesRevision.includes(path))).toEqual([]);
  });

  it.each(Object.keys(editable))(
    "%s: a fresh revision saves; a stale one is a CONFLICT with what is saved, and changes nothing",
    async (path) => {
      const [router, name] = path.split(".") as [string, string];
      const call = (input: unknown) =>
        (api as unknown as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[router]![name]!(input);
      const opened = await editable[path]!(api);
      const first = `Först sparad ${suffix()}`;
      const second = `Sparad sist ${suffix()}`;

      // No revision at all is refused, never taken as "overwrite whatever is there": as invalid input,
      // or (an indicator, whose form also creates by code) as a conflict with the one saved under it.
      expect(["BAD_REQUEST", "CONFLICT"]).toContain((await outcome(call(opened.input(second, undefined)))).code);
      expect(await opened.read()).not.toBe(second);

      // The first editor saves from revision r.
      expect((await outcome(call(opened.input(first, opened.revision)))).code).toBe("OK");
      expect(await opened.read()).toBe(first);

      // The second editor, still at r, gets CONFLICT with the first editor's saved values; nothing changes.
      const stale = await outcome(call(opened.input(second, opened.revision)));
      expect(stale.code).toBe("CONFLICT");
      expect(Object.values(stale.current as Record<string, unknown>)).toContain(first);
      expect((stale.current as { revision: number }).revision).toBeGreaterThan(opened.revision);
      expect(await opened.read()).toBe(first);

      // Saving again from the revision the conflict showed succeeds.
      expect((await outcome(call(opened.input(second, (stale.current as { revision: number }).revision)))).code).toBe("OK");
      expect(await opened.read()).toBe(second);
    },
  );
});
