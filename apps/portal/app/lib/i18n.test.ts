import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { english, langFromCookie, translate } from "./i18n.ts";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

describe("the English interface", () => {
  it("has an English text for every interface text the portal passes to t()", () => {
    const appDir = new URL("..", import.meta.url).pathname;
    const keys = sources(appDir).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\bt\(\s*"((?:[^"\\]|\\.)*)"\s*,?\s*\)/g)].map((m) => m[1]!));
    expect(keys.length).toBeGreaterThan(10);
    const missing = [...new Set(keys)].filter((k) => !(k in english));
    expect(missing).toEqual([]);
  });

  it("falls back to Swedish and reads the cookie strictly", () => {
    expect(translate("en", "Målbild")).toBe("Target picture");
    expect(translate("sv", "Målbild")).toBe("Målbild");
    expect(translate("en", "Handlingsplan")).toBe("Handlingsplan");
    expect(langFromCookie("a=1; sprak=en")).toBe("en");
    expect(langFromCookie("sprak=fr")).toBe("sv");
    expect(langFromCookie(null)).toBe("sv");
  });
});
