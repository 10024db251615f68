import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, portalUrl, wcagViolations } from "@naravard/e2e";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("the English interface", () => {
  it("switches the interface to English without JavaScript and keeps the content marked as Swedish", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${portalUrl}/varmland/malbild`);
    await page.getByRole("link", { name: "In English" }).click();
    expect(new URL(page.url()).pathname).toBe("/varmland/malbild");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect(
      page.getByRole("navigation", { name: "Nära vård i Värmland" }).getByRole("link", { name: "Target picture" }).count(),
    ).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: "Principles that guide our work" }).count()).resolves.toBe(1);
    expect(await page.locator("p.vision").getAttribute("lang")).toBe("sv");
    expect(await page.locator("h1").getAttribute("lang")).toBe("sv");

    // Every page's interface is translated now: none says it is Swedish only.
    await page.goto(`${portalUrl}/varmland/beslut`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect(page.getByText("This page is available in Swedish only.").count()).resolves.toBe(0);

    await page.getByRole("link", { name: "På svenska" }).click();
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await context.close();
  });

  it("has no WCAG violations in English", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${portalUrl}/sprak?till=en&tillbaka=/varmland`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await wcagViolations(page)).toEqual([]);
    await page.goto(`${portalUrl}/varmland/malbild`);
    expect(await wcagViolations(page)).toEqual([]);
    await page.goto(`${portalUrl}/`);
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Target pictures for Nära vård");
    expect(await wcagViolations(page)).toEqual([]);
    await context.close();
  });

  describe("every page translated later speaks English, keeps the programmes' content Swedish and has no WCAG violations", () => {
    /** The first link on a list page whose address starts with `prefix` (the seed's ids are not fixed). */
    async function firstLink(page: Page, list: string, prefix: string) {
      await page.goto(`${portalUrl}${list}`);
      const hrefs = await page.locator(`main a[href^="${prefix}"]`).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      const href = hrefs.find((h) => /^[^.?#]+$/.test(h.slice(prefix.length)) && !h.includes("/material/"));
      expect(href, `a link to ${prefix}… on ${list}`).toBeTruthy();
      return href!;
    }

    const pages: { path: string | ((page: Page) => Promise<string>); heading: string; label?: string }[] = [
      { path: "/varmland/beslut", heading: "Decisions on the target picture", label: "The parties' status" },
      { path: "/varmland/beslut?datum=2022-06-16", heading: "Decisions on the target picture", label: "Timeline" },
      { path: "/varmland/fardplan", heading: "Roadmap", label: "Schedule by half-year" },
      { path: "/fyrbodal/strategier", heading: "Strategies" },
      {
        path: (page) => firstLink(page, "/fyrbodal/strategier", "/fyrbodal/strategier/"),
        heading: "Activities",
        label: "Governance and check-ins",
      },
      { path: "/varmland/uppfoljning", heading: "Follow-up" },
      { path: (page) => firstLink(page, "/varmland/evenemang", "/varmland/evenemang/"), heading: "", label: "When" },
      { path: (page) => firstLink(page, "/varmland/nyheter", "/varmland/nyheter/"), heading: "", label: "News" },
      {
        path: (page) => firstLink(page, "/varmland/goda-exempel", "/varmland/goda-exempel/"),
        heading: "",
        label: "Good examples",
      },
      { path: "/varmland/synpunkter", heading: "Your views", label: "Published views" },
      { path: "/varmland/malbild/versioner", heading: "Versions of the target picture", label: "Last changed" },
      { path: "/varmland/malbild/versioner/1", heading: "Changes from the version before", label: "The content of version 1" },
      { path: "/varmland/rapport", heading: "Follow-up report", label: "Summary" },
      { path: "/varmland/malbild/utskrift", heading: "Principles that guide our work", label: "Print:" },
    ];

    for (const { path, heading, label } of pages) {
      it(`${typeof path === "string" ? path : heading || label}`, async () => {
        const { context, page } = await newPage(browser);
        await page.goto(`${portalUrl}/sprak?till=en&tillbaka=/varmland`);
        const address = typeof path === "string" ? path : await path(page);
        const response = await page.goto(`${portalUrl}${address}`);
        expect(response?.status(), address).toBe(200);
        expect(await page.getAttribute("html", "lang"), address).toBe("en");
        await expect(page.getByText("This page is available in Swedish only.").count()).resolves.toBe(0);
        if (heading)
          expect(await page.getByRole("heading", { name: heading }).count(), `${address}: ${heading}`).toBeGreaterThan(0);
        if (label) expect(await page.getByText(label, { exact: false }).count(), `${address}: ${label}`).toBeGreaterThan(0);
        // The programmes' own texts are marked as Swedish.
        expect(await page.locator('main [lang="sv"]').count(), `${address}: content with lang="sv"`).toBeGreaterThan(0);
        expect(await wcagViolations(page), address).toEqual([]);
        await context.close();
      });
    }
  });
});
