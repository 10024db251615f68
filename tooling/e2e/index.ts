/**
 * Browser-test helpers: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), and an axe-core WCAG 2.1 A/AA scan. The platform under test is started by
 * tooling/scripts/e2e.mjs, which passes its addresses in PORTAL_URL and ADMIN_URL.
 */
import { existsSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";

export const portalUrl = process.env.PORTAL_URL ?? "http://127.0.0.1:3000";
export const adminUrl = process.env.ADMIN_URL ?? "http://127.0.0.1:3001";

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error("Chromium not found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.");
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    // playwright gives every launch a fresh, temporary profile of its own.
  });
}

/** A fresh context per test; `javaScriptEnabled: false` proves a page works without scripts. */
export async function newPage(browser: Browser, options: { javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: "sv-SE", javaScriptEnabled: options.javaScriptEnabled ?? true });
  return { context, page: await context.newPage() };
}

/** WCAG 2.1 A and AA violations axe-core finds on the page, summarised for a readable failure. */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
export * from "./form-garbage.ts";
