/**
 * The participation and communication pages in a real browser: an event with a PDF slide deck
 * that the portal serves byte for byte, a file that is not a PDF refused in Swedish, a news item
 * whose script the API removes before the portal shows it, "Nej" page feedback sent from the
 * portal without JavaScript and read in the admin, and WCAG 2.1 AA on every new page. What a test
 * adds is removed through the API afterwards, also when the browser steps fail half-way. Page
 * feedback cannot be removed (nobody may delete the public's answers); it lands in the throwaway
 * database the e2e run starts from, and is marked with a unique comment. Contacts and questions
 * are tested in contacts-questions.e2e.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { adminUrl, launchBrowser, newPage, portalUrl, wcagViolations } from "@naravard/e2e";
import { asCoordinator, coordinator, publicApi, signIn, statusMessage, tenant } from "./participation-helpers.ts";

let browser: Browser;
const seeded = { events: new Set<string>(), articles: new Set<string>() };

const events = () => publicApi.event.list.query();
const articles = () => publicApi.article.list.query({});

/** Removes the events (with their materials) and articles a test added. */
async function restore() {
  const addedEvents = (await events()).filter((e) => !seeded.events.has(e.id));
  const addedArticles = (await articles()).filter((a) => !seeded.articles.has(a.id));
  if (!addedEvents.length && !addedArticles.length) return;
  await asCoordinator(async (api) => {
    for (const e of addedEvents) await api.event.delete.mutate({ eventId: e.id });
    for (const a of addedArticles) await api.article.delete.mutate({ articleId: a.id });
  });
}

