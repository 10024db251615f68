/**
 * Accounts in a real browser: a coordinator's password-reset link, signing a member out of every
 * browser, the account page (change password, sign out everywhere), and an invitation accepted by
 * someone who already has an account. What the tests add is removed through the API afterwards.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { createApiClient } from "@naravard/api/client";
import { adminUrl, launchBrowser, newPage } from "@naravard/e2e";
import { type Snapshot, apiUrl, asCoordinator, coordinator, invite, newPassword, restore, signIn, snapshot, statusMessage } from "./people-helpers.ts";

let browser: Browser;
let seeded: Snapshot;

beforeAll(async () => {
  browser = await launchBrowser();
  seeded = await snapshot();
});

afterEach(() => restore(seeded));

afterAll(async () => {
  await browser?.close();
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

  it("lets someone with an account accept an invitation with their own password (JavaScript av)", async () => {
    const existing = { email: "samordnare@orebro.demo", password: "nara-vard-demo" };
    const { context, page } = await newPage(browser);
    await signIn(page, coordinator);
    await page.goto(`${adminUrl}/varmland/personer`);
    const link = await invite(page, existing.email, "Läsare");
    await context.close();

    const guest = await newPage(browser, { javaScriptEnabled: false });
    await guest.page.goto(link);
    // The page is the same whether or not the address has an account (decision 016).
    await guest.page.getByText(`Har du redan ett konto för ${existing.email}`).waitFor();
    const fill = async (password: string) => {
      await guest.page.getByLabel("Ditt namn").fill("Inte mitt namn");
      await guest.page.getByLabel("Lösenord", { exact: true }).fill(password);
      await guest.page.getByLabel("Skriv lösenordet igen").fill(password);
      await guest.page.getByRole("button", { name: "Tacka ja och logga in" }).click();
    };
    await fill("inte rätt lösenord");
    await guest.page.getByText(`Lösenordet stämmer inte med kontot för ${existing.email}.`).waitFor();
    expect(await guest.page.getByLabel("Lösenord", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await fill(existing.password);
    await guest.page.waitForURL(`${adminUrl}/varmland`);
    await statusMessage(guest.page, /Du har rollen läsare\./).waitFor();
    const { members } = await asCoordinator((api) => api.users.list.query());
    expect(members.find((m) => m.email === existing.email)?.role).toBe("viewer");
    await guest.context.close();
  });
});
