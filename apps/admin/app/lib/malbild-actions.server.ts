import type { Submission } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { data, redirect } from "@remix-run/node";
import { AddStatementInputSchema, RemoveStatementInputSchema, UpdateStatementInputSchema, UpdateVisionInputSchema } from "@naravard/domain";
import { STALE_PAGE_MESSAGE, describeApiFailure } from "./api-errors.ts";
import { type apiFor, apiFieldErrors, apiErrorCode, isApiError, rethrowUnexpected } from "./api.server.ts";
import { redirectWithFlash } from "./flash.server.ts";
import { type MalbildActionData, anchors, formIds } from "./malbild-forms.ts";
import { loginUrlFor } from "./redirect-to.ts";
import { clearSessionCookie, notFound } from "./session.server.ts";

interface EditContext {
  request: Request;
  api: ReturnType<typeof apiFor>;
  /** The målbild page, where every outcome returns. */
  pageUrl: string;
}

type AnySubmission = Submission<Record<string, unknown>, string[]>;

function invalid(formId: string, submission: AnySubmission, visibleFields: readonly string[]) {
  // A refused hidden field (a tampered or outdated id) cannot be fixed in the form: say so.
  const errors = "error" in submission ? submission.error : undefined;
  const hidden = Object.keys(errors ?? {}).some((name) => !visibleFields.includes(name));
  const result = submission.reply(hidden ? { formErrors: [STALE_PAGE_MESSAGE] } : undefined);
  return data<MalbildActionData>({ formId, result }, { status: 400 });
}

async function refused(ctx: EditContext, formId: string, submission: AnySubmission, error: unknown, visibleFields: readonly string[]) {
  const outcome = describeApiFailure(
    {
      code: apiErrorCode(error),
      message: error instanceof Error ? error.message : "",
      fieldErrors: apiFieldErrors(error),
      conflict: isApiError(error) ? error.data?.conflict : null,
    },
    visibleFields,
  );
  switch (outcome.kind) {
    case "invalid":
      return data<MalbildActionData>(
        { formId, result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) },
        { status: outcome.status },
      );
    case "rejected":
      return data<MalbildActionData>({ formId, result: submission.reply({ formErrors: outcome.formErrors }), saved: outcome.saved }, { status: outcome.status });
    case "not-found":
      throw notFound();
    case "signed-out":
      throw redirect(loginUrlFor(ctx.request.url), { headers: { "Set-Cookie": await clearSessionCookie() } });
    case "unexpected":
      return rethrowUnexpected(error);
  }
}

async function updateVision(ctx: EditContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: UpdateVisionInputSchema });
  if (submission.status !== "success") return invalid(formIds.vision, submission, ["vision"]);
  try {
    await ctx.api.malbild.updateVision.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formIds.vision, submission, error, ["vision"]);
  }
  return redirectWithFlash(`${ctx.pageUrl}#${anchors.vision}`, "Visionen är sparad.");
}

async function updateStatement(ctx: EditContext, formData: FormData) {
  const formId = formIds.statement(String(formData.get("statementId")));
  const submission = parseWithZod(formData, { schema: UpdateStatementInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, ["text"]);
  try {
    await ctx.api.malbild.updateStatement.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, ["text"]);
  }
  return redirectWithFlash(`${ctx.pageUrl}#${anchors.statement(submission.value.statementId)}`, "Påståendet är sparat.");
}

async function addStatement(ctx: EditContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: AddStatementInputSchema });
  if (submission.status !== "success") return invalid(formIds.addStatement, submission, ["text", "perspectiveId"]);
  let added: { id: string };
  try {
    added = await ctx.api.malbild.addStatement.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formIds.addStatement, submission, error, ["text", "perspectiveId"]);
  }
  return redirectWithFlash(`${ctx.pageUrl}#${anchors.statement(added.id)}`, "Påståendet är tillagt.");
}

async function removeStatement(ctx: EditContext, formData: FormData) {
  const formId = formIds.removal(String(formData.get("statementId")));
  const submission = parseWithZod(formData, { schema: RemoveStatementInputSchema });
  // The id comes from the page, not from typing: an unusable one is a statement that is not there.
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.malbild.removeStatement.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, []);
  }
  return redirectWithFlash(`${ctx.pageUrl}#${anchors.statements}`, "Påståendet är borttaget.");
}

const handlers = {
  "update-vision": updateVision,
  "update-statement": updateStatement,
  "add-statement": addStatement,
  "remove-statement": removeStatement,
} as const;

export type MalbildIntent = keyof typeof handlers;

/** Runs the change the posted form names in its `intent`. */
export async function runMalbildAction(ctx: EditContext, formData: FormData) {
  const intent = formData.get("intent");
  if (typeof intent !== "string" || !Object.hasOwn(handlers, intent)) {
    throw new Response("Okänd åtgärd.", { status: 400, statusText: "Bad Request" });
  }
  return handlers[intent as MalbildIntent](ctx, formData);
}
