import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, portalUrl, wcagViolations } from "@naravard/e2e";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/**
 * Opens a page and checks its status. axe's WCAG 2.1 A/AA scan needs scripts in the page, so for
 * a page opened without JavaScript the scan runs on the same address in a second, scripted page.
 */
async function visit(path: string, options: { javaScriptEnabled?: boolean; status?: number } = {}) {
  const { context, page } = await newPage(browser, options);
  const response = await page.goto(`${portalUrl}${path}`);
  expect(response?.status(), path).toBe(options.status ?? 200);
  if (options.javaScriptEnabled === false) {
    const scripted = await newPage(browser);
    await scripted.page.goto(`${portalUrl}${path}`);
    expect(await wcagViolations(scripted.page), `WCAG violations on ${path}`).toEqual([]);
    await scripted.context.close();
  } else expect(await wcagViolations(page), `WCAG violations on ${path}`).toEqual([]);
  return { context, page };
}

describe("the public portal", () => {
  it("lists every programme on the front page, with scripts allowed only by the Content-Security-Policy's nonce", async () => {
    const { context, page } = await newPage(browser);
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const response = await page.goto(`${portalUrl}/`);
    expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
    await page.waitForLoadState("networkidle");
    expect(violations).toEqual([]);
    expect(await wcagViolations(page)).toEqual([]);
    for (const name of ["Nära vård i Värmland", "Nära vård i Örebro län", "God och nära vård i Fyrbodal"])
      await expect(page.getByRole("link", { name }).count()).resolves.toBe(1);
    await expect(page.getByText("17 av 17 har antagit målbilden").count()).resolves.toBe(1);
    await context.close();
  });

  it("shows Värmland's whole målbild without JavaScript", async () => {
    const { context, page } = await visit("/varmland/malbild", { javaScriptEnabled: false });
    const text = await page.locator("main").innerText();
    for (const expected of [
      "Tillsammans utvecklar vi god och nära vård, hälsa & omsorg",
      "Jag är en viktig och delaktig medskapare",
      "Vi bemöter varandra med respekt",
      "Vård och stöd utgår och samordnas från mina behov och resurser",
      "Jag har ett kontinuerligt, personligt och tillitsfullt stöd",
      "Jag får rätt hjälp och stöd i rätt tid",
      "Fokus på organisation",
      "Proaktivitet är i fokus för att öka hälsa och friskfaktorer.",
      "Vi når vårt mål: God och jämlik hälsa",
      "Vad är nära vård – och varför behövs det?",
    ])
      expect(text).toContain(expected);
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    // Traceability: the mobile resource teams move a statement.
    expect(text).toContain("Mobila resursteam");
    await context.close();
  });

  it("shows Örebro's three perspectives and its decision date, and that Fyrbodal (only a draft) has published none", async () => {
    const orebro = await visit("/orebro/malbild");
    const text = await orebro.page.locator("main").innerText();
    for (const p of ["Invånarperspektivet", "Samverkansperspektivet", "Medarbetarperspektivet", "11 februari 2022"])
      expect(text).toContain(p);
    await orebro.context.close();
    // Fyrbodal's målbild is a draft: not public, so the page says nothing is published yet.
    const fyrbodal = await visit("/fyrbodal/malbild", { javaScriptEnabled: false });
    const draft = await fyrbodal.page.locator("main").innerText();
    expect(draft).toContain("Programmet har ingen målbild publicerad ännu.");
    expect(draft).not.toMatch(/Demodata|Utkast/);
    await fyrbodal.context.close();
  });

  // Each programme's home, accessibly and without JavaScript: its heading, description and members.
  it.each([
    {
      slug: "varmland",
      heading: "Nära vård i Värmland",
      fact: "Region Värmland · Region",
      members: ["Region Värmland", "Karlstad", "Årjäng"],
      count: 17,
    },
    {
      slug: "orebro",
      heading: "Nära vård i Örebro län",
      fact: "den 11 februari 2022",
      members: ["Region Örebro län", "Örebro", "Lekeberg"],
      count: 13,
    },
    {
      slug: "fyrbodal",
      heading: "God och nära vård i Fyrbodal",
      fact: "God och nära vård 2020",
      members: ["Fyrbodals kommunalförbund", "Uddevalla", "Trollhättan"],
      count: 15,
    },
  ])("shows $slug's home with its members", async ({ slug, heading, fact, members, count }) => {
    const { context, page } = await visit(`/${slug}`, { javaScriptEnabled: false });
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(heading);
    expect(await page.locator("main").innerText()).toContain(fact);
    for (const name of members) await expect(page.getByRole("rowheader", { name, exact: true }).count(), name).resolves.toBe(1);
    await expect(page.locator("main tbody tr").count()).resolves.toBe(count);
    await context.close();
  });

  it("answers 404 with a Swedish page for an unknown programme or page", async () => {
    for (const path of ["/gotland/malbild", "/varmland/nope"]) {
      const { context, page } = await visit(path, { status: 404 });
      await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Sidan finns inte");
      await context.close();
    }
  });
});
