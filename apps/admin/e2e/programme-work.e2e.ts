/**
 * The programme-work pages in a real browser: adoption decisions (and the portal's map that turns
 * green), a refused future date, the Kolada import's dry run, a färdplan activity added without
 * JavaScript, tenant isolation and WCAG 2.1 AA on every page. Each test that changes data puts it
 * back through the API afterwards (also when the browser steps fail half-way), so the tests can run
 * in any order and leave the seeded data as they found it.
 */
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createApiClient } from "@naravard/api/client";
import { adminUrl, launchBrowser, newPage, portalUrl, wcagViolations } from "@naravard/e2e";

const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";
const password = "nara-vard-demo";
const users = {
  orebro: { email: "samordnare@orebro.demo", password },
  varmland: { email: "samordnare@varmland.demo", password },
  fyrbodal: { email: "utvecklingsledare@fyrbodal.demo", password },
} as const;
type Programme = keyof typeof users;
const koladaSample = fileURLToPath(new URL("../../../packages/api/src/kolada/sample-varmland.json", import.meta.url));

let browser: Browser;
const seeded = { decisions: new Set<string>(), activities: new Set<string>() };

const publicApi = (tenant: Programme) => createApiClient({ baseUrl: apiUrl, tenantSlug: tenant });

/** Runs `work` with a coordinator's API client, then ends that session. */
async function asCoordinator(tenant: Programme, work: (api: ReturnType<typeof createApiClient>) => Promise<void>) {
  const { token } = await createApiClient({ baseUrl: apiUrl }).auth.login.mutate(users[tenant]);
  const api = createApiClient({ baseUrl: apiUrl, tenantSlug: tenant, sessionToken: token });
  try {
    await work(api);
  } finally {
    await api.auth.logout.mutate();
  }
}

const orebroDecisions = async () => (await publicApi("orebro").adoption.overview.query({})).decisions;
const varmlandActivities = async () => (await publicApi("varmland").roadmap.get.query({})).areas.flatMap((a) => a.activities);
const varmlandValues = async () =>
  (await publicApi("varmland").indicator.list.query()).flatMap((i) => i.values.map((v) => `${i.code}|${v.memberCode}|${v.period}|${v.value}`)).sort();

/** Removes what a test added: Örebro's new decisions, Värmland's new activities. */
async function restore() {
  const decisions = (await orebroDecisions()).filter((d) => !seeded.decisions.has(d.id));
  if (decisions.length) await asCoordinator("orebro", async (api) => void (await Promise.all(decisions.map((d) => api.adoption.delete.mutate({ decisionId: d.id })))));
  const activities = (await varmlandActivities()).filter((a) => !seeded.activities.has(a.id));
  if (activities.length)
    await asCoordinator("varmland", async (api) => void (await Promise.all(activities.map((a) => api.roadmap.deleteActivity.mutate({ activityId: a.id })))));
}

async function signIn(page: Page, tenant: Programme) {
  await page.goto(`${adminUrl}/logga-in`);
  await page.getByLabel("E-postadress").fill(users[tenant].email);
  await page.getByLabel("Lösenord").fill(users[tenant].password);
  await page.getByRole("button", { name: "Logga in" }).click();
  // One membership each: the start page goes straight to the programme.
  await page.waitForURL(`${adminUrl}/${tenant}`);
}

const statusMessage = (page: Page, text: string) => page.getByRole("status").getByText(text, { exact: true });
const mode = (javaScriptEnabled: boolean) => `JavaScript ${javaScriptEnabled ? "på" : "av"}`;

/** Fills in the "Registrera ett beslut" form for Kumla. */
async function registerKumla(page: Page, decidedOn: string) {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Registrera beslutet" }) });
  await form.getByLabel("Part").selectOption({ label: "Kumla" });
  await form.getByLabel("Status").selectOption({ label: "Har antagit målbilden" });
  await form.getByLabel("Beslutande organ").fill("Kommunfullmäktige");
  await form.getByLabel("Beslutsdatum").fill(decidedOn);
  await form.getByRole("button", { name: "Registrera beslutet" }).click();
  return form;
}

