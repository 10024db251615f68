import { describe, expect, it } from "vitest";
import { STALE_PAGE_MESSAGE, describeApiFailure } from "./api-errors.ts";

const failure = (code: string | null, extra: Partial<Parameters<typeof describeApiFailure>[0]> = {}) => ({
  code,
  message: "Uppgifterna är inte giltiga. Rätta de markerade fälten.",
  fieldErrors: {},
  conflict: null,
  ...extra,
});

describe("describeApiFailure", () => {
  it("puts the server's validation messages next to the visible fields", () => {
    const outcome = describeApiFailure(failure("BAD_REQUEST", { fieldErrors: { text: ["Påståendet måste ha minst 3 tecken."] } }), ["text"]);
    expect(outcome).toEqual({ kind: "invalid", status: 400, fieldErrors: { text: ["Påståendet måste ha minst 3 tecken."] }, formErrors: [] });
  });

  it("asks for a reload when a hidden field (an id) was refused", () => {
    const outcome = describeApiFailure(failure("BAD_REQUEST", { fieldErrors: { statementId: ["Ogiltig identitet."] } }), ["text"]);
    expect(outcome).toMatchObject({ kind: "invalid", fieldErrors: {}, formErrors: [STALE_PAGE_MESSAGE] });
  });

  it("falls back to the server's message when no field is named", () => {
    expect(describeApiFailure(failure("BAD_REQUEST"), ["text"])).toMatchObject({ formErrors: ["Uppgifterna är inte giltiga. Rätta de markerade fälten."] });
  });

  it("treats another programme's row as missing", () => {
    expect(describeApiFailure(failure("NOT_FOUND"), ["text"])).toEqual({ kind: "not-found" });
  });

  it("explains a missing permission in Swedish", () => {
    expect(describeApiFailure(failure("FORBIDDEN"), ["text"])).toEqual({
      kind: "rejected",
      status: 403,
      formErrors: ["Din roll i programmet får inte ändra målbilden."],
    });
  });

  it("shows what is saved now when someone else saved first", () => {
    const conflict = { id: "x", text: "Den sparade texten", revision: 4 };
    expect(describeApiFailure(failure("CONFLICT", { message: "Någon annan har sparat.", conflict }), ["text"])).toEqual({
      kind: "rejected",
      status: 409,
      formErrors: ["Någon annan har sparat."],
      saved: { text: "Den sparade texten", revision: 4 },
    });
    expect(describeApiFailure(failure("CONFLICT", { conflict: { id: "m", vision: "Visionen", revision: 2 } }), ["vision"])).toMatchObject({
      saved: { text: "Visionen", revision: 2 },
    });
  });

  it("sends an expired session to the login page", () => {
    expect(describeApiFailure(failure("UNAUTHORIZED"), [])).toEqual({ kind: "signed-out" });
  });

  it("leaves anything else to the error page", () => {
    expect(describeApiFailure(failure("INTERNAL_SERVER_ERROR"), [])).toEqual({ kind: "unexpected" });
    expect(describeApiFailure(failure(null), [])).toEqual({ kind: "unexpected" });
  });
});
