import { readFileSync } from "node:fs";
import { type TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDatabase, createTestDatabase } from "@naravard/db/testing";
import { callerFor, signIn } from "../test-helpers.ts";

let t: TestDatabase;
let varmland: string;
let orebro: string;
beforeAll(async () => {
  t = await createTestDatabase();
  varmland = await signIn(t.db, "varmland");
  orebro = await signIn(t.db, "orebro");
});
afterAll(() => t?.close());

const sample = readFileSync(new URL("../kolada/sample-varmland.json", import.meta.url), "utf8");
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: "OK", message: "" }),
    (e: TRPCError) => ({ code: e.code, message: e.message }),
  );

describe("indicators and the Kolada import", () => {
  it("dry-runs the sample file, then imports it, then finds nothing left to change", async () => {
    const api = callerFor(t.db, "varmland", varmland);
    const dry = await api.indicator.importKolada({ content: sample, dryRun: true });
    expect(dry).toMatchObject({ imported: false, errorCount: 0, added: 3, updated: 1, unchanged: 1 });
    expect(dry.changes.find((c) => c.memberCode === "17" && c.period === "2022")).toMatchObject({ before: 61, after: 62 });
    expect((await api.indicator.list())[0]!.values).toHaveLength(2);

    const real = await api.indicator.importKolada({ content: sample, dryRun: false });
    expect(real).toMatchObject({ imported: true, added: 3, updated: 1 });
    const [indicator] = await callerFor(t.db, "varmland").indicator.list();
    expect(indicator!.values.map((v) => [v.memberName, v.period, v.value])).toContainEqual(["Karlstad", "2022", 63]);
    expect(indicator!.links).toHaveLength(1);
    expect((await api.indicator.importKolada({ content: sample, dryRun: true })).changes).toEqual([]);
  });

  it("imports nothing when any row is wrong, and says which rows", async () => {
    const api = callerFor(t.db, "varmland", varmland);
    const bad = JSON.stringify({
      values: [
        { kpi: "DEMO-NV-1", municipality: "1780", period: "2023", values: [{ gender: "T", status: "", value: 70 }] },
        { kpi: "DEMO-NV-1", municipality: "1880", period: "2023", values: [{ gender: "T", status: "", value: 70 }] },
      ],
    });
    const result = await api.indicator.importKolada({ content: bad, dryRun: false });
    expect(result).toMatchObject({ imported: false, errorCount: 1 });
    expect(result.errors[0]!.message).toBe("Rad 2: ”1880” är inte en part i programmet.");
    const values = (await api.indicator.list())[0]!.values;
    expect(values.some((v) => v.period === "2023")).toBe(false);
  });

  it("refuses a file that is not JSON or not Kolada's shape, and another tenant", async () => {
    const api = callerFor(t.db, "varmland", varmland);
    expect((await failure(api.indicator.importKolada({ content: "kpi;value", dryRun: true }))).message).toMatch(/inte giltig JSON/);
    expect((await failure(api.indicator.importKolada({ content: '{"rows":[]}', dryRun: true }))).message).toMatch(/Koladas format/);
    // Örebro does not know the demo indicator: every row is an error, nothing stored.
    const asOrebro = await callerFor(t.db, "orebro", orebro).indicator.importKolada({ content: sample, dryRun: false });
    expect(asOrebro.imported).toBe(false);
    expect(asOrebro.errorCount).toBe(5);
    const [indicator] = await callerFor(t.db, "varmland").indicator.list();
    expect((await failure(callerFor(t.db, "orebro", orebro).indicator.delete({ indicatorId: indicator!.id }))).code).toBe("NOT_FOUND");
  });

  it("saves an indicator with a target and refuses another tenant's målbild element", async () => {
    const api = callerFor(t.db, "orebro", orebro);
    const perspective = (await api.malbild.current()).perspectives[0]!;
    await api.indicator.save({ code: "U00001", title: "Väntetid till vårdcentral", unit: "dagar", direction: "decrease", targetValue: 3, targetPeriod: "2026", links: [{ kind: "perspective", id: perspective.id }] });
    expect((await callerFor(t.db, "orebro").indicator.list()).map((i) => i.code)).toEqual(["U00001"]);
    const varmlandStatement = (await callerFor(t.db, "varmland").malbild.current()).statements[0]!;
    expect((await failure(api.indicator.save({ code: "U00002", title: "Intrång", unit: "st", links: [{ kind: "statement", id: varmlandStatement.id }] }))).code).toBe(
      "NOT_FOUND",
    );
  });
});
