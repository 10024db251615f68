import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { z } from "zod";
import { ChangeStatusInputSchema, malbildStatusLabel } from "@naravard/domain";
import { apiErrorCode } from "./api.server.ts";
import { redirectWithFlash } from "./flash.server.ts";
import { type PageContext, invalid, refused, runIntent } from "./roadmap-form-actions.server.ts";
import type { FormActionData } from "./roadmap-form-data.ts";
import { versionFormIds } from "./version-view.ts";

const CreateDraftSchema = z.object({ fromMalbildId: z.uuid({ error: "Ogiltig identitet." }) });

/**
 * A conflict here is not a lost race with another editor (what `refused` assumes) but "a version is
 * already open": the API's own sentence says which one, so it is shown as it is.
 */
async function refusedChange(
  ctx: PageContext,
  formId: string,
  submission: Parameters<typeof refused>[2],
  error: unknown,
  visibleFields: readonly string[],
) {
  if (apiErrorCode(error) === "CONFLICT" && error instanceof Error)
    return data<FormActionData>({ formId, result: submission.reply({ formErrors: [error.message] }) }, { status: 409 });
  return refused(ctx, formId, submission, error, { visibleFields });
}

async function createDraft(ctx: PageContext, formData: FormData) {
  const formId = versionFormIds.createDraft;
  const submission = parseWithZod(formData, { schema: CreateDraftSchema });
  if (submission.status !== "success") return invalid(formId, submission, []);
  let created: { versionNumber: number };
  try {
    created = await ctx.api.malbildVersion.createDraft.mutate(submission.value);
  } catch (error) {
    return refusedChange(ctx, formId, submission, error, []);
  }
  return redirectWithFlash(`${ctx.pageUrl}#${versionFormIds.list}`, `Version ${created.versionNumber} är skapad som utkast.`);
}

async function changeStatus(ctx: PageContext, formData: FormData) {
  const malbildId = String(formData.get("malbildId"));
  const adopting = formData.get("status") === "adopted";
  const formId = adopting ? versionFormIds.adopt(malbildId) : versionFormIds.status(malbildId);
  const submission = parseWithZod(formData, { schema: ChangeStatusInputSchema });
  const visible = adopting ? ["adoptedOn"] : [];
  if (submission.status !== "success") return invalid(formId, submission, visible);
  let changed: { versionNumber: number; status: keyof typeof malbildStatusLabel };
  try {
    changed = await ctx.api.malbildVersion.changeStatus.mutate(submission.value);
  } catch (error) {
    return refusedChange(ctx, formId, submission, error, visible);
  }
  return redirectWithFlash(
    `${ctx.pageUrl}#${versionFormIds.item(malbildId)}`,
    `Version ${changed.versionNumber} har nu status ”${malbildStatusLabel[changed.status]}”.`,
  );
}

/** Starts a draft or moves a version along its life cycle, as the posted form's `intent` says. */
export const runVersionAction = (ctx: PageContext, formData: FormData) =>
  runIntent({ "create-draft": createDraft, "change-status": changeStatus }, ctx, formData);
