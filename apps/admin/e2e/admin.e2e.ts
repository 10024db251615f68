/**
 * The coordinators' admin in a real browser: signing in, editing the målbild with and without
 * JavaScript, tenant isolation and WCAG 2.1 AA. Every test that changes a statement puts the
 * original text back (through the API too, should the browser steps fail half-way), so the tests
 * can run in any order and leave the seeded data as they found it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createApiClient } from "@naravard/api/client";
import { adminUrl, launchBrowser, newPage, portalUrl, wcagViolations } from "@naravard/e2e";

const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";
const coordinator = { email: "samordnare@varmland.demo", password: "nara-vard-demo" };

let browser: Browser;
let original: { id: string; text: string; revision: number };
let seededIds: Set<string>;

/** Värmland's standalone statements, as the public API shows them now. */
async function statements() {
  const malbild = await createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland" }).malbild.current.query();
  if (malbild.statements.length === 0) throw new Error("Värmlands målbild saknar påståenden; kör seed först.");
  return malbild.statements.map(({ id, text, revision }) => ({ id, text, revision }));
}

const firstStatement = async () => (await statements())[0]!;

/** Puts back the first statement's text and removes statements a test added. */
async function restoreVarmland() {
  const now = await statements();
  const added = now.filter((s) => !seededIds.has(s.id));
  if (now[0]!.text === original.text && added.length === 0) return;
  const { token } = await createApiClient({ baseUrl: apiUrl }).auth.login.mutate(coordinator);
  const api = createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland", sessionToken: token });
  if (now[0]!.text !== original.text)
    await api.malbild.updateStatement.mutate({
      statementId: original.id,
      text: original.text,
      expectedRevision: now[0]!.revision,
    });
  for (const s of added) await api.malbild.removeStatement.mutate({ statementId: s.id });
  await api.auth.logout.mutate();
}

