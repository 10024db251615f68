import { describe, expect, it } from "vitest";
import {
  LoginInputSchema,
  TenantSlugSchema,
  UpdateStatementInputSchema,
  UpdateVisionInputSchema,
  byPosition,
  sortBySwedishName,
} from "./index.ts";

describe("Swedish order", () => {
  it("puts Å, Ä, Ö after Z, in that order", () => {
    const names = ["Örebro", "Åmål", "Zeta", "Ängelholm", "Arvika"].map((name) => ({ name }));
    expect(sortBySwedishName(names).map((n) => n.name)).toEqual(["Arvika", "Zeta", "Åmål", "Ängelholm", "Örebro"]);
  });

  it("orders by position without changing the input", () => {
    const items = [{ position: 2 }, { position: 0 }, { position: 1 }];
    expect(byPosition(items).map((i) => i.position)).toEqual([0, 1, 2]);
    expect(items[0]?.position).toBe(2);
  });
});

describe("input schemas", () => {
  const id = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

  it("accepts a vision and trims it", () => {
    expect(UpdateVisionInputSchema.parse({ malbildId: id, expectedRevision: 1, vision: "  God och jämlik hälsa " }).vision).toBe(
      "God och jämlik hälsa",
    );
  });

  it("refuses an empty or oversize vision with a Swedish message", () => {
    const empty = UpdateVisionInputSchema.safeParse({ malbildId: id, expectedRevision: 1, vision: "   " });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe("Visionen får inte vara tom.");
    const long = UpdateVisionInputSchema.safeParse({ malbildId: id, expectedRevision: 1, vision: "x".repeat(2001) });
    expect(long.error?.issues[0]?.message).toMatch(/högst 2000 tecken/);
  });

  it("refuses a statement that is too short and an id that is not a uuid", () => {
    const result = UpdateStatementInputSchema.safeParse({ statementId: "1; drop table", expectedRevision: 1, text: "ja" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Ogiltig identitet.", "Påståendet måste ha minst 3 tecken."]);
  });

  it("normalises e-mail and explains a bad one in Swedish", () => {
    expect(LoginInputSchema.parse({ email: " Anna@Kommun.SE ", password: "x" }).email).toBe("anna@kommun.se");
    const bad = LoginInputSchema.safeParse({ email: "anna", password: "" });
    expect(bad.error?.issues.map((i) => i.message)).toEqual([
      "Ange en giltig e-postadress, till exempel namn@kommun.se.",
      "Ange ditt lösenord.",
    ]);
  });

  it("accepts the tenant slugs and refuses path tricks", () => {
    expect(TenantSlugSchema.parse("Varmland")).toBe("varmland");
    expect(TenantSlugSchema.safeParse("../orebro").success).toBe(false);
  });
});
