import { describe, expect, it } from "vitest";
import { absoluteLink, mailtoFor } from "./people-forms.ts";

describe("absoluteLink", () => {
  it("puts the API's path on the admin's own address", () => {
    expect(absoluteLink("https://admin.example.se/varmland/personer?x=1", "/varmland/inbjudan/abc")).toBe("https://admin.example.se/varmland/inbjudan/abc");
  });
});

describe("mailtoFor", () => {
  it("addresses the invited person with the link and its expiry in the body", () => {
    const href = mailtoFor(
      { kind: "invitation", url: "https://admin.example.se/varmland/inbjudan/abc", recipient: "eva@kommun.se", email: "eva@kommun.se", expiresAt: "2026-12-08T10:00:00.000Z" },
      "Region Värmland",
    );
    const url = new URL(href);
    expect(url.protocol).toBe("mailto:");
    expect(decodeURIComponent(url.pathname)).toBe("eva@kommun.se");
    expect(url.searchParams.get("subject")).toBe("Inbjudan till Region Värmland i Nära vård");
    expect(url.searchParams.get("body")).toContain("https://admin.example.se/varmland/inbjudan/abc");
    expect(url.searchParams.get("body")).toContain("8 dec. 2026 11:00");
    // Spaces as %20: some mail programs show a "+" literally.
    expect(href).not.toContain("+");
  });
});
