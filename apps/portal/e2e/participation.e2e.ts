import { parseFeed } from "@rowanmanning/feed-parser";
import ical, { type VEvent } from "node-ical";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient } from "@naravard/api/client";
import { adminUrl, launchBrowser, newPage, portalUrl, wcagViolations } from "@naravard/e2e";

const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function axeClean(path: string) {
  const { context, page } = await newPage(browser);
  const response = await page.goto(`${portalUrl}${path}`);
  expect(response?.status(), path).toBe(200);
  expect(await wcagViolations(page), `WCAG violations on ${path}`).toEqual([]);
  return { context, page };
}

describe("participation pages", () => {
  it.each(["varmland", "orebro", "fyrbodal"])(
    "renders %s's events, news, examples, contacts, FAQ, input and search without WCAG violations",
    async (slug) => {
      for (const path of [
        "evenemang",
        "nyheter",
        "goda-exempel",
        "kontakt",
        "vanliga-fragor",
        "synpunkter",
        "sok?q=n%C3%A4ra+v%C3%A5rd",
      ]) {
        const { context } = await axeClean(`/${slug}/${path}`);
        await context.close();
      }
    },
  );

  // Every programme with such items in the seed: Värmland's events and good examples, Värmland's and Örebro's news.
  it.each([
    {
      list: "/varmland/evenemang",
      title: "Ledning och styrning för Nära vård",
      facts: [
        "Seminarium",
        "2021 (datum okänt)",
        "Seminarium från fokusveckan.",
        "Bildspel ”Ledning och styrning för Nära vård”",
        "filen finns inte i plattformen",
      ],
    },
    {
      list: "/varmland/nyheter",
      title: "Hela Värmland står bakom utvecklingen till god och nära vård",
      facts: ["Nu har Värmlands samtliga kommuner och Region Värmland sagt ja", "Länsgemensam färdplan nästa steg"],
    },
    {
      list: "/orebro/nyheter",
      title: "Målbild antagen för framtidens vård och omsorg",
      facts: ["11 februari 2022", "Karin Sundin (S), hälso- och sjukvårdsnämndens ordförande"],
    },
    {
      list: "/varmland/goda-exempel",
      title: "Värdegrundsinternat i Karlstad",
      facts: ["Karlstads kommun arbetar med värdegrundsinternat", "Peter Nylander, verksamhetschef"],
    },
    {
      list: "/varmland/goda-exempel",
      title: "Mobila resursteam – Karlstads kommun och Region Värmland",
      facts: ["Hur kan olika huvudmän arbeta mer gemensamt?", "Samarbetet i de mobila resursteamen"],
    },
  ])("shows $title on its own page in Swedish, from $list", async ({ list, title, facts }) => {
    const { context, page } = await axeClean(list);
    const href = await page.getByRole("main").getByRole("link", { name: title, exact: true }).getAttribute("href");
    expect(href, title).toMatch(new RegExp(`^${list}/[0-9a-f-]{36}$`));
    await context.close();
    const item = await axeClean(href!);
    expect(await item.page.getAttribute("html", "lang")).toBe("sv");
    expect(await item.page.getByRole("heading", { level: 1 }).innerText()).toBe(title);
    expect(await item.page.title()).toMatch(new RegExp(`^${title} – `));
    const text = await item.page.locator("main").innerText();
    for (const fact of facts) expect(text, `${href}: ${fact}`).toContain(fact);
    await item.context.close();
  });

  it("shows Värmland's focus weeks and seminars with unknown dates, and Fyrbodal's contact", async () => {
    const events = await axeClean("/varmland/evenemang");
    const text = await events.page.locator("main").innerText();
    expect(text).toContain("Fokusvecka om Nära vård (1 av 2)");
    expect(text).toContain("Ledning och styrning för Nära vård");
    expect(text).toContain("2021 (datum okänt)");
    await events.context.close();
    const contact = await axeClean("/fyrbodal/kontakt");
    expect(await contact.page.locator("main").innerText()).toContain("Lidija Beljic");
    await contact.context.close();
  });

  it("publishes news as RSS that a real feed parser reads", async () => {
    const res = await fetch(`${portalUrl}/orebro/nyheter.rss`);
    expect(res.headers.get("content-type")).toMatch(/rss\+xml/);
    const feed = parseFeed(await res.text());
    expect(feed.title).toBe("Nära vård i Örebro län – nyheter");
    const item = feed.items.find((i) => i.title === "Målbild antagen för framtidens vård och omsorg");
    expect(item?.published?.toISOString().slice(0, 10)).toBe("2022-02-11");
  });

  it.each([
    { slug: "varmland", name: "Nära vård i Värmland", news: ["Hela Värmland står bakom utvecklingen till god och nära vård"] },
    { slug: "orebro", name: "Nära vård i Örebro län", news: ["Målbild antagen för framtidens vård och omsorg"] },
    { slug: "fyrbodal", name: "God och nära vård i Fyrbodal", news: [] },
  ])("publishes $slug's news as RSS and its events as iCalendar, both read by real parsers", async ({ slug, name, news }) => {
    const rss = await fetch(`${portalUrl}/${slug}/nyheter.rss`);
    expect(rss.status).toBe(200);
    expect(rss.headers.get("content-type")).toMatch(/rss\+xml/);
    const feed = parseFeed(await rss.text());
    expect(feed.title).toBe(`${name} – nyheter`);
    expect(feed.items.map((i) => i.title)).toEqual(news);
    const ics = await fetch(`${portalUrl}/${slug}/evenemang.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toMatch(/text\/calendar/);
    const text = await ics.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    // The seed's events have a year only (Värmland's 2021 focus weeks): none is given an invented date.
    expect(Object.values(ical.sync.parseICS(text)).filter((c) => c?.type === "VEVENT")).toEqual([]);
  });

  it("publishes dated events as iCalendar that a real parser reads", async () => {
    const { token } = await createApiClient({ baseUrl: apiUrl }).auth.login.mutate({
      email: "samordnare@varmland.demo",
      password: "nara-vard-demo",
    });
    const api = createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland", sessionToken: token });
    const { id } = await api.event.create.mutate({
      kind: "dialogue_meeting",
      title: "Dialogmöte om färdplanen (test)",
      startsOn: "2027-03-04",
      endsOn: "2027-03-05",
      place: "Karlstad",
    });
    try {
      const res = await fetch(`${portalUrl}/varmland/evenemang.ics`);
      expect(res.headers.get("content-type")).toMatch(/text\/calendar/);
      const parsed = ical.sync.parseICS(await res.text());
      const events = Object.values(parsed).filter((c): c is VEvent => c?.type === "VEVENT");
      const event = events.find((e) => e.summary === "Dialogmöte om färdplanen (test)");
      expect(event?.location).toBe("Karlstad");
      expect(event?.datetype).toBe("date");
      // Undated events (the 2021 focus weeks) are left out rather than given an invented date.
      expect(events.every((e) => !String(e.summary).startsWith("Fokusvecka"))).toBe(true);
    } finally {
      await api.event.delete.mutate({ eventId: id });
    }
  });

  it("takes input without JavaScript, is moderated in admin, and shows it published", async () => {
    const text = `Hur når vi unga invånare? (test ${Date.now()})`;
    const visitor = await newPage(browser, { javaScriptEnabled: false });
    await visitor.page.goto(`${portalUrl}/varmland/synpunkter`);
    await visitor.page.getByLabel("Din synpunkt").fill(text);
    await visitor.page.getByRole("button", { name: "Skicka synpunkt" }).click();
    expect(await visitor.page.locator("#tack").innerText()).toContain("granskas innan den publiceras");
    expect(await visitor.page.locator("main").innerText()).not.toContain(text);

    const coordinator = await newPage(browser, { javaScriptEnabled: false });
    await coordinator.page.goto(`${adminUrl}/logga-in`);
    await coordinator.page.getByLabel("E-postadress").fill("samordnare@varmland.demo");
    await coordinator.page.getByLabel("Lösenord").fill("nara-vard-demo");
    await coordinator.page.getByRole("button", { name: "Logga in" }).click();
    await coordinator.page.goto(`${adminUrl}/varmland/synpunkter`);
    await coordinator.page.getByLabel(`Välj synpunkten: ”${text}”`).check();
    await coordinator.page.getByRole("button", { name: "Publicera valda" }).click();
    expect(await coordinator.page.locator("main").innerText()).toContain("1 synpunkt publicerade.");
    await coordinator.context.close();

    await visitor.page.goto(`${portalUrl}/varmland/synpunkter`);
    expect(await visitor.page.locator("main").innerText()).toContain(text);
    await visitor.context.close();
  });

  it("shows the published answers 50 to a page, with links to older and newer ones, without JavaScript", async () => {
    const run = Date.now();
    const { token } = await createApiClient({ baseUrl: apiUrl }).auth.login.mutate({ email: "samordnare@varmland.demo", password: "nara-vard-demo" });
    const coordinator = createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland", sessionToken: token });
    const questionId = (await createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland" }).publicInput.list.query()).questions[0]!.id;
    // 51 answers from 51 addresses (the limit is five an hour from one), published together.
    const texts = Array.from({ length: 51 }, (_, i) => `Sidad synpunkt ${String(i + 1).padStart(2, "0")} (test ${run})`);
    const submit = (i: number) =>
      createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland", clientAddress: `10.51.0.${i}` }).publicInput.submit.mutate({ questionId, text: texts[i]! });
    // The first alone, the middle together, the last alone: the oldest and the newest are known.
    await submit(0);
    await Promise.all(texts.slice(1, 50).map((_, i) => submit(i + 1)));
    await submit(50);
    const queued = (await coordinator.publicInput.queue.query()).filter((e) => texts.includes(e.text));
    expect(queued).toHaveLength(51);
    await coordinator.publicInput.moderate.mutate({ entryIds: queued.map((e) => e.id), decision: "published" });

    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${portalUrl}/varmland/synpunkter`);
    const main = () => page.locator("main").innerText();
    expect(await main()).toContain(texts[50]);
    expect(await main()).not.toContain(texts[0]);
    await page.getByRole("navigation", { name: "Sidor med publicerade synpunkter" }).getByRole("link", { name: "Äldre synpunkter" }).click();
    expect(new URL(page.url()).searchParams.get("sida")).toBe("2");
    expect(await main()).toContain(texts[0]);
    expect(await main()).not.toContain(texts[50]);
    await page.getByRole("link", { name: "Nyare synpunkter" }).click();
    expect(new URL(page.url()).searchParams.get("sida")).toBeNull();
    expect(await main()).toContain(texts[50]);
    for (const bad of ["0", "-1", "tre", "1.5", "99999"]) expect((await page.goto(`${portalUrl}/varmland/synpunkter?sida=${bad}`))?.status(), bad).toBe(404);
    await context.close();
  }, 240_000);

  it("refuses the honeypot with a clear Swedish message and stores nothing", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${portalUrl}/varmland/synpunkter`);
    await page.getByLabel("Din synpunkt").fill("Köp billiga saker");
    await page.getByLabel("Lämna detta fält tomt").fill("http://spam.example", { force: true });
    await page.getByRole("button", { name: "Skicka synpunkt" }).click();
    expect(await page.getByRole("alert").innerText()).toMatch(/ska vara tomt/);
    await context.close();
  });

  it.each(["/orebro/malbild", "/varmland/evenemang", "/fyrbodal/strategier"])(
    "asks whether %s was useful, without JavaScript",
    async (path) => {
      const { context, page } = await newPage(browser, { javaScriptEnabled: false });
      await page.goto(`${portalUrl}${path}`);
      await page.getByRole("radio", { name: "Ja" }).check();
      await page.getByRole("button", { name: "Skicka svar" }).click();
      expect(new URL(page.url()).pathname).toBe(path);
      expect(await page.getByRole("status").innerText()).toContain("Tack för ditt svar");
      await context.close();
    },
  );
});
