import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  AcceptInvitationInputSchema,
  ChangePasswordInputSchema,
  OneTimeTokenSchema,
  ResetPasswordInputSchema,
  roleLabel,
} from "@naravard/domain";
import {
  type Tx,
  acceptInvitation,
  consumePasswordReset,
  deleteSessionsOfUser,
  findOpenInvitation,
  findOpenPasswordReset,
  findUserByEmail,
  findUserById,
  hashPassword,
  listMembershipsOfUser,
  pinUser,
  recordAuditEvent,
  setPassword,
  verifyPassword,
  withTenant,
  withoutTenant,
} from "@naravard/db";
import { checkPassword } from "../limits.ts";
import { authedProcedure, hashSessionToken, publicProcedure, tenantProcedure } from "../trpc.ts";

/**
 * The programmes a person belongs to: where a change to their account is recorded in the audit
 * log (the user must be pinned in the transaction to see their memberships). A person in no
 * programme — a platform administrator — has no programme's log to write to.
 */
const tenantsOf = async (tx: Tx, userId: string) => (await listMembershipsOfUser(tx, userId)).map((m) => m.tenantId);

const invalidLink = () =>
  new TRPCError({ code: "NOT_FOUND", message: "Länken är ogiltig, redan använd eller för gammal. Be om en ny." });

/** What a person does with their own account: accept an invitation, change or reset the password, sign out everywhere. */
export const accountRouter = {
  /**
   * What an invitation link offers, for the page that accepts it. Never whether the address has
   * an account: whoever holds the link (the inviter too) must not learn that (decision 016).
   */
  invitation: tenantProcedure.input(z.object({ token: OneTimeTokenSchema })).query(async ({ ctx, input }) => {
    const found = await withTenant(ctx.db, ctx.tenant.id, (tx) =>
      findOpenInvitation(tx, { tenantId: ctx.tenant.id, tokenHash: hashSessionToken(input.token) }),
    );
    if (!found) throw invalidLink();
    return { email: found.email, role: found.role, roleLabel: roleLabel[found.role], tenantName: ctx.tenant.name };
  }),

  /**
   * Accepts an invitation: a new person chooses a name and password; someone who already has an
   * account proves it with their current password and gets the new membership.
   */
  acceptInvitation: tenantProcedure.input(AcceptInvitationInputSchema).mutation(async ({ ctx, input }) => {
    const tokenHash = hashSessionToken(input.token);
    const lookUp = (tx: Tx) =>
      findOpenInvitation(tx, { tenantId: ctx.tenant.id, tokenHash }).then(async (invitation) =>
        invitation ? { invitation, existing: await findUserByEmail(tx, invitation.email) } : null,
      );
    const found = await withTenant(ctx.db, ctx.tenant.id, lookUp);
    if (!found) throw invalidLink();
    // An existing account proves itself with its password, counted like a sign-in (decision 016).
    // Checked between transactions: the limiter counts on a connection of its own.
    const { existing, invitation } = found;
    if (existing && !(await checkPassword(ctx.db, { email: invitation.email, address: ctx.clientAddress }, () => verifyPassword(existing.passwordHash, input.password))))
      throw new TRPCError({
        code: "UNAUTHORIZED",
        message: `Lösenordet stämmer inte. Har du redan ett konto för ${invitation.email} anger du det kontots lösenord.`,
      });
    // Hashed only for a new account, after the link proved good: a bad link costs no argon2.
    const passwordHash = existing ? null : await hashPassword(input.password);
    return withTenant(ctx.db, ctx.tenant.id, async (tx) => {
      const now = await lookUp(tx);
      // Used meanwhile, or an account appeared meanwhile whose password was not the one checked.
      if (!now || now.existing?.id !== existing?.id) throw invalidLink();
      const user = existing ? { id: existing.id } : { email: invitation.email, name: input.name, passwordHash: passwordHash! };
      const { userId } = await acceptInvitation(tx, { tenantId: ctx.tenant.id, invitationId: invitation.id, role: invitation.role, user });
      return { email: invitation.email, userId };
    });
  }),

  /** Uses a one-time reset link; every session of the person ends. */
  resetPassword: publicProcedure.input(ResetPasswordInputSchema).mutation(async ({ ctx, input }) => {
    // argon2 (19 MiB, tens of ms) only for a link that is open now: a made-up token costs one query.
    if (!(await withoutTenant(ctx.db, (tx) => findOpenPasswordReset(tx, hashSessionToken(input.token))))) throw invalidLink();
    const passwordHash = await hashPassword(input.password);
    const email = await withoutTenant(ctx.db, async (tx) => {
      const reset = await consumePasswordReset(tx, hashSessionToken(input.token));
      if (!reset) throw invalidLink();
      // The person the link belongs to is the one acting, and their programmes are told.
      await pinUser(tx, reset.userId);
      await setPassword(tx, reset.userId, passwordHash);
      const ended = await deleteSessionsOfUser(tx, reset.userId);
      await recordAuditEvent(tx, await tenantsOf(tx, reset.userId), {
        actorUserId: reset.userId,
        action: "UPDATE",
        entity: "app_user",
        entityId: reset.userId,
        after: { user_id: reset.userId, password: "ändrat med en länk för nytt lösenord", ended_sessions: ended },
      });
      return (await findUserById(tx, reset.userId))!.email;
    });
    return { email };
  }),

  /** Changes the password; other browsers are signed out, this one stays signed in. */
  changePassword: authedProcedure.input(ChangePasswordInputSchema).mutation(async ({ ctx, input }) => {
    const user = await withoutTenant(ctx.db, (tx) => findUserById(tx, ctx.user.id));
    if (
      !user ||
      !(await checkPassword(ctx.db, { email: user.email, address: ctx.clientAddress }, () => verifyPassword(user.passwordHash, input.currentPassword)))
    )
      throw new TRPCError({ code: "BAD_REQUEST", message: "Det nuvarande lösenordet stämmer inte." });
    const passwordHash = await hashPassword(input.newPassword);
    await withoutTenant(
      ctx.db,
      async (tx) => {
        await setPassword(tx, ctx.user.id, passwordHash);
        const ended = await deleteSessionsOfUser(tx, ctx.user.id, ctx.sessionTokenHash);
        await recordAuditEvent(tx, await tenantsOf(tx, ctx.user.id), {
          actorUserId: ctx.user.id,
          action: "UPDATE",
          entity: "app_user",
          entityId: ctx.user.id,
          after: { user_id: ctx.user.id, password: "ändrat", ended_sessions: ended },
        });
      },
      ctx.user.id,
    );
    return { ok: true as const };
  }),

  /** Ends every session of the signed-in person, this one included. */
  signOutEverywhere: authedProcedure.mutation(async ({ ctx }) => {
    await withoutTenant(
      ctx.db,
      async (tx) => {
        const ended = await deleteSessionsOfUser(tx, ctx.user.id);
        await recordAuditEvent(tx, await tenantsOf(tx, ctx.user.id), {
          actorUserId: ctx.user.id,
          action: "DELETE",
          entity: "session",
          entityId: ctx.user.id,
          before: { user_id: ctx.user.id, ended_sessions: ended },
        });
      },
      ctx.user.id,
    );
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
