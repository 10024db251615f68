/**
 * Roles in a real browser (issue 5's acceptance line): a coordinator invites an editor and a
 * viewer, each accepts in a browser of their own; the editor and the coordinator change the
 * vision; the viewer sees the målbild read-only and a forged POST is refused; the coordinator's
 * ändringslogg names both edits. Also the last-coordinator rule, the 403s of people and log for
 * other roles, an unusable invitation link and WCAG 2.1 AA on the new pages. Everything the tests
 * change is put back through the API afterwards (invited members removed, invitations revoked,
 * the vision restored), also when the browser steps fail half-way. Accounts: accounts.e2e.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { adminUrl, launchBrowser, newPage, wcagViolations } from "@naravard/e2e";
import { type Snapshot, accept, asCoordinator, coordinator, currentVision, invite, inviteForm, restore, signIn, snapshot, statusMessage } from "./people-helpers.ts";

let browser: Browser;
let seeded: Snapshot;

async function saveVision(page: Page, vision: string) {
  await page.goto(`${adminUrl}/varmland/malbild`);
  await page.getByLabel("Visionens text").fill(vision);
  await page.getByRole("button", { name: "Spara visionen" }).click();
  await statusMessage(page, /sparad/).waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await snapshot();
});

afterEach(() => restore(seeded));

afterAll(async () => {
  await browser?.close();
});

describe("roller", () => {
  it("lets an invited editor change the målbild, keeps an invited viewer read-only, and logs who did what", async () => {
    const stamp = Date.now();
    const editor = { email: `redaktor-${stamp}@varmland.demo`, name: `Erik Redaktör ${stamp}` };
    const viewer = { email: `lasare-${stamp}@varmland.demo`, name: `Lisa Läsare ${stamp}` };

    const { context, page } = await newPage(browser);
    await signIn(page, coordinator);
    await page.goto(`${adminUrl}/varmland/personer`);
    const editorLink = await invite(page, editor.email, "Redaktör");
    const viewerLink = await invite(page, viewer.email, "Läsare");
    await page.reload();
    const pending = page.getByRole("region", { name: "Inbjudningar som väntar" });
    await pending.getByText(editor.email, { exact: true }).waitFor();
    await pending.getByText(viewer.email, { exact: true }).waitFor();

    // The editor accepts with JavaScript, changes the vision, and may not manage people.
    const asEditor = await accept(browser, editorLink, editor.name, "redaktör", true);
    const editorVision = `Vision ändrad av redaktören (e2e ${stamp}).`;
    await saveVision(asEditor.page, editorVision);
    expect((await currentVision()).vision).toBe(editorVision);
    for (const path of ["/varmland/personer", "/varmland/logg"]) {
      const response = await asEditor.page.goto(`${adminUrl}${path}`);
      expect(response?.status(), path).toBe(403);
      await asEditor.page.getByRole("heading", { level: 1, name: "Du saknar behörighet" }).waitFor();
    }
    // Another programme's pages do not exist for them.
    for (const path of ["/orebro/personer", "/orebro/logg"]) expect((await asEditor.page.goto(`${adminUrl}${path}`))?.status(), path).toBe(404);
    await asEditor.context.close();

    // The coordinator changes it too.
    const coordinatorVision = `Vision ändrad av samordnaren (e2e ${stamp}).`;
    await saveVision(page, coordinatorVision);

    // The viewer accepts without JavaScript and sees the målbild with nothing to edit.
    const asViewer = await accept(browser, viewerLink, viewer.name, "läsare", false);
    await asViewer.page.goto(`${adminUrl}/varmland/malbild`);
    await asViewer.page.getByRole("heading", { level: 1, name: "Målbilden" }).waitFor();
    await asViewer.page.getByText(coordinatorVision).waitFor();
    expect(await asViewer.page.getByRole("textbox").count()).toBe(0);
    expect(await asViewer.page.getByRole("main").getByRole("button").count()).toBe(0);

    // A forged POST with the viewer's session is refused and changes nothing.
    const { malbild } = await asCoordinator((api) => api.malbild.forEdit.query());
    const forged = await asViewer.page.request.post(`${adminUrl}/varmland/malbild`, {
      form: { intent: "update-vision", malbildId: malbild.id, expectedRevision: String(malbild.revision), vision: "Förfalskad vision" },
      maxRedirects: 0,
    });
    expect(forged.status()).toBe(403);
    expect((await currentVision()).vision).toBe(coordinatorVision);
    await asViewer.context.close();

    // The log names both edits and who made them, newest first.
    await page.goto(`${adminUrl}/varmland/logg`);
    await page.getByLabel("Typ av uppgift").selectOption({ label: "Målbild" });
    await page.getByRole("button", { name: "Visa" }).click();
    await page.waitForURL(/typ=malbild/);
    const entries = page.getByRole("region", { name: "Senaste ändringarna" }).getByRole("listitem");
    const [newest, previous] = [entries.nth(0), entries.nth(1)];
    // The list is rendered a moment after the address changes.
    await newest.getByRole("heading", { name: "Ändrade: Målbild" }).waitFor();
    expect((await entries.getByRole("heading").allTextContents()).every((h) => h.endsWith(": Målbild"))).toBe(true);
    await newest.getByText(/av .*\(samordnare@varmland\.demo\)/).waitFor();
    expect(await newest.getByRole("row", { name: /^Vision/ }).getByRole("cell").allTextContents()).toEqual([editorVision, coordinatorVision]);
    await previous.getByText(`av ${editor.name} (${editor.email})`).waitFor();
    expect(await previous.getByRole("row", { name: /^Vision/ }).getByRole("cell").allTextContents()).toEqual([seeded.vision, editorVision]);

    // The coordinator makes the editor a viewer, then removes the viewer after a confirmation.
    await page.goto(`${adminUrl}/varmland/personer`);
    await page.getByLabel(`Roll för ${editor.name}`).selectOption("viewer");
    await page.getByRole("listitem").filter({ hasText: editor.email }).getByRole("button", { name: "Ändra roll" }).click();
    await statusMessage(page, `${editor.name} har nu rollen läsare.`).waitFor();
    await page.getByRole("button", { name: `Ta bort ${viewer.name} ur programmet` }).click();
    await page.getByText(`Vill du ta bort ${viewer.name} ur programmet?`).waitFor();
    await page.getByRole("button", { name: `Ja, ta bort ${viewer.name}` }).click();
    await statusMessage(page, `${viewer.name} har inte längre tillgång till programmet.`).waitFor();
    const { members } = await asCoordinator((api) => api.users.list.query());
    expect(members.find((m) => m.email === editor.email)?.role).toBe("viewer");
    expect(members.some((m) => m.email === viewer.email)).toBe(false);
    await context.close();
  });

  it("refuses to leave the programme without a coordinator, in Swedish, next to the role", async () => {
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    await signIn(page, coordinator);
    await page.goto(`${adminUrl}/varmland/personer`);
    // An invitation to someone already in the programme would change their role past this rule.
    const form = inviteForm(page);
    await form.getByLabel("E-postadress").fill(coordinator.email);
    await form.getByLabel("Roll").selectOption({ label: "Läsare" });
    await form.getByRole("button", { name: "Skapa inbjudningslänk" }).click();
    await form.getByText(/samordnare@varmland\.demo\) är redan med i programmet/).waitFor();
    expect(await form.getByLabel("E-postadress").getAttribute("aria-invalid")).toBe("true");
    expect(await form.getByLabel("E-postadress").inputValue()).toBe(coordinator.email);
    const self = page.getByRole("listitem").filter({ hasText: "(du)" });
    await self.getByRole("combobox").selectOption({ label: "Läsare – läser allt men ändrar inget" });
    await self.getByRole("button", { name: "Ändra roll" }).click();
    await self.getByText("Programmet måste ha minst en samordnare. Utse en annan samordnare först.").waitFor();
    expect(await self.getByRole("combobox").getAttribute("aria-invalid")).toBe("true");
    expect((await asCoordinator((api) => api.auth.me.query())).memberships.find((m) => m.slug === "varmland")?.role).toBe("coordinator");
    await context.close();
  });

  it("explains an invitation link that cannot be used, with 410, and a malformed one with 404", async () => {
    const { context, page } = await newPage(browser);
    const gone = await page.goto(`${adminUrl}/varmland/inbjudan/${"a".repeat(43)}`);
    expect(gone?.status()).toBe(410);
    await page.getByRole("heading", { level: 1, name: "Inbjudan går inte att använda" }).waitFor();
    const malformed = await page.goto(`${adminUrl}/varmland/inbjudan/kort`);
    expect(malformed?.status()).toBe(404);
    await context.close();
  });
});

describe("tillgänglighet", () => {
  it("has no WCAG 2.1 A/AA violations on personer, logg, konto and inbjudan, and pages through the log", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, coordinator);
    await page.goto(`${adminUrl}/varmland/personer`);
    // With a one-time link on show, the state the page is in right after an invitation.
    const email = `wcag-${Date.now()}@varmland.demo`;
    const link = await invite(page, email, "Läsare");
    expect(await wcagViolations(page), "personer").toEqual([]);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: adminUrl });
    await page.getByRole("button", { name: "Kopiera länken" }).click();
    await page.getByText("Länken är kopierad.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const guest = await newPage(browser);
    await guest.page.goto(link);
    await guest.page.getByRole("heading", { level: 1, name: /^Inbjudan till / }).waitFor();
    expect(await wcagViolations(guest.page), "inbjudan").toEqual([]);
    for (const path of ["/varmland/logg", "/varmland/logg?vem=nagon&fran=2026-13-01", "/konto"]) {
      await page.goto(`${adminUrl}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await wcagViolations(page), path).toEqual([]);
    }

    // More than a page of changes (30 invitations made and revoked): the next page holds older ones.
    await asCoordinator(async (api) => {
      for (let n = 0; n < 30; n += 1) {
        const email = `sida-${n}-${Date.now()}@varmland.demo`;
        await api.users.invite.mutate({ email, role: "viewer" });
        const { invitations } = await api.users.list.query();
        await api.users.revokeInvitation.mutate({ invitationId: invitations.find((i) => i.email === email)!.id });
      }
    });
    await page.goto(`${adminUrl}/varmland/logg?typ=invitation`);
    const times = async () => page.getByRole("region", { name: /ändringar/ }).locator("time").evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
    const firstPage = await times();
    expect(firstPage).toHaveLength(50);
    await page.getByRole("link", { name: "Visa äldre ändringar" }).click();
    await page.getByRole("heading", { level: 2, name: "Äldre ändringar" }).waitFor();
    const secondPage = await times();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage[0]! < firstPage.at(-1)!).toBe(true);
    await page.getByRole("link", { name: "Till de senaste ändringarna" }).waitFor();

    // Revoked, the link shows the explanation instead.
    await page.goto(`${adminUrl}/varmland/personer`);
    await page.getByRole("button", { name: `Återkalla inbjudan till ${email}` }).click();
    await statusMessage(page, "Inbjudan är återkallad. Länken fungerar inte längre.").waitFor();
    const revoked = await guest.page.goto(link);
    expect(revoked?.status()).toBe(410);
    await guest.page.getByRole("heading", { level: 1, name: "Inbjudan går inte att använda" }).waitFor();
    expect(await wcagViolations(guest.page), "inbjudan som inte går att använda").toEqual([]);
    await guest.context.close();
    await context.close();
  });
});
