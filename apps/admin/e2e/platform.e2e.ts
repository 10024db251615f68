/**
 * The platform's own pages in a real browser: a platform administrator onboards a fourth county
 * without JavaScript and its portal and admin work at once; a coordinator renames a term and
 * changes the colour (and a too light colour is refused); a målbild version goes through its life
 * cycle. Settings and version statuses are put back through the API afterwards. The onboarded
 * programme stays, as there is no way to remove one: it gets a fresh code each run.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { createApiClient } from "@naravard/api/client";
import { municipalitiesInCounty } from "@naravard/domain";
import { adminUrl, launchBrowser, newPage, portalUrl, wcagViolations } from "@naravard/e2e";

const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";
const password = "nara-vard-demo";
const platformAdmin = { email: "plattform@naravard.demo", password };
const varmland = { email: "samordnare@varmland.demo", password };
const orebro = { email: "samordnare@orebro.demo", password };

type Api = ReturnType<typeof createApiClient>;
let browser: Browser;

/** Runs `work` with a signed-in API client for `tenant`, then ends that session. */
async function signedIn<T>(
  user: { email: string; password: string },
  tenant: string,
  work: (api: Api) => Promise<T>,
): Promise<T> {
  const { token } = await createApiClient({ baseUrl: apiUrl }).auth.login.mutate(user);
  const api = createApiClient({ baseUrl: apiUrl, tenantSlug: tenant, sessionToken: token });
  try {
    return await work(api);
  } finally {
    await api.auth.logout.mutate();
  }
}

async function signIn(page: Page, user: { email: string; password: string }, landing: string) {
  await page.goto(`${adminUrl}/logga-in`);
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(`${adminUrl}${landing}`);
}

/**
 * WCAG on `url` in a scripted copy of `context` (same session): axe-core runs as a script, so it
 * cannot check a page in a context that has scripts turned off.
 */
async function wcagOn(context: BrowserContext, url: string, prepare?: (page: Page) => Promise<void>) {
  const scripted = await browser.newContext({ locale: "sv-SE", storageState: await context.storageState() });
  try {
    const page = await scripted.newPage();
    await page.goto(url);
    await prepare?.(page);
    return await wcagViolations(page);
  } finally {
    await scripted.close();
  }
}

const statusMessage = (page: Page, text: string) => page.getByRole("status").getByText(text, { exact: true });
const mode = (javaScriptEnabled: boolean) => `JavaScript ${javaScriptEnabled ? "på" : "av"}`;

const varmlandSettings = () => createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland" }).tenant.settings.query();
let originalSettings: Awaited<ReturnType<typeof varmlandSettings>>;

const orebroVersions = () => signedIn(orebro, "orebro", (api) => api.malbildVersion.listAll.query());
let originalVersions: Awaited<ReturnType<typeof orebroVersions>>;

/** Puts Värmland's settings back and takes Örebro's versions back to where they were (a new draft cannot be removed, only left as a draft). */
async function restore() {
  const now = await varmlandSettings();
  // The revision moves with every save; what matters is whether the values are back.
  const values = ({ revision: _r, ...rest }: typeof now) => JSON.stringify(rest);
  if (values(now) !== values(originalSettings)) {
    const { accentColor, logoText, terms } = originalSettings;
    await signedIn(varmland, "varmland", (api) =>
      api.tenant.updateSettings.mutate({ accentColor, logoText, terms, expectedRevision: now.revision }),
    );
  }
  const versions = await orebroVersions();
  const open = versions.filter(
    (v) => v.status === "consultation" && originalVersions.find((o) => o.id === v.id)?.status !== "consultation",
  );
  if (open.length)
    await signedIn(orebro, "orebro", async (api) => {
      for (const v of open) await api.malbildVersion.changeStatus.mutate({ malbildId: v.id, status: "draft" });
    });
}

beforeAll(async () => {
  browser = await launchBrowser();
  originalSettings = await varmlandSettings();
  originalVersions = await orebroVersions();
});

afterEach(restore);

afterAll(async () => {
  await browser?.close();
});