beforeAll(async () => {
  browser = await launchBrowser();
  seeded.decisions = new Set((await orebroDecisions()).map((d) => d.id));
  seeded.activities = new Set((await varmlandActivities()).map((a) => a.id));
});

afterEach(restore);

afterAll(async () => {
  await browser?.close();
});

describe("beslut", () => {
  it("registers that Kumla adopted the målbild, which turns Kumla green on the portal's map, and removes it again", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "orebro");
    await page.goto(`${adminUrl}/orebro/beslut`);
    await registerKumla(page, "2022-04-25");
    await statusMessage(page, "Beslutet är registrerat.").waitFor();
    const row = page.getByRole("row", { name: /Kumla/ });
    expect(await row.getByRole("cell").allTextContents()).toEqual(["Har antagit målbilden", "25 april 2022"]);
    await page.getByText("2 av 13 har antagit målbilden.").waitFor();

    // The portal's map: Kumla (SCB 1881) is an adopted area, and its title says so.
    await page.goto(`${portalUrl}/orebro/beslut`);
    const kumla = page.locator('svg path[data-code="1881"]');
    expect(await kumla.getAttribute("data-status")).toBe("adopted");
    const title = (await kumla.locator("title").textContent()) ?? "";
    expect(title).toContain("Kumla");
    expect(title.toLowerCase()).toContain("antagit");

    // Removing asks first, and then the decision is gone.
    await page.goto(`${adminUrl}/orebro/beslut`);
    await page.getByRole("button", { name: "Ta bort beslutet för Kumla" }).click();
    await page.getByText("Vill du ta bort beslutet för Kumla?").waitFor();
    await page.getByRole("button", { name: "Ja, ta bort beslutet" }).click();
    await statusMessage(page, "Beslutet är borttaget.").waitFor();
    expect((await orebroDecisions()).map((d) => d.id).sort()).toEqual([...seeded.decisions].sort());
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`refuses a decision dated in the future, in Swedish, and saves nothing (${mode(javaScriptEnabled)})`, async () => {
      const { context, page } = await newPage(browser, { javaScriptEnabled });
      await signIn(page, "orebro");
      await page.goto(`${adminUrl}/orebro/beslut`);
      const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
      const form = await registerKumla(page, tomorrow);
      await form.getByText("Ett beslut kan inte ha fattats i framtiden.").waitFor();
      const date = form.getByLabel("Beslutsdatum");
      expect(await date.getAttribute("aria-invalid")).toBe("true");
      // What was typed stays, so it can be corrected.
      expect(await date.inputValue()).toBe(tomorrow);
      expect(await form.getByLabel("Beslutande organ").inputValue()).toBe("Kommunfullmäktige");
      expect((await orebroDecisions()).length).toBe(seeded.decisions.size);
      await context.close();
    });
  }
});

describe("uppföljning", () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`checks a Kolada file and shows what would change, saving nothing until asked (${mode(javaScriptEnabled)})`, async () => {
      const before = await varmlandValues();
      const { context, page } = await newPage(browser, { javaScriptEnabled });
      await signIn(page, "varmland");
      await page.goto(`${adminUrl}/varmland/uppfoljning`);
      await page.getByLabel("Fil från Kolada").setInputFiles(koladaSample);
      await page.getByRole("button", { name: "Kontrollera filen" }).click();
      await page.getByText("Filen har 5 rader: 3 nya värden, 1 ändrat och 1 oförändrat.").waitFor();
      const changes = page.getByRole("table", { name: /Värden som ändras/ });
      expect(await changes.getByRole("row").count()).toBe(1 + 4);
      expect(await changes.getByRole("row", { name: /Region Värmland/ }).getByRole("cell").allTextContents()).toEqual([
        "Andel invånare som upplever att vården är samordnad (demodata)",
        "2022",
        "61",
        "62",
      ]);
      await page.getByRole("button", { name: "Genomför importen" }).waitFor();
      expect(await varmlandValues()).toEqual(before);
      await context.close();
    });
  }
});

