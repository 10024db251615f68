/**
 * Two people editing the same item in two browsers (without JavaScript): both open the same
 * contact person's form; the first save wins, and the second is not a silent overwrite but the
 * Swedish conflict message with what the first person saved, the second person's typing kept. Saving
 * again from there goes through. The contact is removed through the API afterwards, also when the
 * browser steps fail half-way.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { adminUrl, launchBrowser, newPage } from "@naravard/e2e";
import { asCoordinator, publicApi, signIn, statusMessage, tenant } from "./participation-helpers.ts";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("två som ändrar samma sak", () => {
  it("shows the second saver the conflict and what the first saved, and saves nothing over it (JavaScript av)", async () => {
    const name = `Samtidig Testsson ${Date.now()}`;
    await asCoordinator(async (api) => void (await api.contact.save.mutate({ name, role: "Från början" })));
    const contact = (await publicApi.contact.list.query()).find((c) => c.name === name)!;
    const first = await newPage(browser, { javaScriptEnabled: false });
    const second = await newPage(browser, { javaScriptEnabled: false });
    try {
      // Both open the same contact's form, at the same revision.
      for (const { page } of [first, second]) {
        await signIn(page);
        await page.goto(`${adminUrl}/${tenant}/kontakt?andra=${contact.id}`);
      }
      const form = (page: typeof first.page) =>
        page.locator("form", { has: page.getByRole("button", { name: "Spara kontaktpersonen" }) });

      await form(first.page).getByLabel("Roll").fill("Sparad först");
      await form(first.page).getByRole("button", { name: "Spara kontaktpersonen" }).click();
      await statusMessage(first.page, `${name} är sparad som kontaktperson.`).waitFor();

      await form(second.page).getByLabel("Roll").fill("Sparad sist");
      await form(second.page).getByRole("button", { name: "Spara kontaktpersonen" }).click();
      const refused = form(second.page);
      await refused.getByText("Någon annan har sparat en ändring medan du redigerade.", { exact: false }).waitFor();
      await refused.getByText("Det här är sparat nu:").waitFor();
      expect(await refused.locator(".saved-facts").innerText()).toContain("Sparad först");
      // What the second person typed is kept, and nothing was saved over the first person's change.
      expect(await refused.getByLabel("Roll").inputValue()).toBe("Sparad sist");
      expect((await publicApi.contact.list.query()).find((c) => c.id === contact.id)?.role).toBe("Sparad först");

      // Having seen it, saving again (now from the revision shown) goes through.
      await refused.getByRole("button", { name: "Spara kontaktpersonen" }).click();
      await statusMessage(second.page, `${name} är sparad som kontaktperson.`).waitFor();
      expect((await publicApi.contact.list.query()).find((c) => c.id === contact.id)?.role).toBe("Sparad sist");
    } finally {
      await first.context.close();
      await second.context.close();
      await asCoordinator(async (api) => void (await api.contact.delete.mutate({ contactId: contact.id })));
    }
  });
});
