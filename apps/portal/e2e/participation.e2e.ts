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
  it.each(["varmland", "orebro", "fyrbodal"])("renders %s's events, news, examples, contacts, FAQ, input and search without WCAG violations", async (slug) => {
    for (const path of ["evenemang", "nyheter", "goda-exempel", "kontakt", "vanliga-fragor", "synpunkter", "sok?q=n%C3%A4ra+v%C3%A5rd"]) {
      const { context } = await axeClean(`/${slug}/${path}`);
      await context.close();
    }
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

  it("publishes dated events as iCalendar that a real parser reads", async () => {
    const { token } = await createApiClient({ baseUrl: apiUrl }).auth.login.mutate({ email: "samordnare@varmland.demo", password: "nara-vard-demo" });
    const api = createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland", sessionToken: token });
    const { id } = await api.event.create.mutate({ kind: "dialogue_meeting", title: "Dialogmöte om färdplanen (test)", startsOn: "2027-03-04", endsOn: "2027-03-05", place: "Karlstad" });
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

  it("refuses the honeypot with a clear Swedish message and stores nothing", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${portalUrl}/varmland/synpunkter`);
    await page.getByLabel("Din synpunkt").fill("Köp billiga saker");
    await page.getByLabel("Lämna detta fält tomt").fill("http://spam.example", { force: true });
    await page.getByRole("button", { name: "Skicka synpunkt" }).click();
    expect(await page.getByRole("alert").innerText()).toMatch(/ska vara tomt/);
    await context.close();
  });

  it("asks whether a page was useful, without JavaScript", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await page.goto(`${portalUrl}/orebro/malbild`);
    await page.getByRole("radio", { name: "Ja" }).check();
    await page.getByRole("button", { name: "Skicka svar" }).click();
    expect(page.url()).toContain("/orebro/malbild");
    expect(await page.getByRole("status").innerText()).toContain("Tack för ditt svar");
    await context.close();
  });
});