/** The smallest PDF a reader opens: one empty page, with a correct cross-reference table. */
function tinyPdf(): Buffer {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

beforeAll(async () => {
  browser = await launchBrowser();
  seeded.events = new Set((await events()).map((e) => e.id));
  seeded.articles = new Set((await articles()).map((a) => a.id));
});

afterEach(restore);

afterAll(async () => {
  await browser?.close();
});

describe("evenemang", () => {
  for (const javaScriptEnabled of [false, true]) {
    it(`creates an undated event, uploads a PDF that the portal serves unchanged, refuses a file that is not a PDF, and dates the event (JavaScript ${javaScriptEnabled ? "på" : "av"})`, async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled });
      await signIn(page);
      await page.goto(`${adminUrl}/${tenant}/evenemang`);
      const create = page.locator("form", { has: page.getByRole("button", { name: "Skapa evenemanget" }) });
      await create.getByLabel("Rubrik").fill("Seminarium om e2e-testad nära vård");
      await create.getByLabel("Typ").selectOption({ label: "Seminarium" });
      await create.getByLabel("Politiker").check();
      await create.getByLabel("Plats").fill("Stadshuset, Karlstad");
      // No date: the date is not decided yet, which the domain allows.
      await create.getByRole("button", { name: "Skapa evenemanget" }).click();
      await statusMessage(page, "Evenemanget är skapat. Lägg till material nedan.").waitFor();
      const eventId = new URL(page.url()).pathname.split("/").at(-1)!;
      await page.getByText("Datum inte bestämt").waitFor();

      const pdf = tinyPdf();
      const upload = page.locator("form", { has: page.getByRole("button", { name: "Ladda upp bildspelet" }) });
      await upload.getByLabel("Rubrik").fill("Bildspel från seminariet");
      await upload.getByLabel("Fil (PDF)").setInputFiles({ name: "bildspel.pdf", mimeType: "application/pdf", buffer: pdf });
      await upload.getByRole("button", { name: "Ladda upp bildspelet" }).click();
      await statusMessage(page, "Bildspelet ”Bildspel från seminariet” är uppladdat.").waitFor();

      // A text file named .pdf: refused next to the file field, in Swedish, and nothing is stored.
      const again = page.locator("form", { has: page.getByRole("button", { name: "Ladda upp bildspelet" }) });
      await again.getByLabel("Rubrik").fill("Inte ett bildspel");
      await again
        .getByLabel("Fil (PDF)")
        .setInputFiles({ name: "bildspel.pdf", mimeType: "application/pdf", buffer: Buffer.from("Hej, jag är ingen PDF.") });
      await again.getByRole("button", { name: "Ladda upp bildspelet" }).click();
      await again.getByText("Filen är inte en PDF. Ladda upp bildspelet som PDF.").waitFor();
      const fileField = again.getByLabel("Fil (PDF)");
      expect(await fileField.getAttribute("aria-invalid")).toBe("true");
      expect(await fileField.getAttribute("aria-describedby")).toContain(`${await fileField.getAttribute("id")}-error`);
      expect(await again.getByLabel("Rubrik").inputValue()).toBe("Inte ett bildspel");
      const saved = (await events()).find((e) => e.id === eventId)!;
      expect(saved.materials.map((m) => m.title)).toEqual(["Bildspel från seminariet"]);

      // Once the date is decided, it is set.
      await page.getByRole("button", { name: "Ändra uppgifterna" }).click();
      const edit = page.locator("form", { has: page.getByRole("button", { name: "Spara evenemanget" }) });
      await edit.getByLabel("Startdatum").fill("2031-05-12");
      await edit.getByRole("button", { name: "Spara evenemanget" }).click();
      await statusMessage(page, "Evenemanget är sparat.").waitFor();
      await page.getByText("Seminarium · Regionalt · 12 maj 2031").waitFor();

      // The portal lists the event with its slide deck, and the download is the same bytes.
      await page.goto(`${portalUrl}/${tenant}/evenemang/${eventId}`);
      await page.getByRole("heading", { name: "Seminarium om e2e-testad nära vård" }).waitFor();
      const link = page.getByRole("link", { name: /Bildspel från seminariet \(PDF/ });
      const response = await page.request.get(new URL((await link.getAttribute("href"))!, page.url()).href);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toBe("application/pdf");
      expect(Buffer.compare(await response.body(), pdf)).toBe(0);
      await context.close();
    });
  }

  it("removes an event after asking, with its materials (JavaScript på)", async () => {
    let eventId = "";
    await asCoordinator(async (api) => {
      eventId = (await api.event.create.mutate({ kind: "workshop", title: "Workshop att ta bort" })).id;
      await api.event.addLink.mutate({ eventId, title: "Inspelning", url: "https://example.se/inspelning" });
    });
    const { context, page } = await newPage(browser);
    await signIn(page);
    await page.goto(`${adminUrl}/${tenant}/evenemang/${eventId}`);
    await page.getByRole("link", { name: "Inspelning (extern länk)" }).waitFor();
    await page.getByRole("button", { name: "Ta bort evenemanget" }).click();
    await page.getByText("Vill du ta bort evenemanget Workshop att ta bort?").waitFor();
    expect(await wcagViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Ja, ta bort evenemanget" }).click();
    await statusMessage(page, "Evenemanget och dess material är borttagna.").waitFor();
    expect((await events()).some((e) => e.id === eventId)).toBe(false);
    // Another programme's event, or a removed one, is a page that does not exist.
    expect((await page.goto(`${adminUrl}/${tenant}/evenemang/${eventId}`))?.status()).toBe(404);
    await context.close();
  });
});

