import { describe, expect, it } from "vitest";
import { isoDate } from "./dates.ts";

describe("isoDate", () => {
  const schema = isoDate("Ange datumet som ÅÅÅÅ-MM-DD.");
  it("takes real dates, leap days included, and refuses impossible ones and year 0", () => {
    expect(schema.safeParse("2024-02-29").success).toBe(true);
    expect(schema.safeParse("0001-01-01").success).toBe(true);
    expect(schema.safeParse("2025-02-29").success).toBe(false);
    expect(schema.safeParse("0000-01-01").error?.issues[0]?.message).toBe("Ange ett datum från år 1 och framåt.");
  });
});
