import { parseWithZod } from "@conform-to/zod/v4";
import { AdoptionDecisionInputSchema, DeleteAdoptionDecisionInputSchema, UpdateAdoptionDecisionInputSchema } from "@naravard/domain";
import { decisionFacts } from "./adoption-view.ts";
import { adoptionFormIds } from "./adoption-forms.ts";
import { redirectWithFlash } from "./flash.server.ts";
import { type PageContext, invalid, refused, runIntent } from "./roadmap-form-actions.server.ts";
import { clearMissing } from "./roadmap-form-data.ts";
import { notFound } from "./session.server.ts";

const fields = ["memberId", "status", "decidingBody", "decidedOn", "reference", "link", "note"] as const;
const optional = ["decidingBody", "decidedOn", "reference", "link", "note"] as const;

/** The decision as saved now, read afresh after a conflict. */
async function savedDecision(ctx: PageContext, decisionId: string) {
  const overview = await ctx.api.adoption.overview.query({});
  const found = overview.decisions.find((d) => d.id === decisionId);
  return found ? decisionFacts(found) : null;
}

async function createDecision(ctx: PageContext, formData: FormData) {
  const formId = adoptionFormIds.create;
  const submission = parseWithZod(formData, { schema: AdoptionDecisionInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, fields);
  let created: { id: string };
  try {
    created = await ctx.api.adoption.create.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: fields });
  }
  return redirectWithFlash(`${ctx.pageUrl}#${adoptionFormIds.anchor(created.id)}`, "Beslutet är registrerat.");
}

async function updateDecision(ctx: PageContext, formData: FormData) {
  const decisionId = String(formData.get("decisionId"));
  const formId = adoptionFormIds.edit(decisionId);
  const submission = parseWithZod(formData, { schema: UpdateAdoptionDecisionInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, fields);
  try {
    await ctx.api.adoption.update.mutate(clearMissing(submission.value, optional));
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: fields, savedNow: () => savedDecision(ctx, decisionId) });
  }
  return redirectWithFlash(`${ctx.pageUrl}#${adoptionFormIds.anchor(decisionId)}`, "Beslutet är sparat.");
}

async function deleteDecision(ctx: PageContext, formData: FormData) {
  const formId = adoptionFormIds.remove(String(formData.get("decisionId")));
  const submission = parseWithZod(formData, { schema: DeleteAdoptionDecisionInputSchema });
  // The id comes from the page, not from typing: an unusable one is a decision that is not there.
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.adoption.delete.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(`${ctx.pageUrl}#${adoptionFormIds.list}`, "Beslutet är borttaget.");
}

/** Registers, changes or removes a member's decision, as the posted form's `intent` says. */
export const runAdoptionAction = (ctx: PageContext, formData: FormData) =>
  runIntent({ "create-decision": createDecision, "update-decision": updateDecision, "delete-decision": deleteDecision }, ctx, formData);
