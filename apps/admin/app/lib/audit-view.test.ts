import { describe, expect, it } from "vitest";
import {
  PAGE_SIZE,
  auditPageHref,
  describeChanges,
  labelOfEntity,
  pageOf,
  parseAuditQuery,
  stockholmDayStart,
} from "./audit-view.ts";

const known = { actors: ["3f0c1e2a-1111-4222-8333-444455556666"], entities: ["malbild", "statement"] };
const query = (search: string) => parseAuditQuery(new URLSearchParams(search), known);

describe("stockholmDayStart", () => {
  it("is 23:00 UTC the day before in winter and 22:00 UTC in summer", () => {
    expect(stockholmDayStart("2026-01-15")?.toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(stockholmDayStart("2026-07-01")?.toISOString()).toBe("2026-06-30T22:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    // Summer time starts 29 March 2026 at 01:00 UTC; midnight before that is still winter time.
    expect(stockholmDayStart("2026-03-29")?.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(stockholmDayStart("2026-03-30")?.toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(stockholmDayStart("2026-10-25")?.toISOString()).toBe("2026-10-24T22:00:00.000Z");
  });

  it("refuses what is not a real day", () => {
    expect(stockholmDayStart("2026-02-30")).toBeNull();
    expect(stockholmDayStart("1 mars")).toBeNull();
    expect(stockholmDayStart("")).toBeNull();
  });
});

describe("parseAuditQuery", () => {
  it("asks for everything, one page and one more, without filters", () => {
    expect(query("")).toEqual({
      filters: { actor: "", entity: "", from: "", to: "" },
      input: { limit: PAGE_SIZE + 1 },
      from: null,
      errors: {},
    });
  });

  it("passes person and kind on, and ends the range at the end of the last day", () => {
    const q = query(`vem=${known.actors[0]}&typ=malbild&fran=2026-03-01&till=2026-03-31`);
    expect(q.input).toMatchObject({ actorUserId: known.actors[0], entity: "malbild" });
    expect(q.input.before?.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(q.from?.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(q.errors).toEqual({});
  });

  it("takes the earlier of the page cursor and the end of the range", () => {
    expect(query("till=2026-03-31&fore=2026-03-10T08:00:00.000Z").input.before?.toISOString()).toBe("2026-03-10T08:00:00.000Z");
    expect(query("till=2026-03-01&fore=2026-03-10T08:00:00.000Z").input.before?.toISOString()).toBe("2026-03-01T23:00:00.000Z");
  });

  it("explains filters it cannot use and drops them", () => {
    const q = query("vem=nagon&typ=password_reset&fran=2026-13-01&till=igar");
    expect(q.input).toEqual({ limit: PAGE_SIZE + 1 });
    expect(Object.keys(q.errors).sort()).toEqual(["actor", "entity", "from", "to"]);
  });

  it("refuses a range that ends before it starts", () => {
    expect(query("fran=2026-03-10&till=2026-03-01").errors.to).toMatch(/före startdatumet/);
  });
});

describe("pageOf", () => {
  const at = (minute: number) => ({ at: new Date(Date.UTC(2026, 2, 1, 12, minute)).toISOString(), minute });

  it("is the last page when the API found no more than the limit", () => {
    expect(pageOf([at(3), at(2), at(1)], { from: null, limit: 3 })).toEqual({ entries: [at(3), at(2), at(1)], nextBefore: null });
  });

  it("continues before the last shown entry when there are more", () => {
    const page = pageOf([at(4), at(3), at(2), at(1)], { from: null, limit: 3 });
    expect(page.entries.map((e) => e.minute)).toEqual([4, 3, 2]);
    expect(page.nextBefore).toBe(at(2).at);
  });

  it("moves a group with one time to the next page instead of cutting it", () => {
    const page = pageOf([at(4), at(2), at(2), at(2), at(1)], { from: null, limit: 3 });
    expect(page.entries.map((e) => e.minute)).toEqual([4]);
    expect(page.nextBefore).toBe(at(4).at);
  });

  it("stops at the start of the range", () => {
    const page = pageOf([at(4), at(3), at(2), at(1)], { from: new Date(at(3).at), limit: 3 });
    expect(page).toEqual({ entries: [at(4), at(3)], nextBefore: null });
  });
});

describe("describeChanges", () => {
  it("lists only what a change changed, with readable names and values", () => {
    const rows = describeChanges({
      action: "UPDATE",
      before: { id: "x", tenant_id: "t", vision: "Gammal vision", revision: 1, updated_at: "a" },
      after: { id: "x", tenant_id: "t", vision: "Ny vision", revision: 2, updated_at: "b" },
    });
    expect(rows).toEqual([{ field: "Vision", before: "Gammal vision", after: "Ny vision" }]);
  });

  it("shows what a new row holds, roles in Swedish, without a before column", () => {
    const rows = describeChanges({ action: "INSERT", before: null, after: { user_id: "u", role: "editor", note: null } });
    expect(rows).toEqual([
      { field: "Person", before: null, after: "u" },
      { field: "Roll", before: null, after: "Redaktör" },
    ]);
  });

  it("names people by their ids and shows times in Swedish time", () => {
    const people = new Map([["u1", "Eva Ek"]]);
    const rows = describeChanges(
      { action: "INSERT", before: null, after: { invited_by: "u1", user_id: "u2", expires_at: "2026-12-08T22:21:28.59+00:00" } },
      people,
    );
    expect(rows).toEqual([
      { field: "Inbjuden av", before: null, after: "Eva Ek" },
      { field: "Person", before: null, after: "u2" },
      { field: "Giltig till", before: null, after: "8 dec. 2026 23:21:28" },
    ]);
  });

  it("shows a changed password and ended sign-ins as facts, in Swedish", () => {
    const people = new Map([["u1", "Eva Ek"]]);
    expect(
      describeChanges(
        { action: "UPDATE", before: null, after: { user_id: "u1", password: "ändrat", ended_sessions: 2 } },
        people,
      ),
    ).toEqual([
      { field: "Person", before: null, after: "Eva Ek" },
      { field: "Lösenord", before: null, after: "ändrat" },
      { field: "Avslutade inloggningar", before: null, after: "2" },
    ]);
    expect(labelOfEntity("app_user")).toBe("Konto");
    expect(labelOfEntity("session")).toBe("Inloggningar");
    expect(labelOfEntity("password_reset")).toBe("Länk för nytt lösenord");
    expect(labelOfEntity("tenant")).toBe("Program");
  });

  it("shortens long values and shows empty ones as a dash", () => {
    const [row] = describeChanges({ action: "UPDATE", before: { text: "" }, after: { text: "å".repeat(400) } });
    expect(row?.before).toBe("–");
    expect(row?.after).toHaveLength(300);
    expect(row?.after?.endsWith("…")).toBe(true);
  });
});

describe("auditPageHref", () => {
  it("keeps the filters and adds the cursor", () => {
    expect(
      auditPageHref("/varmland/logg", { actor: "", entity: "malbild", from: "", to: "2026-03-31" }, "2026-03-10T08:00:00.000Z"),
    ).toBe("/varmland/logg?typ=malbild&till=2026-03-31&fore=2026-03-10T08%3A00%3A00.000Z");
    expect(auditPageHref("/varmland/logg", { actor: "", entity: "", from: "", to: "" }, null)).toBe("/varmland/logg");
  });
});