describe("plattform", () => {
  it("onboards Region Jämtland Härjedalen without JavaScript; its portal shows the county's map and its admin works", async () => {
    const run = Date.now().toString(36);
    const slug = `jamtland-${run}`;
    const coordinatorEmail = `samordnare-${run}@jamtland.demo`;
    const jamtland = municipalitiesInCounty("23");
    expect(jamtland).toHaveLength(8);

    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, platformAdmin, "/");
    expect(await wcagOn(context, `${adminUrl}/`), "/").toEqual([]);
    await page.getByRole("link", { name: "Se alla program och lägg till en ny region eller ett nytt förbund" }).click();
    await page.waitForURL(`${adminUrl}/plattform`);
    expect(await wcagOn(context, `${adminUrl}/plattform`), "/plattform").toEqual([]);
    for (const name of ["Nära vård i Värmland", "Nära vård i Örebro län", "God och nära vård i Fyrbodal"])
      await page.getByRole("link", { name: `Portalen för ${name}` }).waitFor();

    // Step one is a GET form: the county's municipalities come with the next page.
    await page.getByLabel("Län").selectOption("23");
    await page.getByRole("button", { name: "Visa länets kommuner" }).click();
    await page.waitForURL(`${adminUrl}/plattform?lan=23`);
    expect(await wcagOn(context, `${adminUrl}/plattform?lan=23`), "/plattform?lan=23").toEqual([]);
    const members = page.getByRole("group", { name: "Kommuner i Jämtlands län" });
    expect(await members.getByRole("checkbox").count()).toBe(8);
    for (const m of jamtland) expect(await members.getByRole("checkbox", { name: m.name }).isChecked(), m.name).toBe(true);
    expect(await page.getByLabel("Organisationens namn").inputValue()).toBe("Region Jämtland Härjedalen");

    // A code already in use is refused next to its field, and what was typed stays.
    await page.getByLabel("Programkod").fill("varmland");
    await page.getByLabel("Första samordnarens e-postadress").fill(coordinatorEmail);
    await page.getByRole("button", { name: "Skapa programmet" }).click();
    await page.getByText("Adressen /varmland används redan av ett annat program.").waitFor();
    expect(await page.getByLabel("Programkod").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Första samordnarens e-postadress").inputValue()).toBe(coordinatorEmail);
    const refusal = async (scripted: Page) => {
      await scripted.getByLabel("Programkod").fill("varmland");
      await scripted.getByLabel("Första samordnarens e-postadress").fill(coordinatorEmail);
      await scripted.getByRole("button", { name: "Skapa programmet" }).click();
      await scripted.getByText("Adressen /varmland används redan av ett annat program.").waitFor();
    };
    expect(await wcagOn(context, `${adminUrl}/plattform?lan=23`, refusal), "/plattform?lan=23 med fel").toEqual([]);

    await page.getByLabel("Programkod").fill(slug);
    await page.getByRole("button", { name: "Skapa programmet" }).click();
    await page.getByRole("status").getByText("Region Jämtland Härjedalen är skapat med 9 parter.").waitFor();
    const invitation = await page.getByLabel("Inbjudan till den första samordnaren").inputValue();
    expect(invitation).toMatch(new RegExp(`^${adminUrl}/${slug}/inbjudan/[A-Za-z0-9_-]{20,}$`));
    await page.getByRole("link", { name: "Portalen för Nära vård i Jämtlands län" }).waitFor();
    await context.close();

    // The portal knows the programme at once: its home and the map of its municipalities.
    const visitor = await newPage(browser, { javaScriptEnabled: false });
    const home = await visitor.page.goto(`${portalUrl}/${slug}`);
    expect(home?.status()).toBe(200);
    await visitor.page.getByRole("heading", { level: 1, name: /Nära vård i Jämtlands län/ }).waitFor();
    const adoption = await visitor.page.goto(`${portalUrl}/${slug}/beslut`);
    expect(adoption?.status()).toBe(200);
    const codes = await visitor.page
      .locator("svg path[data-code]")
      .evaluateAll((paths) => paths.map((p) => p.getAttribute("data-code")));
    expect([...new Set(codes)].sort()).toEqual(jamtland.map((m) => m.code).sort());
    await visitor.context.close();

    // The first coordinator accepts the invitation and runs the programme's admin.
    const token = invitation.split("/").at(-1)!;
    const coordinator = { email: coordinatorEmail, password: "jamtland-samordnare-2026" };
    await createApiClient({ baseUrl: apiUrl, tenantSlug: slug }).account.acceptInvitation.mutate({
      token,
      name: "Jämtlands samordnare",
      password: coordinator.password,
    });
    const admin = await newPage(browser, { javaScriptEnabled: false });
    await signIn(admin.page, coordinator, `/${slug}`);
    await admin.page.getByRole("link", { name: "Inställningar" }).click();
    expect(await admin.page.getByLabel("Logotyptext").inputValue()).toBe("Region Jämtland Härjedalen");
    await admin.page.goto(`${adminUrl}/${slug}/versioner`);
    await admin.page.getByText("Målbilden har inga versioner ännu.").waitFor();
    await admin.page.goto(`${adminUrl}/${slug}/beslut`);
    await admin.page.getByText("0 av 9 har antagit målbilden.").waitFor();
    await admin.context.close();
    // Several sign-ins, three apps and a map: more than the default minute on a busy machine.
  }, 150_000);

  it("shows the chosen county's municipalities with JavaScript too", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, platformAdmin, "/");
    await page.goto(`${adminUrl}/plattform`);
    await page.getByLabel("Län").selectOption("18");
    await page.getByRole("button", { name: "Visa länets kommuner" }).click();
    const members = page.getByRole("group", { name: "Kommuner i Örebro län" });
    await members.getByRole("checkbox", { name: "Kumla" }).waitFor();
    expect(await members.getByRole("checkbox").count()).toBe(municipalitiesInCounty("18").length);
    // Client-side validation says the same as the server, next to the field, before anything is sent.
    await page.getByLabel("Programkod").fill("Örebro!");
    await page.getByRole("button", { name: "Skapa programmet" }).click();
    await page.getByText("Programkoden får bara innehålla små bokstäver a–z, siffror och bindestreck.").waitFor();
    expect(await page.getByLabel("Programkod").getAttribute("aria-invalid")).toBe("true");
    await context.close();
  });

  it("answers 404 to anyone but a platform administrator", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, varmland, "/varmland");
    const response = await page.goto(`${adminUrl}/plattform`);
    expect(response?.status()).toBe(404);
    await context.close();
  });
});

