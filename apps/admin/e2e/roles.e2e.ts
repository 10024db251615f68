/**
 * Roles in a real browser (issue 5's acceptance line): a coordinator invites an editor and a
 * viewer, each accepts in a browser of their own; the editor and the coordinator change the
 * vision; the viewer sees the målbild read-only and a forged POST is refused; the coordinator's
 * ändringslogg names both edits. Also the last-coordinator rule, the 403s of people and log for
 * other roles, an unusable invitation link and WCAG 2.1 AA on the new pages. Everything the tests
 * change is put back through the API afterwards (invited members removed, invitations revoked,
 * the vision restored), also when the browser steps fail half-way.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createApiClient } from "@naravard/api/client";
import { adminUrl, launchBrowser, newPage, wcagViolations } from "@naravard/e2e";

const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";
const coordinator = { email: "samordnare@varmland.demo", password: "nara-vard-demo" };
const newPassword = "ett långt lösenord för e2e";

type Api = ReturnType<typeof createApiClient>;
let browser: Browser;
let seeded: { members: Set<string>; invitations: Set<string>; vision: string };

async function asCoordinator<T>(work: (api: Api) => Promise<T>): Promise<T> {
  const { token } = await createApiClient({ baseUrl: apiUrl }).auth.login.mutate(coordinator);
  const api = createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland", sessionToken: token });
  try {
    return await work(api);
  } finally {
    await api.auth.logout.mutate();
  }
}

const currentVision = () => asCoordinator(async (api) => (await api.malbild.forEdit.query()).malbild);

/** Removes the members and invitations a test added and puts the vision back. */
async function restore() {
  await asCoordinator(async (api) => {
    const { members, invitations } = await api.users.list.query();
    for (const m of members.filter((m) => !seeded.members.has(m.userId))) await api.users.remove.mutate({ userId: m.userId });
    for (const i of invitations.filter((i) => !seeded.invitations.has(i.id))) await api.users.revokeInvitation.mutate({ invitationId: i.id });
    const { malbild } = await api.malbild.forEdit.query();
    if (malbild.vision !== seeded.vision) await api.malbild.updateVision.mutate({ malbildId: malbild.id, vision: seeded.vision });
  });
}

async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto(`${adminUrl}/logga-in`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(`${adminUrl}/varmland`);
}

const statusMessage = (page: Page, text: string | RegExp) => page.getByRole("status").getByText(text);

/** Invites `email` from the personer page and returns the one-time link it shows. */
async function invite(page: Page, email: string, role: "Redaktör" | "Läsare") {
  const form = page.locator("form", { has: page.getByRole("button", { name: "Skapa inbjudningslänk" }) });
  await form.getByLabel("E-postadress").fill(email);
  await form.getByLabel("Roll").selectOption({ label: role });
  await form.getByRole("button", { name: "Skapa inbjudningslänk" }).click();
  await page.getByRole("heading", { name: `Inbjudningslänk till ${email} (${role.toLowerCase()})` }).waitFor();
  const link = await page.getByLabel("Inbjudningslänk", { exact: true }).inputValue();
  expect(link).toMatch(new RegExp(`^${adminUrl}/varmland/inbjudan/[A-Za-z0-9_-]{43}$`));
  return link;
}

/** Opens the invitation in a browser of its own and accepts it; returns that signed-in page. */
async function accept(link: string, name: string, roleText: string, javaScriptEnabled: boolean) {
  const { context, page } = await newPage(browser, { javaScriptEnabled });
  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: /^Inbjudan till / }).waitFor();
  await page.getByText(`Du är inbjuden som ${roleText}`).waitFor();
  await page.getByLabel("Ditt namn").fill(name);
  await page.getByLabel("Välj lösenord").fill(newPassword);
  await page.getByLabel("Skriv lösenordet igen").fill(newPassword);
  await page.getByRole("button", { name: "Tacka ja och logga in" }).click();
  await page.waitForURL(`${adminUrl}/varmland`);
  await statusMessage(page, `Du har rollen ${roleText}.`).waitFor();
  return { context, page };
}

async function saveVision(page: Page, vision: string) {
  await page.goto(`${adminUrl}/varmland/malbild`);
  await page.getByLabel("Visionens text").fill(vision);
  await page.getByRole("button", { name: "Spara visionen" }).click();
  await statusMessage(page, /sparad/).waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  const [{ members, invitations }, malbild] = await Promise.all([asCoordinator((api) => api.users.list.query()), currentVision()]);
  seeded = { members: new Set(members.map((m) => m.userId)), invitations: new Set(invitations.map((i) => i.id)), vision: malbild.vision };
});

afterEach(restore);

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
    const asEditor = await accept(editorLink, editor.name, "redaktör", true);
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
    const asViewer = await accept(viewerLink, viewer.name, "läsare", false);
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
    const form = page.locator("form", { has: page.getByRole("button", { name: "Skapa inbjudningslänk" }) });
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

