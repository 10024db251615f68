/**
 * What the participation browser tests share: Värmland's coordinator, an API client to check and
 * restore what the browser changed, signing in, and the flash message after a redirect.
 */
import type { Page } from "playwright-core";
import { createApiClient } from "@naravard/api/client";
import { adminUrl } from "@naravard/e2e";

const apiUrl = process.env.API_URL ?? "http://127.0.0.1:4000";
export const coordinator = { email: "samordnare@varmland.demo", password: "nara-vard-demo" };
export const tenant = "varmland";

export const publicApi = createApiClient({ baseUrl: apiUrl, tenantSlug: tenant });

/** Runs `work` with the coordinator's API client, then ends that session. */
export async function asCoordinator(work: (api: ReturnType<typeof createApiClient>) => Promise<void>) {
  const { token } = await createApiClient({ baseUrl: apiUrl }).auth.login.mutate(coordinator);
  const api = createApiClient({ baseUrl: apiUrl, tenantSlug: tenant, sessionToken: token });
  try {
    await work(api);
  } finally {
    await api.auth.logout.mutate();
  }
}

/** Signs in `user` (Värmland's coordinator unless told), whose one programme the start page opens. */
export async function signIn(page: Page, user: { email: string; password: string } = coordinator, programme = tenant) {
  await page.goto(`${adminUrl}/logga-in`);
  await page.getByLabel("E-postadress").fill(user.email);
  await page.getByLabel("Lösenord").fill(user.password);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(`${adminUrl}/${programme}`);
}

export const statusMessage = (page: Page, text: string | RegExp) => page.getByRole("status").getByText(text);
