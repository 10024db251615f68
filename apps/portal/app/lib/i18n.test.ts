import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  activityStatusLabel,
  adoptionStatusLabel,
  audienceLabel,
  malbildStatusLabel,
  memberKindLabel,
  strategyActivityKindLabel,
  strategyModeLabel,
} from "@naravard/domain";
import { changeLabel, fieldLabel, sectionLabel } from "./diff-view.ts";
import { english, translate } from "./english.server.ts";
import { langFromCookie } from "./i18n.ts";
import { directionLabel } from "./indicator-view.ts";

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

  it("has an English text for every fixed label the translated pages pass to t() (the domain's statuses, kinds, the diff's words)", () => {
    const labels = [
      activityStatusLabel,
      adoptionStatusLabel,
      audienceLabel,
      malbildStatusLabel,
      memberKindLabel,
      strategyActivityKindLabel,
      strategyModeLabel,
      changeLabel,
      fieldLabel,
      sectionLabel,
      directionLabel,
    ].flatMap((l) => Object.values(l) as string[]);
    expect(labels.filter((k) => !(k in english))).toEqual([]);
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
