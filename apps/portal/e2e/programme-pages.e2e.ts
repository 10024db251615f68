import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newPage, portalUrl, wcagViolations } from "@naravard/e2e";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/**
 * Opens a page without JavaScript (every programme page must work without it) and checks its
 * status; axe's WCAG 2.1 A/AA scan needs scripts, so it runs on the same address in a second page.
 */
async function visit(path: string, status = 200) {
  const { context, page } = await newPage(browser, { javaScriptEnabled: false });
  const response = await page.goto(`${portalUrl}${path}`);
  expect(response?.status(), path).toBe(status);
  const scripted = await newPage(browser);
  await scripted.page.goto(`${portalUrl}${path}`);
  expect(await wcagViolations(scripted.page), `WCAG violations on ${path}`).toEqual([]);
  await scripted.context.close();
  return { context, page, text: await page.locator("main").innerText() };
}

const tenants = ["varmland", "orebro", "fyrbodal"] as const;
const pages = ["beslut", "fardplan", "uppfoljning", "malbild/versioner", "malbild/utskrift", "rapport"];

describe("the programme pages", () => {
  // One test per page (axe on a large page takes seconds on a busy machine).
  it.each(tenants.flatMap((tenant) => pages.map((path) => `/${tenant}/${path}`)))(
    "renders %s accessibly and without JavaScript",
    async (path) => {
      const { context, text } = await visit(path);
      expect(text.length, path).toBeGreaterThan(100);
      await context.close();
    },
  );

  it("shows each published målbild version with its changes; drafts stay private", async () => {
    for (const tenant of ["varmland", "orebro"]) {
      const { context, text } = await visit(`/${tenant}/malbild/versioner/1`);
      expect(text).toContain("Det här är den första versionen");
      expect(text).toContain("Innehållet i version 1");
      await context.close();
    }
    const fyrbodal = await visit("/fyrbodal/malbild/versioner");
    expect(fyrbodal.text).toContain("Ingen version är publicerad ännu.");
    await fyrbodal.context.close();
    const draft = await visit("/fyrbodal/malbild/versioner/1", 404);
    await draft.context.close();
  });

  it("shows Värmland's map: 17 of 17, Karlstad last on 16 June 2022, and the map as it stood the day before", async () => {
    const today = await visit("/varmland/beslut");
    expect(today.text).toContain("17 av 17 har antagit målbilden");
    const karlstad = today.page.locator('svg[role="img"] path[data-code="1780"]');
    await expect(karlstad.getAttribute("data-status")).resolves.toBe("adopted");
    await expect(karlstad.locator("title").textContent()).resolves.toBe("Karlstad: Har antagit målbilden (16 juni 2022)");
    await expect(today.page.locator('path[data-code="1715"] title').textContent()).resolves.toBe(
      "Kil: Har antagit målbilden (datum ej registrerat)",
    );
    await expect(today.page.locator("path[data-status]").count()).resolves.toBe(16);
    await expect(today.page.getByRole("row", { name: /Karlstad/ }).innerText()).resolves.toContain("16 juni 2022");
    expect(today.text).toMatch(/16 beslut saknar registrerat datum och kan därför inte placeras på tidslinjen/);
    // The timeline is links: the decision day, and today.
    await today.page.getByRole("link", { name: "16 juni 2022" }).click();
    expect(today.page.url()).toContain("datum=2022-06-16");
    await today.context.close();

    const before = await visit("/varmland/beslut?datum=2022-06-15");
    expect(before.text).toContain("0 av 17 har antagit målbilden den 15 juni 2022");
    await expect(before.page.locator('path[data-code="1780"]').getAttribute("data-status")).resolves.not.toBe("adopted");
    await before.context.close();

    // The date form works without JavaScript; a malformed date is the 400 page.
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${portalUrl}/varmland/beslut`);
    await page.getByLabel("Visa läget ett visst datum").fill("2022-06-16");
    await page.getByRole("button", { name: "Visa" }).click();
    expect(page.url()).toContain("datum=2022-06-16");
    await expect(page.locator('path[data-code="1780"]').getAttribute("data-status")).resolves.toBe("adopted");
    await context.close();
    for (const datum of ["2022-13-45", "2999-01-01"]) {
      const bad = await visit(`/varmland/beslut?datum=${datum}`, 400);
      await bad.context.close();
    }
  });

  it("shows Region Örebro län's decision of 11 February 2022", async () => {
    const { context, page, text } = await visit("/orebro/beslut");
    expect(text).toContain("1 av 13 har antagit målbilden");
    const row = await page.getByRole("row", { name: /Region Örebro län/ }).innerText();
    expect(row).toContain("Har antagit målbilden");
    expect(row).toContain("11 februari 2022");
    expect(row).toContain("Hälso- och sjukvårdsnämnden");
    await context.close();
  });

  it("lists the roadmap's activities with anchors the målbild links to, and filters without JavaScript", async () => {
    const malbild = await newPage(browser, { javaScriptEnabled: false });
    await malbild.page.goto(`${portalUrl}/varmland/malbild`);
    const href = await malbild.page.locator('a[href*="/fardplan#aktivitet-"]').first().getAttribute("href");
    await malbild.context.close();
    const { context, page, text } = await visit("/varmland/fardplan");
    await expect(page.locator(`#${href!.split("#")[1]}`).count()).resolves.toBe(1);
    expect(text).toContain("Exempeldata");
    expect(text).toContain("Mobila resursteam");
    await page.getByLabel("Status").selectOption("planned");
    await page.getByRole("button", { name: "Visa aktiviteter" }).click();
    expect(page.url()).toContain("status=planned");
    const filtered = await page.locator("main").innerText();
    expect(filtered).toContain("Ta fram en länsgemensam färdplan");
    expect(filtered).not.toContain("Mobila resursteam");
    await context.close();
  });

  it("shows both of Fyrbodal's strategies, each on its own page", async () => {
    const list = await visit("/fyrbodal/strategier");
    expect(list.text).toContain("Fyrbodals kommunalförbund arbetar med 2 utvecklingsstrategier");
    expect(list.text).toContain("Kompetensförsörjning och kompetensutveckling");
    const strategies = [
      {
        title: "Länsgemensam utvecklingsstrategi för god och nära vård Västra Götaland",
        facts: [
          "Implementera",
          "Informationsinsatser om den länsgemensamma utvecklingsstrategin",
          "Dialogmöten",
          "Berörda chefsnätverk",
        ],
      },
      {
        title: "Gemensam utvecklingsstrategi för kommunalförbundets medlemskommuner",
        facts: ["Ta fram ny strategi", "Workshop", "Befintliga strategiska nätverk på Fyrbodals kommunalförbund"],
      },
    ];
    const links = list.page.getByRole("main").getByRole("link");
    const paths: string[] = [];
    for (const { title } of strategies) {
      const href = await links.filter({ hasText: title }).getAttribute("href");
      expect(href, title).toMatch(/^\/fyrbodal\/strategier\/[0-9a-f-]{36}$/);
      paths.push(href!);
    }
    expect(new Set(paths).size).toBe(2);
    await list.context.close();
    for (const [i, { title, facts }] of strategies.entries()) {
      const { context, page, text } = await visit(paths[i]!);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe(title);
      // Shared by both: the funding, the period, who commissioned the work.
      for (const fact of [
        ...facts,
        "Goda förutsättningar för vårdens medarbetare",
        "2021–2022",
        "Socialcheferna i medlemskommunerna",
      ])
        expect(text, `${title}: ${fact}`).toContain(fact);
      await context.close();
    }
  });

  it("answers the regions' strategy address with a page that says there are none, and links to the roadmap", async () => {
    for (const { slug, name } of [
      { slug: "varmland", name: "Region Värmland" },
      { slug: "orebro", name: "Region Örebro län" },
    ]) {
      const { context, page, text } = await visit(`/${slug}/strategier`);
      expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("Strategier");
      expect(text).toContain(`${name} har inte publicerat några utvecklingsstrategier.`);
      await expect(page.locator("main .cards").count()).resolves.toBe(0);
      await expect(page.getByRole("main").locator(`a[href="/${slug}/fardplan"]`).count()).resolves.toBe(1);
      // The navigation links to strategies only for a municipal federation, whose way of working they are.
      await expect(
        page
          .getByRole("navigation", { name: /Nära vård i/ })
          .getByRole("link", { name: "Strategier" })
          .count(),
      ).resolves.toBe(0);
      await context.close();
      const missing = await visit(`/${slug}/strategier/00000000-0000-4000-8000-000000000000`, 404);
      await missing.context.close();
    }
    const fyrbodal = await visit("/fyrbodal");
    await expect(
      fyrbodal.page
        .getByRole("navigation", { name: "God och nära vård i Fyrbodal" })
        .getByRole("link", { name: "Strategier" })
        .count(),
    ).resolves.toBe(1);
    await fyrbodal.context.close();
  });

  it("charts Värmland's indicator with the same numbers in a table", async () => {
    const { context, page, text } = await visit("/varmland/uppfoljning");
    const chart = page.locator('svg[role="img"]').first();
    await expect(chart.locator("title").textContent()).resolves.toContain("Andel invånare som upplever att vården är samordnad");
    await expect(chart.locator("desc").textContent()).resolves.toContain("Region Värmland: 58 procent 2021, 61 procent 2022.");
    expect(text).toContain("Exempeldata");
    await expect(page.getByRole("row", { name: /2022/ }).first().innerText()).resolves.toContain("61");
    await context.close();
  });

  it("offers the follow-up report as a real PDF", async () => {
    for (const tenant of tenants) {
      const response = await fetch(`${portalUrl}/${tenant}/rapport.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    }
  });
});