describe("konton", () => {
  it("resets a member's password from a one-time link, signs them out, and lets them change it and sign out everywhere", async () => {
    const stamp = Date.now();
    const member = { email: `konto-${stamp}@varmland.demo`, name: `Karin Konto ${stamp}` };
    const invitation = await asCoordinator((api) => api.users.invite.mutate({ email: member.email, role: "viewer" }));
    await createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland" }).account.acceptInvitation.mutate({ token: invitation.token, name: member.name, password: newPassword });

    // The coordinator makes a reset link, without JavaScript.
    const coordinatorPage = await newPage(browser, { javaScriptEnabled: false });
    await signIn(coordinatorPage.page, coordinator);
    await coordinatorPage.page.goto(`${adminUrl}/varmland/personer`);
    await coordinatorPage.page.getByRole("button", { name: `Skapa länk för nytt lösenord till ${member.name}` }).click();
    await coordinatorPage.page.getByRole("heading", { name: `Länk för nytt lösenord till ${member.name}` }).waitFor();
    const resetLink = await coordinatorPage.page.getByLabel("Länk för nytt lösenord", { exact: true }).inputValue();
    expect(resetLink).toMatch(new RegExp(`^${adminUrl}/nytt-losenord/[A-Za-z0-9_-]{43}$`));

    // The member chooses a new password; a mismatch is explained next to the second field.
    const { context, page } = await newPage(browser);
    const chosen = "ett annat långt lösenord";
    await page.goto(resetLink);
    await page.getByLabel("Nytt lösenord").fill(chosen);
    await page.getByLabel("Skriv lösenordet igen").fill(`${chosen}!`);
    await page.getByRole("button", { name: "Spara lösenordet och logga in" }).click();
    await page.getByText("Lösenorden är inte likadana. Skriv samma lösenord i båda fälten.").waitFor();
    expect(await page.getByLabel("Skriv lösenordet igen").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Skriv lösenordet igen").fill(chosen);
    await page.getByRole("button", { name: "Spara lösenordet och logga in" }).click();
    await page.waitForURL(`${adminUrl}/varmland`);
    await statusMessage(page, "Ditt nya lösenord är sparat. Du är utloggad i alla andra webbläsare.").waitFor();

    // The link worked once.
    const reused = await page.request.post(resetLink, { form: { password: chosen, confirmPassword: chosen }, maxRedirects: 0 });
    expect(reused.status()).toBe(410);

    // The coordinator signs the member out of every browser.
    await coordinatorPage.page.getByRole("button", { name: `Logga ut överallt ${member.name}` }).click();
    await statusMessage(coordinatorPage.page, `${member.name} är utloggad i alla webbläsare.`).waitFor();
    await coordinatorPage.context.close();
    await page.goto(`${adminUrl}/konto`);
    await page.waitForURL(`${adminUrl}/logga-in?redirectTo=%2Fkonto`);

    // Back in, the account page: a wrong current password is refused next to its field.
    await signIn(page, { email: member.email, password: chosen });
    await page.getByRole("link", { name: /ditt konto/ }).click();
    await page.getByRole("heading", { level: 1, name: "Ditt konto" }).waitFor();
    const changed = "ett tredje långt lösenord";
    await page.getByLabel("Nuvarande lösenord").fill("fel lösenord här");
    await page.getByLabel("Nytt lösenord", { exact: true }).fill(changed);
    await page.getByLabel("Skriv det nya lösenordet igen").fill(changed);
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await page.getByText("Det nuvarande lösenordet stämmer inte.").waitFor();
    expect(await page.getByLabel("Nuvarande lösenord").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Nuvarande lösenord").fill(chosen);
    await page.getByLabel("Nytt lösenord", { exact: true }).fill(changed);
    await page.getByLabel("Skriv det nya lösenordet igen").fill(changed);
    await page.getByRole("button", { name: "Byt lösenord" }).click();
    await statusMessage(page, "Ditt lösenord är bytt. Du är utloggad i alla andra webbläsare.").waitFor();

    // Signing out everywhere ends this session too.
    await page.getByRole("button", { name: "Logga ut överallt" }).click();
    await page.waitForURL(`${adminUrl}/logga-in`);
    await statusMessage(page, "Du är utloggad i alla webbläsare, också den här.").waitFor();
    await page.goto(`${adminUrl}/konto`);
    await page.waitForURL(/\/logga-in/);
    await expect(createApiClient({ baseUrl: apiUrl }).auth.login.mutate({ email: member.email, password: changed })).resolves.toMatchObject({ token: expect.any(String) });
    await context.close();
  });
});

describe("tillgänglighet", () => {
  it("has no WCAG 2.1 A/AA violations on personer, logg, konto and inbjudan", async () => {
    const { context, page } = await newPage(browser);
    await signIn(page, coordinator);
    await page.goto(`${adminUrl}/varmland/personer`);
    // With a one-time link on show, the state the page is in right after an invitation.
    const email = `wcag-${Date.now()}@varmland.demo`;
    const link = await invite(page, email, "Läsare");
    expect(await wcagViolations(page), "personer").toEqual([]);
    const guest = await newPage(browser);
    await guest.page.goto(link);
    await guest.page.getByRole("heading", { level: 1, name: /^Inbjudan till / }).waitFor();
    expect(await wcagViolations(guest.page), "inbjudan").toEqual([]);
    for (const path of ["/varmland/logg", "/varmland/logg?vem=nagon&fran=2026-13-01", "/konto"]) {
      await page.goto(`${adminUrl}${path}`);
      await page.getByRole("heading", { level: 1 }).waitFor();
      expect(await wcagViolations(page), path).toEqual([]);
    }

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
