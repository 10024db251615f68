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

  describe("the front page, the participation lists, search and the error page have English titles too", () => {
    const pages: { path: string; status?: number; title: string; heading: string; content?: string }[] = [
      { path: "/", title: "All programmes", heading: "Target pictures for Nära vård", content: "Nära vård i Örebro län" },
      { path: "/varmland/kontakt", title: "Contact", heading: "Contact persons", content: "Kristin Törnqvist" },
      {
        path: "/varmland/vanliga-fragor",
        title: "Frequently asked questions",
        heading: "Frequently asked questions",
        content: "Vad är nära vård",
      },
      { path: "/varmland/sok", title: "Search", heading: "Search" },
      { path: "/varmland/sok?q=n%C3%A4ra+v%C3%A5rd", title: "Search: nära vård", heading: "Search", content: "Nära vård" },
      { path: "/varmland/sok?q=x", title: "Search: x", heading: "Search" },
      { path: "/varmland/evenemang", title: "Events", heading: "Events", content: "Fokusvecka om Nära vård (1 av 2)" },
      { path: "/orebro/nyheter", title: "News", heading: "News", content: "Målbild antagen för framtidens vård och omsorg" },
      {
        path: "/varmland/goda-exempel",
        title: "Good examples",
        heading: "Good examples",
        content: "Värdegrundsinternat i Karlstad",
      },
      { path: "/fyrbodal/nyheter", title: "News", heading: "News" },
      { path: "/varmland/nope", status: 404, title: "Page not found", heading: "Page not found" },
      { path: "/gotland", status: 404, title: "Page not found", heading: "Page not found" },
    ];

    for (const { path, status, title, heading, content } of pages) {
      it(path, async () => {
        const { context, page } = await newPage(browser);
        await page.goto(`${portalUrl}/sprak?till=en&tillbaka=/`);
        const response = await page.goto(`${portalUrl}${path}`);
        expect(response?.status(), path).toBe(status ?? 200);
        expect(await page.getAttribute("html", "lang"), path).toBe("en");
        expect(await page.title(), path).toMatch(new RegExp(`^${title} – `));
        expect(await page.getByRole("heading", { level: 1 }).innerText(), path).toBe(heading);
        await expect(page.getByText("This page is available in Swedish only.").count()).resolves.toBe(0);
        if (content) {
          // The programmes' own texts keep their language.
          const own = page.locator('main [lang="sv"]').filter({ hasText: content });
          expect(await own.count(), `${path}: "${content}" marked lang="sv"`).toBeGreaterThan(0);
        }
        expect(await wcagViolations(page), path).toEqual([]);
        await context.close();
      });
    }

    it("writes the search's message and an empty list in English", async () => {
      const { context, page } = await newPage(browser);
      await page.goto(`${portalUrl}/sprak?till=en&tillbaka=/`);
      await page.goto(`${portalUrl}/varmland/sok?q=x`);
      expect(await page.locator("#q-fel").innerText()).toBe("Type at least two characters.");
      await page.goto(`${portalUrl}/fyrbodal/goda-exempel`);
      const empty = page.getByText("Nothing published yet.");
      expect(await empty.getAttribute("lang")).toBe("en");
      await context.close();
    });
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
      { path: "/orebro/strategier", heading: "Strategies", label: "has published no development strategies" },
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