describe("färdplan", () => {
  it("adds an activity without JavaScript, with status, progress, period, owners and a link to the målbild", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, "varmland");
    await page.goto(`${adminUrl}/varmland/fardplan`);
    const title = `Utbildning i samordnad individuell plan (e2e ${Date.now()})`;
    const form = page.locator("form", { has: page.getByRole("button", { name: "Lägg till aktiviteten" }) });
    await form.getByLabel("Aktivitetens rubrik").fill(title);
    await form.getByLabel("Område").selectOption({ label: "Personcentrerat förhållningssätt" });
    await form.getByLabel("Status").selectOption({ label: "Pågår" });
    await form.getByLabel("Framsteg").fill("40");
    await form.getByLabel("Startar").fill("2024-01");
    await form.getByLabel("Slutar").fill("2024-12");
    await form.getByRole("checkbox", { name: "Karlstad" }).check();
    await form.getByRole("group", { name: "Förflyttningar" }).getByRole("checkbox").first().check();
    await form.getByRole("button", { name: "Lägg till aktiviteten" }).click();
    await statusMessage(page, "Aktiviteten är tillagd.").waitFor();
    await page.getByRole("heading", { level: 4, name: title }).waitFor();

    const added = (await varmlandActivities()).find((a) => a.title === title);
    expect(added).toMatchObject({ status: "ongoing", progress: 40, startMonth: "2024-01", endMonth: "2024-12" });
    expect(added?.owners.map((o) => o.name)).toEqual(["Karlstad"]);
    expect(added?.links.map((l) => l.kind)).toEqual(["shift"]);
    await context.close();
  });

  it("answers 404 for another programme's pages, exactly as for a missing page", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "varmland");
    for (const path of ["/orebro/beslut", "/orebro/fardplan", "/fyrbodal/strategier", "/orebro/uppfoljning", "/varmland/strategier/finns-inte"]) {
      const response = await page.goto(`${adminUrl}${path}`);
      expect(response?.status(), path).toBe(404);
    }
    await context.close();
  });
});

describe("tillgänglighet", () => {
  it("has no WCAG 2.1 A/AA violations on beslut, färdplan, strategier and uppföljning", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, "varmland");
    for (const path of ["/varmland/beslut", "/varmland/fardplan", "/varmland/uppfoljning"]) {
      await page.goto(`${adminUrl}${path}`);
      expect(await wcagViolations(page), path).toEqual([]);
    }
    // The open states, too: an edit form, a removal question and an activity's history.
    const activity = (await varmlandActivities())[0]!;
    for (const state of [`andra=${activity.id}`, `ta-bort=${activity.id}`, `historik=${activity.id}`]) {
      await page.goto(`${adminUrl}/varmland/fardplan?${state}`);
      expect(await wcagViolations(page), `/varmland/fardplan?${state}`).toEqual([]);
    }
    await page.goto(`${adminUrl}/varmland/uppfoljning`);
    await page.getByLabel("Fil från Kolada").setInputFiles(koladaSample);
    await page.getByRole("button", { name: "Kontrollera filen" }).click();
    await page.getByRole("button", { name: "Genomför importen" }).waitFor();
    expect(await wcagViolations(page), "/varmland/uppfoljning med kontrollerad fil").toEqual([]);
    await context.close();

    // Fyrbodal's strategies: the list and a strategy with activities and meetings.
    const fyrbodal = await newPage(browser);
    await signIn(fyrbodal.page, "fyrbodal");
    await fyrbodal.page.goto(`${adminUrl}/fyrbodal/strategier`);
    expect(await wcagViolations(fyrbodal.page), "/fyrbodal/strategier").toEqual([]);
    await fyrbodal.page.getByRole("link", { name: /Länsgemensam utvecklingsstrategi/ }).click();
    await fyrbodal.page.getByRole("heading", { level: 2, name: "Styrgruppsmöten och beslut" }).waitFor();
    expect(await wcagViolations(fyrbodal.page), "/fyrbodal/strategier/:id").toEqual([]);
    await fyrbodal.context.close();
  });
});
