import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PATH_LENGTH, sameOriginPath } from "./same-origin.ts";

const own = "http://127.0.0.1:3000/sprak?till=en";

/** Pieces of the tricks that get past string tests, to build generated targets from. */
const tricks = ["/", "//", "\\", "/\\", "\t", "\n", "\r", "\u0000", "%2F", "%0A", "%09", ".", "..", "./", "@", ":", "?", "#", "javascript:", "http:", "https://", "127.0.0.2:3001", "evil.example", "å", "\u2603", "\u{1F600}", "\uD800", " "];
const target = fc.oneof(
  fc.string({ unit: "grapheme-composite", maxLength: 40 }),
  fc.array(fc.constantFrom(...tricks), { maxLength: 12 }).map((parts) => parts.join("")),
  fc.tuple(fc.constantFrom("/", "//", "/\t/", "/\\", "\\\\", "/.//", "http://127.0.0.1:3000/"), fc.string({ unit: "binary", maxLength: 30 })).map(([a, b]) => a + b),
);

describe("sameOriginPath", () => {
  it("keeps a path of the site, with its query and fragment", () => {
    expect(sameOriginPath("/varmland/malbild?x=1#p", own)).toBe("/varmland/malbild?x=1#p");
    expect(sameOriginPath("http://127.0.0.1:3000/varmland", own)).toBe("/varmland");
  });

  it.each([
    ["a tab a browser strips (issue 20)", "/\t/127.0.0.2:3001/logga-in"],
    ["a newline a browser strips", "/\n/evil.example"],
    ["protocol-relative", "//evil.example"],
    ["a backslash read as a slash", "/\\evil.example"],
    ["another scheme", "javascript:alert(1)"],
    ["another host", "https://evil.example/"],
    ["another port", "http://127.0.0.1:3001/"],
    ["a lone surrogate-free but too long path", `/${"a".repeat(MAX_PATH_LENGTH)}`],
    ["nothing", ""],
    ["not a string", new File([], "x")],
  ])("falls back for %s", (_what, value) => {
    expect(sameOriginPath(value, own, "/hem")).toBe("/hem");
  });

  it("never leaves a path a browser reads as another host", () => {
    expect(sameOriginPath("/.//evil.example", own)).toBe("/evil.example");
    expect(sameOriginPath("/%2F%2Fevil.example", own)).toBe("/%2F%2Fevil.example");
  });

  it("percent-encodes newlines' neighbours and non-Latin-1 characters, so the header can hold it", () => {
    expect(sameOriginPath("/varmland/\u2603?q=å#ö", own)).toBe("/varmland/%E2%98%83?q=%C3%A5#%C3%B6");
  });

  it("gives, for any input, the fallback or a printable-ASCII path that stays on the site", () => {
    fc.assert(
      fc.property(target, (value) => {
        const path = sameOriginPath(value, own, "FALLBACK");
        if (path === "FALLBACK") return;
        expect(path).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
        expect(path.length).toBeLessThanOrEqual(MAX_PATH_LENGTH);
        // What a browser does with it as a Location: the same origin, whatever it strips or reads.
        expect(new URL(path, own).origin).toBe("http://127.0.0.1:3000");
        expect(() => new Headers({ Location: path })).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});