describe("installningar", () => {
  it("renames the färdplan and changes the colour, and the portal shows both on its next page", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, varmland, "/varmland");
    await page.goto(`${adminUrl}/varmland/installningar`);
    expect(await wcagViolations(page), "/varmland/installningar").toEqual([]);
    await page.getByText("Standard: ”färdplan”.", { exact: false }).waitFor();
    await page.getByLabel("Ord för färdplan").fill("handlingsplan");
    await page.getByLabel("Temafärg").fill("#1d4e89");
    await page.getByRole("button", { name: "Spara inställningarna" }).click();
    await statusMessage(page, "Inställningarna är sparade. Portalen visar dem redan.").waitFor();

    await page.goto(`${portalUrl}/varmland`);
    await page.getByRole("navigation").getByRole("link", { name: "Handlingsplan", exact: true }).first().waitFor();
    expect(await page.locator("body").getAttribute("style")).toContain("#1d4e89");
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`refuses a colour too light for white, in Swedish next to the field, and saves nothing (${mode(javaScriptEnabled)})`, async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled });
      const before = await varmlandSettings();
      await signIn(page, varmland, "/varmland");
      await page.goto(`${adminUrl}/varmland/installningar`);
      await page.getByLabel("Ord för färdplan").fill("handlingsplan");
      const colour = page.getByLabel("Temafärg");
      await colour.fill("#ffcc00");
      await page.getByRole("button", { name: "Spara inställningarna" }).click();
      const message =
        "Färgen är för ljus mot vit bakgrund (kontrasten måste vara minst 4,5:1 enligt WCAG AA). Välj en mörkare nyans.";
      await page.getByText(message).waitFor();
      expect(await colour.getAttribute("aria-invalid")).toBe("true");
      const errorId = (await colour.getAttribute("aria-describedby"))?.split(" ") ?? [];
      const described = await Promise.all(errorId.map((id) => page.locator(`[id="${id}"]`).innerText()));
      expect(described.join(" ")).toContain(message);
      expect(await colour.inputValue()).toBe("#ffcc00");
      if (javaScriptEnabled) expect(await wcagViolations(page), "/varmland/installningar med fel").toEqual([]);
      // Nothing saved: the same values and the same revision as before.
      expect(await varmlandSettings()).toEqual(before);
      await context.close();
    });
  }
});

