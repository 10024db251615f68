/**
 * The contact persons and the public-input questions in a real browser, without JavaScript:
 * a contact added, refused in Swedish next to the field, changed and removed; the open question
 * closed (it leaves the portal) and the retention period set. Everything is put back through the
 * API afterwards, also when the browser steps fail half-way.
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

describe("kontakt", () => {
  it("adds a contact person, refuses a bad phone number next to the field, changes and removes them (JavaScript av)", async () => {
    const before = await publicApi.contact.list.query();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    try {
      await signIn(page);
      await page.goto(`${adminUrl}/${tenant}/kontakt`);
      const create = page.locator("form", { has: page.getByRole("button", { name: "Lägg till kontaktpersonen" }) });
      await create.getByLabel("Namn").fill("Testa Testsson");
      await create.getByLabel("Telefon").fill("ring mig");
      await create.getByRole("button", { name: "Lägg till kontaktpersonen" }).click();
      const phone = create.getByLabel("Telefon");
      await create.getByText("Ange ett telefonnummer med siffror, t.ex. 054-61 40 00.").waitFor();
      expect(await phone.getAttribute("aria-invalid")).toBe("true");
      expect(await create.getByLabel("Namn").inputValue()).toBe("Testa Testsson");
      await phone.fill("054-61 40 00");
      await create.getByRole("button", { name: "Lägg till kontaktpersonen" }).click();
      await statusMessage(page, "Testa Testsson är sparad som kontaktperson.").waitFor();

      await page.getByRole("button", { name: "Ändra Testa Testsson" }).click();
      const edit = page.locator("form", { has: page.getByRole("button", { name: "Spara kontaktpersonen" }) });
      await edit.getByLabel("Roll").fill("Kommunikatör");
      await edit.getByRole("button", { name: "Spara kontaktpersonen" }).click();
      await statusMessage(page, "Testa Testsson är sparad som kontaktperson.").waitFor();
      const saved = (await publicApi.contact.list.query()).find((c) => c.name === "Testa Testsson")!;
      expect([saved.role, saved.phone]).toEqual(["Kommunikatör", "054-61 40 00"]);

      await page.getByRole("button", { name: "Ta bort Testa Testsson" }).click();
      await page.getByRole("button", { name: "Ja, ta bort kontaktpersonen" }).click();
      await statusMessage(page, "Kontaktpersonen är borttagen.").waitFor();
      expect(await publicApi.contact.list.query()).toEqual(before);
    } finally {
      await context.close();
      const added = (await publicApi.contact.list.query()).filter((c) => !before.some((b) => b.id === c.id));
      if (added.length)
        await asCoordinator(
          async (api) => void (await Promise.all(added.map((c) => api.contact.delete.mutate({ contactId: c.id })))),
        );
    }
  });
});

describe("frågor och lagringstid", () => {
  it("closes the open question, which leaves the portal, and sets the retention period (JavaScript av)", async () => {
    const [question] = await asCoordinatorQuery();
    const { context, page } = await newPage(browser, { javaScriptEnabled: false });
    try {
      await signIn(page);
      await page.goto(`${adminUrl}/${tenant}/synpunkter`);
      await page.getByRole("link", { name: "Frågorna och lagringstiden för personuppgifter" }).click();
      await page.getByRole("button", { name: `Ändra frågan ${question!.question}` }).click();
      const edit = page.locator("form", { has: page.getByRole("button", { name: "Spara frågan" }) });
      await edit.getByLabel("Stängd för nya svar").check();
      await edit.getByRole("button", { name: "Spara frågan" }).click();
      await statusMessage(page, "Frågan är sparad och stängd för nya svar.").waitFor();
      expect((await publicApi.publicInput.list.query()).questions.some((q) => q.id === question!.id)).toBe(false);

      await page.getByLabel("Lagringstid för namn och e-post").fill("0");
      await page.getByRole("button", { name: "Spara lagringstiden" }).click();
      await page.getByText("Minst 1 dag.").waitFor();
      await page.getByLabel("Lagringstid för namn och e-post").fill("400");
      await page.getByRole("button", { name: "Spara lagringstiden" }).click();
      await statusMessage(page, /^Namn och e-post sparas nu i 400 dagar\./).waitFor();
      expect((await publicApi.tenant.settings.query()).inputRetentionDays).toBe(400);
    } finally {
      await context.close();
      await asCoordinator(async (api) => {
        const saved = (await api.publicInput.questions.query()).find((q) => q.id === question!.id)!;
        await api.publicInput.saveQuestion.mutate({
          questionId: question!.id,
          expectedRevision: saved.revision,
          question: question!.question,
          purpose: question!.purpose,
          open: true,
        });
        await api.publicInput.setRetention.mutate({ days: 365 });
      });
    }
  });
});

/** The programme's questions, open and closed (only editors may list the closed ones). */
async function asCoordinatorQuery() {
  let questions: { id: string; question: string; purpose: string; open: boolean }[] = [];
  await asCoordinator(async (api) => {
    questions = await api.publicInput.questions.query();
  });
  expect(questions.filter((q) => q.open).length).toBe(1);
  return questions.filter((q) => q.open);
}
