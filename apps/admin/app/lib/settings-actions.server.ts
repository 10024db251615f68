import { parseWithZod } from "@conform-to/zod/v4";
import { RetentionInputSchema } from "@naravard/domain";
import { redirectWithFlash } from "./flash.server.ts";
import { type PageContext, invalid, refused, runIntent } from "./roadmap-form-actions.server.ts";
import { RETENTION_FORM, SETTINGS_FORM, SettingsFormSchema, retentionSaved, settingsFacts, termFields } from "./settings-view.ts";

const settingsFields = ["accentColor", "logoText", ...termFields.map((t) => `terms.${t.key}`)];

/** Saves colour, logo text and terms; the portal reads them on its next request. */
async function saveSettings(ctx: PageContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: SettingsFormSchema });
  if (submission.status !== "success") return invalid(SETTINGS_FORM, submission, settingsFields);
  try {
    await ctx.api.tenant.updateSettings.mutate(submission.value);
  } catch (error) {
    const savedNow = async () => settingsFacts(await ctx.api.tenant.settings.query());
    return refused(ctx, SETTINGS_FORM, submission, error, { visibleFields: settingsFields, savedNow });
  }
  return redirectWithFlash(`${ctx.pageUrl}#${SETTINGS_FORM}`, "Inställningarna är sparade. Portalen visar dem redan.");
}

async function saveRetention(ctx: PageContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: RetentionInputSchema });
  if (submission.status !== "success") return invalid(RETENTION_FORM, submission, ["days"]);
  let saved: { days: number; erased: number };
  try {
    saved = await ctx.api.publicInput.setRetention.mutate(submission.value);
  } catch (error) {
    return refused(ctx, RETENTION_FORM, submission, error, { visibleFields: ["days"] });
  }
  return redirectWithFlash(`${ctx.pageUrl}#${RETENTION_FORM}`, retentionSaved(saved.days, saved.erased));
}

export const runSettingsAction = (ctx: PageContext, formData: FormData) =>
  runIntent({ "save-settings": saveSettings, "save-retention": saveRetention }, ctx, formData);
