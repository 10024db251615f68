import type { Browser } from "playwright-core";
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
    await expect(page.getByRole("navigation", { name: "Nära vård i Värmland" }).getByRole("link", { name: "Target picture" }).count()).resolves.toBe(1);
    await expect(page.getByRole("heading", { name: "Principles that guide our work" }).count()).resolves.toBe(1);
    expect(await page.locator("p.vision").getAttribute("lang")).toBe("sv");
    expect(await page.locator("h1").getAttribute("lang")).toBe("sv");

    // A page whose interface is not translated yet stays Swedish and says so in English.
    await page.goto(`${portalUrl}/varmland/beslut`);
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await expect(page.getByText("This page is available in Swedish only.").count()).resolves.toBe(1);

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
});
