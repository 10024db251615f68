import { parseWithZod } from "@conform-to/zod/v4";
import { redirectWithFlash } from "./flash.server.ts";
import { ContactFormSchema, ContactIdSchema, participationAnchors, participationFormIds } from "./participation-forms.ts";
import { type PageContext, invalid, refused, runIntent } from "./roadmap-form-actions.server.ts";
import { clearMissing } from "./roadmap-form-data.ts";
import { contactFacts } from "./participation-view.ts";
import { notFound } from "./session.server.ts";

const contactFields = ["name", "role", "organisation", "email", "phone"] as const;

async function saveContact(ctx: PageContext, formData: FormData) {
  const contactId = formData.get("contactId");
  const formId = typeof contactId === "string" && contactId ? participationFormIds.edit(contactId) : participationFormIds.create;
  const submission = parseWithZod(formData, { schema: ContactFormSchema });
  if (submission.status !== "success") return invalid(formId, submission, contactFields);
  let saved: { id: string };
  try {
    // An emptied e-mail or phone is cleared; the API keeps what is not sent at all.
    saved = await ctx.api.contact.save.mutate(clearMissing(submission.value, ["email", "phone"]));
  } catch (error) {
    const savedNow = async () => {
      const found = (await ctx.api.contact.list.query()).find((c) => c.id === submission.value.contactId);
      return found ? contactFacts(found) : null;
    };
    return refused(ctx, formId, submission, error, { visibleFields: contactFields, savedNow });
  }
  return redirectWithFlash(
    `${ctx.pageUrl}#${participationAnchors.item(saved.id)}`,
    `${submission.value.name} är sparad som kontaktperson.`,
  );
}

async function deleteContact(ctx: PageContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: ContactIdSchema });
  // The id comes from the page, not from typing: an unusable one is a contact that is not there.
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.contact.delete.mutate(submission.value);
  } catch (error) {
    return refused(ctx, participationFormIds.remove(submission.value.contactId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(`${ctx.pageUrl}#${participationAnchors.list}`, "Kontaktpersonen är borttagen.");
}

/** Adds, changes or removes a contact person, as the posted form's `intent` says. */
export const runContactAction = (ctx: PageContext, formData: FormData) =>
  runIntent({ "save-contact": saveContact, "delete-contact": deleteContact }, ctx, formData);