describe("nyheter", () => {
  it("saves a news item with a script, says the script was removed, and the portal shows it without the script", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page);
    await page.goto(`${adminUrl}/${tenant}/nyheter`);
    const form = page.locator("form", { has: page.getByRole("button", { name: "Spara nyheten" }) });
    await form.getByLabel("Rubrik").fill("Nyhet med skript från e2e");
    await form
      .getByLabel("Text", { exact: true })
      .fill('<p>Välkommen till fokusveckan.</p><script>window.__injected = "ja"</script><p onclick="alert(1)">Mer</p>');
    await form.getByLabel("Taggar").fill("fokusvecka, e2e");
    await form.getByLabel("Arvika").check();
    await form.getByRole("button", { name: "Spara nyheten" }).click();
    await statusMessage(page, "Nyheten är sparad. Skript och annan HTML som inte är tillåten togs bort ur texten.").waitFor();
    await page.getByText("Taggar: fokusvecka, e2e · Gäller Arvika").waitFor();

    const article = (await articles()).find((a) => a.title === "Nyhet med skript från e2e")!;
    expect(article.body).not.toContain("script");
    expect(article.body).not.toContain("onclick");
    await page.goto(`${portalUrl}/${tenant}/nyheter/${article.id}`);
    await page.getByText("Välkommen till fokusveckan.").waitFor();
    const html = await page.content();
    expect(html).not.toContain("__injected");
    expect(html).not.toContain("alert(1)");
    await context.close();
  });

  it("shows an article field's error in Swedish next to the field (JavaScript på)", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page);
    await page.goto(`${adminUrl}/${tenant}/goda-exempel`);
    expect(await wcagViolations(page)).toEqual([]);
    const form = page.locator("form", { has: page.getByRole("button", { name: "Spara exemplet" }) });
    await form.getByLabel("Rubrik").fill("Ex");
    await form.getByRole("button", { name: "Spara exemplet" }).click();
    await form.getByText("Rubriken måste ha minst 3 tecken.").waitFor();
    expect(await form.getByLabel("Rubrik").getAttribute("aria-invalid")).toBe("true");
    await context.close();
  });
});

describe("sidfeedback", () => {
  it("a 'Nej' sent from a portal page without JavaScript shows up in the admin's page feedback", async () => {
    const comment = `Saknar kontaktuppgifter (e2e ${Date.now()})`;
    const portal = await newPage(browser, { javaScriptEnabled: false });
    await portal.page.goto(`${portalUrl}/${tenant}/kontakt`);
    const feedback = portal.page.locator("#sidfeedback-svar");
    await feedback.getByLabel("Nej").check();
    await feedback.getByLabel(/Vill du berätta mer/).fill(comment);
    await feedback.getByRole("button", { name: "Skicka svar" }).click();
    await portal.page.getByText("Tack för ditt svar!").waitFor();
    await portal.context.close();

    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page);
    await page.goto(`${adminUrl}/${tenant}/sidfeedback`);
    const section = page.locator("section", { has: page.getByRole("heading", { name: `/${tenant}/kontakt` }) });
    await section.getByText(`”${comment}”`).waitFor();
    const row = section.getByRole("table").getByRole("row").last();
    expect(Number(await row.getByRole("cell").nth(1).textContent())).toBeGreaterThanOrEqual(1);
    await context.close();
  });
});

describe("tenant isolation", () => {
  it("another programme's event looks missing (404)", async () => {
    const event = (await events())[0]!;
    const { context, page } = await newPage(browser);
    await signIn(page, { email: "samordnare@orebro.demo", password: coordinator.password }, "orebro");
    expect((await page.goto(`${adminUrl}/orebro/evenemang/${event.id}`))?.status()).toBe(404);
    await context.close();
  });
});

describe("WCAG 2.1 AA", () => {
  // axe runs as a script in the page, so these pages are checked with JavaScript on.
  it("has no violations on the new pages, nor with an edit form open", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page);
    const event = (await events())[0]!;
    const contact = (await publicApi.contact.list.query())[0]!;
    const paths = [
      "evenemang",
      `evenemang/${event.id}`,
      `evenemang/${event.id}?andra=${event.id}`,
      "nyheter",
      "goda-exempel",
      "kontakt",
      `kontakt?andra=${contact.id}`,
      "synpunkter/fragor",
      "sidfeedback",
    ];
    for (const path of paths) {
      await page.goto(`${adminUrl}/${tenant}/${path}`);
      expect({ path, violations: await wcagViolations(page) }).toEqual({ path, violations: [] });
    }
    await context.close();
  });
});
