import { parseWithZod } from "@conform-to/zod/v4";
import { data } from "@remix-run/node";
import { z } from "zod";
import { ChangeRoleInputSchema, InviteInputSchema, RemoveMemberInputSchema, roleLabel } from "@naravard/domain";
import { redirectWithFlash } from "./flash.server.ts";
import { type OneTimeLink, absoluteLink, peopleFormIds } from "./people-forms.ts";
import { type PageContext, invalid, refused, runIntent } from "./roadmap-form-actions.server.ts";
import type { FormActionData } from "./roadmap-form-data.ts";
import { notFound } from "./session.server.ts";

/** What the personer page's forms post back: the usual result, and a one-time link when one was made. */
export interface PeopleActionData extends FormActionData {
  link?: OneTimeLink;
}

interface PeopleContext extends PageContext {
  /** The signed-in coordinator: changing their own role takes them off this page. */
  selfId: string;
  /** The tenant's start page, for a coordinator who is no longer one. */
  programmeUrl: string;
}

const RevokeInputSchema = z.object({ invitationId: z.uuid({ error: "Ogiltig inbjudan." }) });

/** The member named by the form's hidden id, as the API lists them; an unknown id is a 404. */
async function memberOf(ctx: PeopleContext, userId: string) {
  const { members } = await ctx.api.users.list.query();
  const member = members.find((m) => m.userId === userId);
  if (!member) throw notFound();
  return member;
}

async function invite(ctx: PeopleContext, formData: FormData) {
  const formId = peopleFormIds.invite;
  const submission = parseWithZod(formData, { schema: InviteInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, ["email", "role"]);
  // Accepting an invitation gives an existing member its role, past the rule that keeps a
  // coordinator; a member's role is changed in the list instead.
  const { members } = await ctx.api.users.list.query();
  const already = members.find((m) => m.email === submission.value.email);
  if (already) {
    const message = `${already.name} (${already.email}) är redan med i programmet. Ändra personens roll i listan i stället.`;
    return data<PeopleActionData>({ formId, result: submission.reply({ fieldErrors: { email: [message] } }) }, { status: 400 });
  }
  try {
    const made = await ctx.api.users.invite.mutate(submission.value);
    const link: OneTimeLink = {
      kind: "invitation",
      url: absoluteLink(ctx.request.url, made.path),
      recipient: `${submission.value.email} (${roleLabel[submission.value.role].toLowerCase()})`,
      email: submission.value.email,
      expiresAt: new Date(made.expiresAt).toISOString(),
    };
    // No redirect: the link exists only in this answer, so it is shown once and never stored.
    return data<PeopleActionData>({ formId, result: submission.reply({ resetForm: true }), link });
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: ["email", "role"] });
  }
}

async function revokeInvitation(ctx: PeopleContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: RevokeInputSchema });
  if (submission.status !== "success") throw notFound();
  try {
    await ctx.api.users.revokeInvitation.mutate(submission.value);
  } catch (error) {
    return refused(ctx, peopleFormIds.revoke(submission.value.invitationId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(`${ctx.pageUrl}#${peopleFormIds.invitations}`, "Inbjudan är återkallad. Länken fungerar inte längre.");
}

async function changeRole(ctx: PeopleContext, formData: FormData) {
  const userId = String(formData.get("userId") ?? "");
  const formId = peopleFormIds.role(userId);
  const submission = parseWithZod(formData, { schema: ChangeRoleInputSchema });
  if (submission.status !== "success") return invalid(formId, submission, ["role"]);
  const member = await memberOf(ctx, submission.value.userId);
  try {
    await ctx.api.users.changeRole.mutate(submission.value);
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: ["role"] });
  }
  const message = `${member.name} har nu rollen ${roleLabel[submission.value.role].toLowerCase()}.`;
  if (submission.value.userId === ctx.selfId && submission.value.role !== "coordinator") return redirectWithFlash(ctx.programmeUrl, message);
  return redirectWithFlash(`${ctx.pageUrl}#${peopleFormIds.member(member.userId)}`, message);
}

async function removeMember(ctx: PeopleContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: RemoveMemberInputSchema });
  if (submission.status !== "success") throw notFound();
  const member = await memberOf(ctx, submission.value.userId);
  try {
    await ctx.api.users.remove.mutate(submission.value);
  } catch (error) {
    return refused(ctx, peopleFormIds.remove(member.userId), submission, error, { visibleFields: [] });
  }
  const message = `${member.name} har inte längre tillgång till programmet.`;
  if (member.userId === ctx.selfId) return redirectWithFlash("/", message);
  return redirectWithFlash(`${ctx.pageUrl}#${peopleFormIds.members}`, message);
}

async function resetLink(ctx: PeopleContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: RemoveMemberInputSchema });
  if (submission.status !== "success") throw notFound();
  const member = await memberOf(ctx, submission.value.userId);
  const formId = peopleFormIds.resetLink(member.userId);
  try {
    const made = await ctx.api.users.createResetLink.mutate(submission.value);
    const link: OneTimeLink = {
      kind: "reset",
      url: absoluteLink(ctx.request.url, made.path),
      recipient: member.name,
      email: member.email,
      expiresAt: new Date(made.expiresAt).toISOString(),
    };
    return data<PeopleActionData>({ formId, result: submission.reply(), link });
  } catch (error) {
    return refused(ctx, formId, submission, error, { visibleFields: [] });
  }
}

async function signOutMember(ctx: PeopleContext, formData: FormData) {
  const submission = parseWithZod(formData, { schema: RemoveMemberInputSchema });
  if (submission.status !== "success") throw notFound();
  const member = await memberOf(ctx, submission.value.userId);
  try {
    await ctx.api.users.signOutMember.mutate(submission.value);
  } catch (error) {
    return refused(ctx, peopleFormIds.signOut(member.userId), submission, error, { visibleFields: [] });
  }
  return redirectWithFlash(`${ctx.pageUrl}#${peopleFormIds.member(member.userId)}`, `${member.name} är utloggad i alla webbläsare.`);
}

/** Invites, revokes, changes a role, removes, makes a reset link or signs a member out, as `intent` says. */
export const runPeopleAction = (ctx: PeopleContext, formData: FormData) =>
  runIntent<PeopleContext>(
    {
      invite,
      "revoke-invitation": revokeInvitation,
      "change-role": changeRole,
      "remove-member": removeMember,
      "reset-link": resetLink,
      "sign-out-member": signOutMember,
    },
    ctx,
    formData,
  );
