/**
 * What the people and account browser tests share: Värmland's coordinator through the API, a
 * snapshot of the programme's people and vision that `restore` puts back, and the steps of
 * inviting and accepting in the browser.
 */
import { expect } from "vitest";
import type { Browser, Page } from "playwright-core";
import { createApiClient } from "@naravard/api/client";
import { adminUrl, newPage } from "@naravard/e2e";

export const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";
export const coordinator = { email: "samordnare@varmland.demo", password: "nara-vard-demo" };
export const newPassword = "ett långt lösenord för e2e";

type Api = ReturnType<typeof createApiClient>;

/** Runs `work` with Värmland's coordinator's API client, then ends that session. */
export async function asCoordinator<T>(work: (api: Api) => Promise<T>): Promise<T> {
  const { token } = await createApiClient({ baseUrl: apiUrl }).auth.login.mutate(coordinator);
  const api = createApiClient({ baseUrl: apiUrl, tenantSlug: "varmland", sessionToken: token });
  try {
    return await work(api);
  } finally {
    await api.auth.logout.mutate();
  }
}

export const currentVision = () => asCoordinator(async (api) => (await api.malbild.forEdit.query()).malbild);

export interface Snapshot {
  members: Set<string>;
  invitations: Set<string>;
  vision: string;
}

/** Värmland's members, open invitations and vision before a test. */
export async function snapshot(): Promise<Snapshot> {
  const [{ members, invitations }, malbild] = await Promise.all([
    asCoordinator((api) => api.users.list.query()),
    currentVision(),
  ]);
  return {
    members: new Set(members.map((m) => m.userId)),
    invitations: new Set(invitations.map((i) => i.id)),
    vision: malbild.vision,
  };
}

/** Removes the members and invitations a test added and puts the vision back. */
export async function restore(seeded: Snapshot) {
  await asCoordinator(async (api) => {
    const { members, invitations } = await api.users.list.query();
    for (const m of members.filter((m) => !seeded.members.has(m.userId))) await api.users.remove.mutate({ userId: m.userId });
    for (const i of invitations.filter((i) => !seeded.invitations.has(i.id)))
      await api.users.revokeInvitation.mutate({ invitationId: i.id });
    const { malbild } = await api.malbild.forEdit.query();
    if (malbild.vision !== seeded.vision)
      await api.malbild.updateVision.mutate({ malbildId: malbild.id, vision: seeded.vision, expectedRevision: malbild.revision });
  });
}

/** Signs in; with one membership the start page goes straight to Värmland. */
export async function signIn(page: Page, { email, password }: { email: string; password: string }) {
  await page.goto(`${adminUrl}/logga-in`);
  await page.getByLabel("E-postadress").fill(email);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(`${adminUrl}/varmland`);
}

export const statusMessage = (page: Page, text: string | RegExp) => page.getByRole("status").getByText(text);

export const inviteForm = (page: Page) =>
  page.locator("form", { has: page.getByRole("button", { name: "Skapa inbjudningslänk" }) });

/** Invites `email` from the personer page and returns the one-time link it shows. */
export async function invite(page: Page, email: string, role: "Redaktör" | "Läsare") {
  const form = inviteForm(page);
  await form.getByLabel("E-postadress").fill(email);
  await form.getByLabel("Roll").selectOption({ label: role });
  await form.getByRole("button", { name: "Skapa inbjudningslänk" }).click();
  await page.getByRole("heading", { name: `Inbjudningslänk till ${email} (${role.toLowerCase()})` }).waitFor();
  const link = await page.getByLabel("Inbjudningslänk", { exact: true }).inputValue();
  expect(link).toMatch(new RegExp(`^${adminUrl}/varmland/inbjudan/[A-Za-z0-9_-]{43}$`));
  return link;
}

/** Opens the invitation in a browser of its own and accepts it as a new person; returns that signed-in page. */
export async function accept(browser: Browser, link: string, name: string, roleText: string, javaScriptEnabled: boolean) {
  const { context, page } = await newPage(browser, { javaScriptEnabled });
  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: /^Inbjudan till / }).waitFor();
  await page.getByText(`Du är inbjuden som ${roleText}`).waitFor();
  await page.getByLabel("Ditt namn").fill(name);
  await page.getByLabel("Lösenord", { exact: true }).fill(newPassword);
  await page.getByLabel("Skriv lösenordet igen").fill(newPassword);
  await page.getByRole("button", { name: "Tacka ja och logga in" }).click();
  await page.waitForURL(`${adminUrl}/varmland`);
  await statusMessage(page, `Du har rollen ${roleText}.`).waitFor();
  return { context, page };
}
