import type { Submission } from "@conform-to/react";
import { data, redirect } from "@remix-run/node";
import type { Role } from "@naravard/domain";
import { STALE_PAGE_MESSAGE, describeApiFailure } from "./api-errors.ts";
import { type apiFor, apiErrorCode, apiFieldErrors, isApiError, rethrowUnexpected } from "./api.server.ts";
import { loginUrlFor } from "./redirect-to.ts";
import type { FormActionData, SavedNow } from "./roadmap-form-data.ts";
import { canEdit, clearSessionCookie, notFound } from "./session.server.ts";

/**
 * The plumbing every programme-work page's action shares (beslut, färdplan, strategier,
 * uppföljning): one intent per form, conform + the domain's schema, the API's refusals mapped to
 * messages on the right form, and a redirect with a flash message on success. The same shape as
 * the målbild editor's actions.
 */

export type Api = ReturnType<typeof apiFor>;

export interface PageContext {
  request: Request;
  api: Api;
  /** The page every outcome returns to. */
  pageUrl: string;
  /** What a role that may not change this page is told (the API refuses too). */
  forbidden: string;
}

type AnySubmission = Submission<Record<string, unknown>, string[]>;
type Handler<C extends PageContext> = (ctx: C, formData: FormData) => Promise<Response | ReturnType<typeof data<FormActionData>>>;

export const CONFLICT_MESSAGE =
  "Någon annan har sparat en ändring medan du redigerade. Det som är sparat nu står under formuläret. Gör om din ändring och spara igen, så ersätter den det sparade.";
const CONFLICT_RELOAD_MESSAGE = "Någon annan har sparat en ändring medan du redigerade. Ladda om sidan för att se den och gör om din ändring.";

/** Stops a reader who posts anyway with the plain 403 page (the API would refuse as well). */
export function requireEditor(role: Role, message: string) {
  if (!canEdit(role)) throw new Response(message, { status: 403, statusText: "Forbidden" });
}

/** A form the schema refused: its errors next to its fields, what was typed kept. */
export function invalid(formId: string, submission: AnySubmission, visibleFields: readonly string[]) {
  // A refused hidden field (a tampered or outdated id) cannot be fixed in the form: say so.
  const errors = "error" in submission ? submission.error : undefined;
  const hidden = Object.keys(errors ?? {}).some((name) => !visibleFields.some((f) => name === f || name.startsWith(`${f}[`)));
  const result = submission.reply(hidden ? { formErrors: [STALE_PAGE_MESSAGE] } : undefined);
  return data<FormActionData>({ formId, result }, { status: 400 });
}

interface RefusalOptions {
  visibleFields: readonly string[];
  /** What is saved now, for a conflict: read afresh, since the page the user sees is out of date. */
  savedNow?: () => Promise<SavedNow["facts"] | null>;
}

/** A change the API refused: a message on the form, the 404 page, or a new login. */
export async function refused(ctx: PageContext, formId: string, submission: AnySubmission, error: unknown, options: RefusalOptions) {
  const outcome = describeApiFailure(
    {
      code: apiErrorCode(error),
      message: error instanceof Error ? error.message : "",
      fieldErrors: apiFieldErrors(error),
      conflict: isApiError(error) ? error.data?.conflict : null,
    },
    options.visibleFields,
  );
  const reply = (formErrors: string[], status: number, saved?: SavedNow) =>
    data<FormActionData>({ formId, result: submission.reply({ formErrors }), ...(saved ? { saved } : {}) }, { status });
  switch (outcome.kind) {
    case "invalid":
      return data<FormActionData>({ formId, result: submission.reply({ fieldErrors: outcome.fieldErrors, formErrors: outcome.formErrors }) }, { status: 400 });
    case "rejected": {
      if (outcome.status === 403) return reply([ctx.forbidden], 403);
      if (apiErrorCode(error) === "CONFLICT") {
        const saved = await savedVersion(error, options.savedNow);
        return saved ? reply([CONFLICT_MESSAGE], 409, saved) : reply([CONFLICT_RELOAD_MESSAGE], 409);
      }
      return reply(outcome.formErrors, outcome.status);
    }
    case "not-found":
      throw notFound();
    case "signed-out":
      throw redirect(loginUrlFor(ctx.request.url), { headers: { "Set-Cookie": await clearSessionCookie() } });
    case "unexpected":
      return rethrowUnexpected(error);
  }
}

/** The API sends `{ id, revision }` of the row as it is saved now; the page reads the rest. */
async function savedVersion(error: unknown, savedNow: RefusalOptions["savedNow"]): Promise<SavedNow | undefined> {
  const current = isApiError(error) ? (error.data?.conflict as { revision?: unknown } | null | undefined) : null;
  if (typeof current?.revision !== "number" || !savedNow) return undefined;
  const facts = await savedNow().catch(() => null);
  return facts ? { revision: current.revision, facts } : undefined;
}

/** Runs the change the posted form names in its `intent`. */
export function runIntent<C extends PageContext>(handlers: Record<string, Handler<C>>, ctx: C, formData: FormData) {
  const intent = formData.get("intent");
  const handler = typeof intent === "string" && Object.hasOwn(handlers, intent) ? handlers[intent] : undefined;
  if (!handler) throw new Response("Okänd åtgärd.", { status: 400, statusText: "Bad Request" });
  return handler(ctx, formData);
}
