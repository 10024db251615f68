import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor, signIn } from "../test-helpers.ts";

let t: TestDatabase;
let varmlandToken: string;
let orebroToken: string;

beforeAll(async () => {
  t = await createTestDatabase();
  varmlandToken = await signIn(t.db, "varmland");
  orebroToken = await signIn(t.db, "orebro");
});
afterAll(() => t?.close());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: "OK", message: "" }),
    (e: TRPCError) => ({ code: e.code, message: e.message }),
  );

describe("målbild versions", () => {
  it("drafts version 2, sends it to consultation, adopts it and supersedes version 1", async () => {
    const api = callerFor(t.db, "varmland", varmlandToken);
    const v1 = await api.malbild.current();
    expect(v1).toMatchObject({ versionNumber: 1, status: "adopted" });

    const draft = await api.malbildVersion.createDraft({ fromMalbildId: v1.id });
    expect(draft.versionNumber).toBe(2);
    // A second draft while one is open is refused.
    expect((await failure(api.malbildVersion.createDraft({ fromMalbildId: v1.id }))).code).toBe("CONFLICT");
    // Drafts are not public, and the portal still shows version 1.
    expect((await failure(callerFor(t.db, "varmland").malbildVersion.get({ versionNumber: 2 }))).code).toBe("NOT_FOUND");
    expect((await callerFor(t.db, "varmland").malbild.current()).versionNumber).toBe(1);
    expect((await api.malbildVersion.listAll()).map((v) => [v.versionNumber, v.status])).toEqual([
      [2, "draft"],
      [1, "adopted"],
    ]);

    await api.malbildVersion.changeStatus({ malbildId: draft.id, status: "consultation" });
    const v2 = (await callerFor(t.db, "varmland").malbildVersion.get({ versionNumber: 2 })).version;
    expect(v2.statements.map((s) => s.text)).toEqual(v1.statements.map((s) => s.text));
    await api.malbild.updateStatement({ statementId: v2.statements[4]!.id, text: "Jag får rätt stöd i rätt tid", expectedRevision: v2.statements[4]!.revision });

    await api.malbildVersion.changeStatus({ malbildId: draft.id, status: "adopted", adoptedOn: "2026-01-15" });
    const current = await callerFor(t.db, "varmland").malbild.current();
    expect(current).toMatchObject({ versionNumber: 2, status: "adopted", adoptedOn: "2026-01-15" });
    const list = await callerFor(t.db, "varmland").malbildVersion.list();
    expect(list.map((v) => [v.versionNumber, v.status])).toEqual([
      [2, "adopted"],
      [1, "superseded"],
    ]);

    const page = await callerFor(t.db, "varmland").malbildVersion.get({ versionNumber: 2 });
    expect(page.previousVersionNumber).toBe(1);
    expect(page.diff!.sections.find((s) => s.section === "statements")!.lines.filter((l) => l.kind !== "unchanged")).toEqual([
      { kind: "changed", before: "Jag får rätt hjälp och stöd i rätt tid", after: "Jag får rätt stöd i rätt tid" },
    ]);
  });

  it("keeps a superseded version as it was adopted", async () => {
    const api = callerFor(t.db, "varmland", varmlandToken);
    const v1 = (await api.malbildVersion.get({ versionNumber: 1 })).version;
    expect(v1.status).toBe("superseded");
    const result = await failure(api.malbild.updateVision({ malbildId: v1.id, vision: "Efterhandskonstruktion", expectedRevision: v1.revision }));
    expect(result.code).toBe("PRECONDITION_FAILED");
    expect((await failure(api.malbildVersion.changeStatus({ malbildId: v1.id, status: "draft" }))).message).toMatch(/kan inte bli/);
  });

  it("refuses an adoption date in the future and another tenant's version", async () => {
    const api = callerFor(t.db, "orebro", orebroToken);
    const current = await api.malbild.current();
    const draft = await api.malbildVersion.createDraft({ fromMalbildId: current.id });
    expect((await failure(api.malbildVersion.changeStatus({ malbildId: draft.id, status: "adopted", adoptedOn: "2999-01-01" }))).message).toBe(
      "Beslutsdatumet kan inte ligga i framtiden.",
    );
    expect((await failure(api.malbildVersion.changeStatus({ malbildId: draft.id, status: "adopted", adoptedOn: "2022-13-40" }))).code).toBe("BAD_REQUEST");
    const asVarmland = callerFor(t.db, "varmland", varmlandToken);
    expect((await failure(asVarmland.malbildVersion.changeStatus({ malbildId: draft.id, status: "adopted" }))).code).toBe("NOT_FOUND");
    expect((await failure(asVarmland.malbildVersion.createDraft({ fromMalbildId: current.id }))).code).toBe("NOT_FOUND");
    // Orebro's perspectives come along into the draft.
    const all = await api.malbildVersion.listAll();
    expect(all[0]).toMatchObject({ status: "draft", versionNumber: 2 });
  });
});

describe("optimistic concurrency", () => {
  it("refuses a save based on a stale revision and shows what is saved now", async () => {
    // Fyrbodal's målbild is a draft: its members edit it through forEdit (it is not public).
    const api = callerFor(t.db, "fyrbodal", await signIn(t.db, "fyrbodal"));
    const start = (await api.malbild.forEdit()).malbild;
    // Two editors open the same målbild at revision r.
    await api.malbild.updateVision({ malbildId: start.id, vision: "Först sparad", expectedRevision: start.revision });
    const error = await api.malbild.updateVision({ malbildId: start.id, vision: "Sparad sist", expectedRevision: start.revision }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("CONFLICT");
    expect((await api.malbild.forEdit()).malbild.vision).toBe("Först sparad");
  });

  it("does the same for statements", async () => {
    const api = callerFor(t.db, "varmland", varmlandToken);
    const statement = (await api.malbild.current()).statements[0]!;
    await api.malbild.updateStatement({ statementId: statement.id, text: "Version A", expectedRevision: statement.revision });
    const result = await failure(api.malbild.updateStatement({ statementId: statement.id, text: "Version B", expectedRevision: statement.revision }));
    expect(result.code).toBe("CONFLICT");
    expect((await api.malbild.current()).statements[0]!.text).toBe("Version A");
  });
});