describe("versioner", () => {
  it("creates a draft from the adopted version, sends it to consultation, asks before adopting, and lists it", async () => {
    const adopted = originalVersions.find((v) => v.status === "adopted")!;
    expect(originalVersions.some((v) => v.status === "draft" || v.status === "consultation")).toBe(false);
    const next = Math.max(...originalVersions.map((v) => v.versionNumber)) + 1;

    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, orebro, "/orebro");
    await page.getByRole("link", { name: "Versioner" }).click();
    await page.waitForURL(`${adminUrl}/orebro/versioner`);
    expect(await wcagOn(context, `${adminUrl}/orebro/versioner`), "/orebro/versioner").toEqual([]);
    await page.getByText(`Utkastet blir en kopia av version ${adopted.versionNumber}, den antagna målbilden.`).waitFor();
    await page.getByRole("button", { name: "Skapa ett utkast" }).click();
    await statusMessage(page, `Version ${next} är skapad som utkast.`).waitFor();
    await page.getByRole("heading", { level: 3, name: `Version ${next}: Utkast` }).waitFor();
    await page.getByText(`Version ${next} är under arbete.`, { exact: false }).waitFor();

    await page.getByRole("button", { name: `Skicka på remiss version ${next}` }).click();
    await statusMessage(page, `Version ${next} har nu status ”Prototyp på remiss”.`).waitFor();
    const item = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3, name: `Version ${next}: Prototyp på remiss` }) });
    expect(await item.getByRole("link", { name: /på portalen/ }).getAttribute("href")).toBe(
      `${portalUrl}/orebro/malbild/versioner/${next}`,
    );
    expect(await item.getByText(/av Samordnare|av samordnare/i).count()).toBeGreaterThan(0);

    // Adopting asks first and says what it supersedes; cancelling changes nothing.
    await item.getByRole("button", { name: `Anta version ${next}` }).click();
    await page.getByText(`Vill du anta version ${next}?`).waitFor();
    await page
      .getByText(`Version ${adopted.versionNumber}, som är antagen i dag, blir ersatt. Det går inte att ångra.`, { exact: false })
      .waitFor();
    expect(await wcagOn(context, page.url()), "/orebro/versioner?anta=…").toEqual([]);
    // The API's refusal (a decision dated in the future) is told in Swedish on the confirmation.
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Beslutsdatum").fill(tomorrow);
    await page.getByRole("button", { name: `Ja, anta version ${next}` }).click();
    await page.getByRole("alert").getByText("Beslutsdatumet kan inte ligga i framtiden.").waitFor();
    expect(await page.getByLabel("Beslutsdatum").inputValue()).toBe(tomorrow);
    await page.getByRole("link", { name: "Avbryt" }).click();
    await page.getByRole("heading", { level: 3, name: `Version ${adopted.versionNumber}: Antagen` }).waitFor();

    // The portal lists the consultation version publicly.
    await page.goto(`${portalUrl}/orebro/malbild/versioner/${next}`);
    await page.getByText("Prototyp på remiss").first().waitFor();
    await context.close();

    const versions = await orebroVersions();
    expect(versions.find((v) => v.versionNumber === next)?.status).toBe("consultation");
    expect(versions.find((v) => v.id === adopted.id)?.status).toBe("adopted");
  });

  it("shows the versions read-only to a viewer, and refuses a forged change with 403", async () => {
    const viewer = { email: `lasare-${Date.now().toString(36)}@orebro.demo`, password: "orebro-lasare-2026" };
    const { token } = await signedIn(orebro, "orebro", (api) => api.users.invite.mutate({ email: viewer.email, role: "viewer" }));
    const { userId } = await createApiClient({ baseUrl: apiUrl, tenantSlug: "orebro" }).account.acceptInvitation.mutate({
      token,
      name: "Läsare i Örebro",
      password: viewer.password,
    });
    const before = await orebroVersions();
    try {
      const { context, page } = await newPage(browser);
      await signIn(page, viewer, "/orebro");
      await page.goto(`${adminUrl}/orebro/versioner`);
      await page.getByText("Din roll i", { exact: false }).waitFor();
      await page.getByRole("heading", { level: 3, name: /^Version \d+: Antagen$/ }).waitFor();
      expect(
        await page
          .getByRole("button")
          .filter({ hasText: /Skapa ett utkast|Anta|Skicka på remiss/ })
          .count(),
      ).toBe(0);
      expect(await wcagViolations(page), "/orebro/versioner som läsare").toEqual([]);
      const forged = await page.request.post(`${adminUrl}/orebro/versioner`, {
        form: { intent: "create-draft", fromMalbildId: originalVersions[0]!.id },
      });
      expect(forged.status()).toBe(403);
      expect(await orebroVersions()).toEqual(before);
      const settings = await page.goto(`${adminUrl}/orebro/installningar`);
      expect(settings?.status()).toBe(403);
      await context.close();
    } finally {
      await signedIn(orebro, "orebro", (api) => api.users.remove.mutate({ userId }));
    }
  });
});
