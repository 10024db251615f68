import { describe, expect, it } from "vitest";
import { loginUrlFor, safeRedirectTo } from "./redirect-to.ts";

describe("safeRedirectTo", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(safeRedirectTo("/varmland/malbild")).toBe("/varmland/malbild");
    expect(safeRedirectTo("/varmland/malbild?ta-bort=1#p")).toBe("/varmland/malbild?ta-bort=1#p");
  });

  it.each([
    ["another site", "https://evil.example/"],
    ["a protocol-relative URL", "//evil.example/x"],
    ["a backslash trick", "/\\evil.example"],
    ["an encoded-looking backslash", "/foo\\bar"],
    ["a tab that parsers strip", "/\t/evil.example"],
    ["a newline", "/\n/evil.example"],
    ["a script URL", "javascript:alert(1)"],
    ["a relative path", "varmland"],
    ["nothing", ""],
    ["a missing value", null],
    ["a file upload", new File([], "x")],
  ])("falls back for %s", (_what, value) => {
    expect(safeRedirectTo(value as string | null)).toBe("/");
  });

  it("does not send the user back to the login page or the logout action", () => {
    expect(safeRedirectTo("/logga-in?redirectTo=/x")).toBe("/");
    expect(safeRedirectTo("/logga-ut")).toBe("/");
  });

  it("uses the given fallback", () => {
    expect(safeRedirectTo("https://evil.example", "/varmland")).toBe("/varmland");
  });

  it("normalises dot segments without leaving the site", () => {
    expect(safeRedirectTo("/../../etc")).toBe("/etc");
  });
});

describe("loginUrlFor", () => {
  it("remembers the page the user asked for", () => {
    expect(loginUrlFor("http://localhost:3001/varmland/malbild?x=1")).toBe("/logga-in?redirectTo=%2Fvarmland%2Fmalbild%3Fx%3D1");
  });

  it("needs no redirectTo for the start page", () => {
    expect(loginUrlFor("http://localhost:3001/")).toBe("/logga-in");
  });
});
