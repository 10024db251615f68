import { describe, expect, it } from "vitest";
import { AuditListInputSchema } from "./audit.ts";

describe("the audit log's filter", () => {
  it("takes dates PostgreSQL can hold and refuses the rest in Swedish (found by the fuzzing suite)", () => {
    expect(AuditListInputSchema.parse({ before: "2026-12-01" }).before).toEqual(new Date("2026-12-01"));
    for (const before of [new Date("+012730-01-01T00:00:00Z"), "0000-01-01", "not a date"]) {
      const result = AuditListInputSchema.safeParse({ before });
      expect(result.success, String(before)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("Ogiltigt datum.");
    }
  });
});
