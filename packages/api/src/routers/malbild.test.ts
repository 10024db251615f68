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

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : `not a TRPCError: ${String(e)}`),
  );

describe("malbild.current", () => {
  it.each(["varmland", "orebro"])("returns %s's målbild to anyone", async (slug) => {
    const malbild = await callerFor(t.db, slug).malbild.current();
    expect(malbild.title.length).toBeGreaterThan(0);
    expect(malbild.vision.length).toBeGreaterThan(0);
  });

  it("says a programme whose only målbild is a draft has published none, and shows the draft to its members only", async () => {
    const error = await callerFor(t.db, "fyrbodal").malbild.current().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: "NOT_FOUND", message: "Programmet har inte publicerat någon målbild ännu." });
    const { malbild } = await callerFor(t.db, "fyrbodal", await signIn(t.db, "fyrbodal")).malbild.forEdit();
    expect(malbild).toMatchObject({ status: "draft", versionNumber: 1 });
  });

  it("answers NOT_FOUND for an unknown or malformed tenant", async () => {
    expect(await codeOf(callerFor(t.db, "gotland").malbild.current())).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(t.db, "../varmland").malbild.current())).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(t.db, null).malbild.current())).toBe("NOT_FOUND");
  });
});

describe("editing the målbild", () => {
  it("lets Värmland's coordinator change the vision and a statement", async () => {
    const api = callerFor(t.db, "varmland", varmlandToken);
    const before = await api.malbild.current();
    await api.malbild.updateVision({ malbildId: before.id, vision: "  Tillsammans för god och jämlik hälsa  ", expectedRevision: before.revision });
    const statement = before.statements[0]!;
    await api.malbild.updateStatement({ statementId: statement.id, text: "Jag är en viktig medskapare", expectedRevision: statement.revision });
    const after = await callerFor(t.db, "varmland").malbild.current();
    expect(after.vision).toBe("Tillsammans för god och jämlik hälsa");
    expect(after.statements[0]).toMatchObject({ id: statement.id, text: "Jag är en viktig medskapare" });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
  });

  it("records every edit in the audit log with the editor as actor", async () => {
    const api = callerFor(t.db, "varmland", varmlandToken);
    const me = await api.auth.me();
    const malbild = await api.malbild.current();
    await api.malbild.updateVision({ malbildId: malbild.id, vision: "Granskad vision", expectedRevision: malbild.revision });
    const [latest] = await api.audit.list({ entity: "malbild", limit: 1 });
    expect(latest).toMatchObject({ action: "UPDATE", entityId: malbild.id, actorUserId: me.user.id, actorEmail: me.user.email });
    expect(latest!.after).toMatchObject({ vision: "Granskad vision" });
    // Only the tenant's own trail, and only for coordinators of it.
    expect(await codeOf(callerFor(t.db, "orebro", varmlandToken).audit.list())).toBe("NOT_FOUND");
    const orebroTrail = await callerFor(t.db, "orebro", orebroToken).audit.list();
    expect(orebroTrail.every((e) => e.entityId !== malbild.id)).toBe(true);
    expect(await codeOf(api.audit.list({ entity: "Robert'); drop table" }))).toBe("BAD_REQUEST");
  });

  it("adds a statement under a perspective and removes it", async () => {
    const api = callerFor(t.db, "orebro", orebroToken);
    const malbild = await api.malbild.current();
    const perspective = malbild.perspectives[0]!;
    const added = await api.malbild.addStatement({ malbildId: malbild.id, perspectiveId: perspective.id, text: "Jag känner mig trygg" });
    const withIt = await api.malbild.current();
    expect(withIt.perspectives[0]!.statements.map((s) => s.text)).toEqual(["Jag känner mig trygg"]);
    await api.malbild.removeStatement({ statementId: added.id });
    expect((await api.malbild.current()).perspectives[0]!.statements).toEqual([]);
  });

  it("lets members read the målbild for editing, and only their own", async () => {
    const own = await callerFor(t.db, "varmland", varmlandToken).malbild.forEdit();
    expect(own.role).toBe("coordinator");
    expect(own.malbild.statements).toHaveLength(5);
    expect(await codeOf(callerFor(t.db, "orebro", varmlandToken).malbild.forEdit())).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(t.db, "orebro").malbild.forEdit())).toBe("UNAUTHORIZED");
  });

  it("makes Örebro's målbild look missing to Värmland's coordinator", async () => {
    const orebro = await callerFor(t.db, "orebro").malbild.current();
    // Naming Örebro as the tenant: the coordinator is no member there.
    const asVarmlandInOrebro = callerFor(t.db, "orebro", varmlandToken);
    expect(await codeOf(asVarmlandInOrebro.malbild.updateVision({ malbildId: orebro.id, vision: "Kapad", expectedRevision: orebro.revision }))).toBe("NOT_FOUND");
    // Naming Värmland but Örebro's ids: the row is not found in Värmland.
    const inVarmland = callerFor(t.db, "varmland", varmlandToken);
    expect(await codeOf(inVarmland.malbild.updateVision({ malbildId: orebro.id, vision: "Kapad", expectedRevision: orebro.revision }))).toBe("NOT_FOUND");
    expect(await codeOf(inVarmland.malbild.addStatement({ malbildId: orebro.id, text: "Kapad" }))).toBe("NOT_FOUND");
    const perspectiveId = orebro.perspectives[0]!.id;
    const own = await inVarmland.malbild.current();
    expect(await codeOf(inVarmland.malbild.addStatement({ malbildId: own.id, perspectiveId, text: "Kapad" }))).toBe("NOT_FOUND");
    // A Värmland statement id named in Örebro, by Örebro's own coordinator, is missing as well.
    const asOrebro = callerFor(t.db, "orebro", orebroToken);
    expect(await codeOf(asOrebro.malbild.updateStatement({ statementId: own.statements[1]!.id, text: "Kapad", expectedRevision: own.statements[1]!.revision }))).toBe("NOT_FOUND");
    expect(await codeOf(asOrebro.malbild.removeStatement({ statementId: own.statements[1]!.id }))).toBe("NOT_FOUND");
    expect((await callerFor(t.db, "orebro").malbild.current()).vision).toBe(orebro.vision);
    expect((await inVarmland.malbild.current()).statements[1]!.text).toBe(own.statements[1]!.text);
  });

  it("refuses anonymous and expired sessions", async () => {
    const malbild = await callerFor(t.db, "varmland").malbild.current();
    expect(await codeOf(callerFor(t.db, "varmland").malbild.updateVision({ malbildId: malbild.id, vision: "x", expectedRevision: malbild.revision }))).toBe("UNAUTHORIZED");
    expect(await codeOf(callerFor(t.db, "varmland", "forged-token").malbild.updateVision({ malbildId: malbild.id, vision: "x", expectedRevision: malbild.revision }))).toBe(
      "UNAUTHORIZED",
    );
  });

  it("refuses bad input with Swedish messages per field", async () => {
    const api = callerFor(t.db, "varmland", varmlandToken);
    const error = await api.malbild.updateStatement({ statementId: "not-a-uuid", text: "", expectedRevision: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    // @ts-expect-error -- the wrong type on purpose: the server must refuse it, not crash.
    expect(await codeOf(api.malbild.updateVision({ malbildId: 42, vision: ["x"] }))).toBe("BAD_REQUEST");
  });
});
