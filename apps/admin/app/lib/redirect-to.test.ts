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
    ["a tab that parsers strip", "/\t/evil.example"],
    ["a newline", "/\n/evil.example"],
    ["a full address of another site", "http://127.0.0.2:3001/logga-in"],
    ["a script URL", "javascript:alert(1)"],
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

  it("keeps a dot segment that leaves an empty first segment on this site", () => {
    expect(safeRedirectTo("/.//evil.example")).toBe("/evil.example");
  });

  it("reads a backslash inside the path as a browser does, a slash on this site", () => {
    expect(safeRedirectTo("/foo\\bar")).toBe("/foo/bar");
  });

  it("reads a relative path from the site's root", () => {
    expect(safeRedirectTo("varmland", "/", "http://localhost:3001/logga-in")).toBe("/varmland");
  });

  it("percent-encodes what a header cannot hold", () => {
    expect(safeRedirectTo("/varmland/sök?q=å ä")).toBe("/varmland/s%C3%B6k?q=%C3%A5%20%C3%A4");
  });

  it("accepts this site's own full address, as a path", () => {
    expect(safeRedirectTo("http://localhost:3001/varmland?x=1", "/", "http://localhost:3001/logga-in")).toBe("/varmland?x=1");
    expect(safeRedirectTo("http://localhost:3001/varmland")).toBe("/");
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