async function signIn(page: Page, { email, password } = coordinator) {
  await page.goto(`${adminUrl}/logga-in`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

async function openMalbild(page: Page) {
  await signIn(page);
  // One membership: the start page goes straight to the programme.
  await page.waitForURL(`${adminUrl}/varmland`);
  await page.getByRole("link", { name: "Redigera målbilden" }).click();
  await page.getByRole("heading", { level: 1, name: "Redigera målbilden" }).waitFor();
}

const statusMessage = (page: Page, text: string) => page.getByRole("status").getByText(text, { exact: true });

beforeAll(async () => {
  browser = await launchBrowser();
  const seeded = await statements();
  original = seeded[0]!;
  seededIds = new Set(seeded.map((s) => s.id));
});

afterEach(restoreVarmland);

afterAll(async () => {
  await browser?.close();
});

describe("logga in", () => {
  it.each([
    ["på", true],
    ["av", false],
  ])("says in Swedish that the e-mail or password is wrong (JavaScript %s)", async (_label, javaScriptEnabled) => {
    const { context, page } = await newPage(browser, { javaScriptEnabled });
    await signIn(page, { email: coordinator.email, password: "fel-lösenord" });
    await page.getByRole("alert").getByText("Fel e-postadress eller lösenord.").waitFor();
    // The e-mail address stays; the password is never sent back.
    expect(await page.getByLabel("E-postadress").inputValue()).toBe(coordinator.email);
    expect(await page.getByLabel("Lösenord").inputValue()).toBe("");
    await context.close();
  });
});

describe("redigera målbilden", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`saves a statement that then shows on the portal (JavaScript ${javaScriptEnabled ? "på" : "av"})`, async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled });
      await openMalbild(page);
      const field = page.getByLabel("Påstående 1", { exact: true });
      expect(await field.inputValue()).toBe(original.text);

      const edited = `${original.text} (e2e ${javaScriptEnabled ? "js" : "utan js"} ${Date.now()})`;
      await field.fill(edited);
      await page.getByRole("button", { name: "Spara påstående 1" }).click();
      await statusMessage(page, "Påståendet är sparat.").waitFor();
      expect(await page.getByLabel("Påstående 1", { exact: true }).inputValue()).toBe(edited);
      // The page returns to the statement just saved; a keyboard user keeps their place.
      expect(new URL(page.url()).hash).toBe(`#pastaende-${original.id}`);
      if (javaScriptEnabled) expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Spara påstående 1");

      await page.goto(`${portalUrl}/varmland/malbild`);
      await page.getByText(edited).first().waitFor();
      await context.close();
    });
  }

  it("answers 404 for another region's målbild, exactly as for a missing page", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page);
    await page.waitForURL(`${adminUrl}/varmland`);
    for (const path of ["/orebro/malbild", "/orebro", "/finns-inte/malbild"]) {
      const response = await page.goto(`${adminUrl}${path}`);
      expect(response?.status(), path).toBe(404);
      await page.getByRole("heading", { level: 1, name: "Sidan finns inte" }).waitFor();
    }
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`shows Swedish field errors and keeps what was typed (JavaScript ${javaScriptEnabled ? "på" : "av"})`, async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled });
      await openMalbild(page);

      await page.getByLabel("Påstående 1", { exact: true }).fill("");
      await page.getByRole("button", { name: "Spara påstående 1" }).click();
      await page.getByText("Skriv påståendet.").waitFor();
      const emptied = page.getByLabel("Påstående 1", { exact: true });
      expect(await emptied.inputValue()).toBe("");
      expect(await emptied.getAttribute("aria-invalid")).toBe("true");

      await page.getByLabel("Nytt påstående").fill("Ja");
      await page.getByRole("button", { name: "Lägg till påståendet" }).click();
      await page.getByText("Påståendet måste ha minst 3 tecken.").waitFor();
      const added = page.getByLabel("Nytt påstående");
      expect(await added.inputValue()).toBe("Ja");
      const describedBy = (await added.getAttribute("aria-describedby")) ?? "";
      const errorId = describedBy.split(" ").find((id) => id.endsWith("-error"));
      expect(errorId).toBeTruthy();
      expect(await page.locator(`[id="${errorId}"]`).textContent()).toContain("Påståendet måste ha minst 3 tecken.");

      // Nothing was saved.
      expect((await firstStatement()).text).toBe(original.text);
      await context.close();
    });
  }

  for (const javaScriptEnabled of [true, false]) {
    it(`adds a statement and removes it after a confirmation step (JavaScript ${javaScriptEnabled ? "på" : "av"})`, async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled });
      await openMalbild(page);
      const text = `Jag testar e2e ${javaScriptEnabled ? "js" : "utan js"} ${Date.now()}`;
      await page.getByLabel("Nytt påstående").fill(text);
      await page.getByRole("button", { name: "Lägg till påståendet" }).click();
      await statusMessage(page, "Påståendet är tillagt.").waitFor();
      expect(await page.getByLabel("Nytt påstående").inputValue()).toBe("");

      const label =
        (await page
          .locator("label", { hasText: /^Påstående \d+$/ })
          .last()
          .textContent()) ?? "";
      expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe(text);
      const removeButton = page.getByRole("button", { name: `Ta bort ${label.toLowerCase()}` });
      const question = page.getByText(`Vill du ta bort ${label.toLowerCase()}?`);

      // Changing one's mind removes nothing and returns to the button.
      await removeButton.click();
      await question.waitFor();
      await page.getByRole("link", { name: "Avbryt" }).click();
      await question.waitFor({ state: "detached" });
      if (javaScriptEnabled)
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Ta bort ${label.toLowerCase()}`);
      expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe(text);

      await removeButton.click();
      await question.waitFor();
      await page.getByRole("button", { name: "Ja, ta bort påståendet" }).click();
      await statusMessage(page, "Påståendet är borttaget.").waitFor();
      expect(await page.getByText(text).count()).toBe(0);
      expect((await statements()).map((s) => s.id)).toEqual([...seededIds]);
      await context.close();
    });
  }
});

describe("tillgänglighet", () => {
  it("has no WCAG 2.1 A/AA violations on the login page, the overview and the målbild editor", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${adminUrl}/logga-in`);
    expect(await wcagViolations(page), "/logga-in").toEqual([]);

    await signIn(page);
    await page.waitForURL(`${adminUrl}/varmland`);
    expect(await wcagViolations(page), "/varmland").toEqual([]);

    await page.goto(`${adminUrl}/varmland/malbild`);
    expect(await wcagViolations(page), "/varmland/malbild").toEqual([]);

    // The editor with an error showing, and a 404, must pass too.
    await page.getByLabel("Påstående 1", { exact: true }).fill("");
    await page.getByRole("button", { name: "Spara påstående 1" }).click();
    await page.getByText("Skriv påståendet.").waitFor();
    expect(await wcagViolations(page), "/varmland/malbild med fel").toEqual([]);

    await page.goto(`${adminUrl}/orebro/malbild`);
    expect(await wcagViolations(page), "404").toEqual([]);
    await context.close();
  });

  it("can be used with the keyboard alone, and signing out ends the session", async () => {
    const { context, page } = await newPage(browser);
    await page.goto(`${adminUrl}/logga-in`);
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Hoppa till huvudinnehållet" });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");

    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.type(coordinator.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(coordinator.password);
    await page.keyboard.press("Enter");
    await page.waitForURL(`${adminUrl}/varmland`);

    // Signing out ends the session: the programme's pages ask for a login again.
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(`${adminUrl}/logga-in`);
    await page.goto(`${adminUrl}/varmland/malbild`);
    expect(page.url()).toBe(`${adminUrl}/logga-in?redirectTo=%2Fvarmland%2Fmalbild`);
    // … and after it, back to the page that was asked for.
    await page.getByLabel("E-postadress").fill(coordinator.email);
    await page.getByLabel("Lösenord").fill(coordinator.password);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${adminUrl}/varmland/malbild`);
    await context.close();
  });
});
