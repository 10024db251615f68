import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { CreateTenantInputSchema } from "@naravard/domain";
import { env } from "../env.server.ts";
import { apiErrorCode } from "./api.server.ts";
import { CREATE_FORM, invitationUrl } from "./platform-view.ts";
import { type PageContext, invalid, refused } from "./roadmap-form-actions.server.ts";
import type { FormActionData } from "./roadmap-form-data.ts";

const visibleFields = ["name", "programmeName", "slug", "kind", "description", "memberCodes", "coordinatorEmail"] as const;

/** A programme just created, shown once: its invitation link is not stored anywhere the page could read again. */
export interface CreatedProgramme {
  name: string;
  slug: string;
  members: number;
  invitationUrl: string;
  portalHref: string;
}

export type PlatformActionData = FormActionData & { created?: CreatedProgramme };

/**
 * Creates the programme. Success answers with the page itself rather than a redirect: the first
 * coordinator's one-time link must be shown to the platform administrator, and a flash cookie is
 * no place for a secret.
 */
export async function createProgramme(ctx: PageContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: CreateTenantInputSchema });
  if (submission.status !== "success") return invalid(CREATE_FORM, submission, visibleFields);
  try {
    const created = await ctx.api.platform.createTenant.mutate(submission.value);
    return data<PlatformActionData>({
      formId: CREATE_FORM,
      result: submission.reply({ resetForm: true }),
      created: {
        name: submission.value.name,
        slug: created.slug,
        members: created.members,
        invitationUrl: invitationUrl(new URL(ctx.request.url).origin, created.invitationPath),
        portalHref: `${env.PORTAL_URL}/${created.slug}`,
      },
    });
  } catch (error) {
    // The only conflict is a programme code in use: that is the code field's error.
    if (apiErrorCode(error) === "CONFLICT" && error instanceof Error)
      return data<PlatformActionData>(
        { formId: CREATE_FORM, result: submission.reply({ fieldErrors: { slug: [error.message] } }) },
        { status: 409 },
      );
    return refused(ctx, CREATE_FORM, submission, error, { visibleFields });
  }
}
