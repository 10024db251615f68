import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  ChangeRoleInputSchema,
  INVITATION_TTL_MS,
  InviteInputSchema,
  RESET_TTL_MS,
  RemoveMemberInputSchema,
  ResetLinkInputSchema,
} from "@naravard/domain";
import {
  countCoordinators,
  createInvitation,
  createPasswordReset,
  deleteSessionsOfUser,
  findMembership,
  findUserByEmail,
  isSharedAccount,
  listTenantUsers,
  recordAuditEvent,
  removeMembership,
  revokeInvitation,
  setMembershipRole,
  type Tx,
  withTenant,
} from "@naravard/db";
import { coordinatorProcedure, newToken, notFound } from "../trpc.ts";

const lastCoordinator = () =>
  new TRPCError({
    code: "PRECONDITION_FAILED",
    message: "Programmet måste ha minst en samordnare. Utse en annan samordnare först.",
  });

/**
 * Decision 016: accounts are global and may belong to several programmes, so a coordinator may
 * change an account itself (its password, its sessions) only while it belongs to their programme
 * alone. A shared account is changed by its owner (Konto); the coordinator can still change the
 * person's role in, or remove them from, their own programme.
 */
async function requireOwnAccount(tx: Tx, tenantId: string, userId: string) {
  if (!(await findMembership(tx, { tenantId, userId }))) throw notFound("Personen finns inte i programmet.");
  if (await isSharedAccount(tx, { userId, tenantId }))
    throw new TRPCError({
      code: "PRECONDITION_FAILED",
      message:
        "Kontot används även utanför programmet, så bara personen själv kan ändra lösenordet och logga ut sina inloggningar (under Konto). Du kan ändra personens roll eller ta bort personen från programmet.",
    });
}

/** The tenant's people: coordinators manage them (editors and viewers cannot). */
export const usersRouter = {
  list: coordinatorProcedure.query(({ ctx }) =>
    withTenant(ctx.db, ctx.tenant.id, (tx) => listTenantUsers(tx, { tenantId: ctx.tenant.id })),
  ),

  /** Creates a one-time invitation link, shown to the inviter (sending it by e-mail is optional). */
  invite: coordinatorProcedure.input(InviteInputSchema).mutation(async ({ ctx, input }) => {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    await withTenant(
      ctx.db,
      ctx.tenant.id,
      async (tx) => {
        // A member's role changes through changeRole, which keeps the last coordinator; an
        // invitation must not be a way around it.
        const existing = await findUserByEmail(tx, input.email);
        if (existing && (await findMembership(tx, { tenantId: ctx.tenant.id, userId: existing.id })))
          throw new TRPCError({ code: "CONFLICT", message: `${input.email} är redan med i programmet. Ändra rollen i stället.` });
        await createInvitation(tx, {
          tenantId: ctx.tenant.id,
          email: input.email,
          role: input.role,
          tokenHash: hash,
          invitedBy: ctx.user.id,
          expiresAt,
        });
      },
      ctx.actor,
    );
    return { token, expiresAt, path: `/${ctx.tenant.slug}/inbjudan/${token}` };
  }),

  revokeInvitation: coordinatorProcedure
    .input(z.object({ invitationId: z.uuid({ error: "Ogiltig inbjudan." }) }))
    .mutation(async ({ ctx, input }) => {
      const row = await withTenant(
        ctx.db,
        ctx.tenant.id,
        (tx) => revokeInvitation(tx, { tenantId: ctx.tenant.id, ...input }),
        ctx.actor,
      );
      if (!row) throw notFound("Inbjudan finns inte.");
      return row;
    }),

  changeRole: coordinatorProcedure.input(ChangeRoleInputSchema).mutation(async ({ ctx, input }) => {
    await withTenant(
      ctx.db,
      ctx.tenant.id,
      async (tx) => {
        const membership = await findMembership(tx, { tenantId: ctx.tenant.id, userId: input.userId });
        if (!membership) throw notFound("Personen finns inte i programmet.");
        if (
          membership.role === "coordinator" &&
          input.role !== "coordinator" &&
          (await countCoordinators(tx, ctx.tenant.id)) <= 1
        )
          throw lastCoordinator();
        await setMembershipRole(tx, { tenantId: ctx.tenant.id, ...input });
      },
      ctx.actor,
    );
    return { ok: true as const };
  }),

  remove: coordinatorProcedure.input(RemoveMemberInputSchema).mutation(async ({ ctx, input }) => {
    await withTenant(
      ctx.db,
      ctx.tenant.id,
      async (tx) => {
        const membership = await findMembership(tx, { tenantId: ctx.tenant.id, userId: input.userId });
        if (!membership) throw notFound("Personen finns inte i programmet.");
        if (membership.role === "coordinator" && (await countCoordinators(tx, ctx.tenant.id)) <= 1) throw lastCoordinator();
        await removeMembership(tx, { tenantId: ctx.tenant.id, userId: input.userId });
      },
      ctx.actor,
    );
    return { ok: true as const };
  }),

  /** A one-time link a member uses to choose a new password; their sessions end when it is used. */
  createResetLink: coordinatorProcedure.input(ResetLinkInputSchema).mutation(async ({ ctx, input }) => {
    const { token, hash } = newToken();
    const expiresAt = new Date(Date.now() + RESET_TTL_MS);
    await withTenant(
      ctx.db,
      ctx.tenant.id,
      async (tx) => {
        await requireOwnAccount(tx, ctx.tenant.id, input.userId);
        const reset = await createPasswordReset(tx, { userId: input.userId, tenantId: ctx.tenant.id, tokenHash: hash, expiresAt });
        // The fact that a link was made, for whom and until when; never the link itself.
        await recordAuditEvent(tx, [ctx.tenant.id], {
          actorUserId: ctx.user.id,
          action: "INSERT",
          entity: "password_reset",
          entityId: reset.id,
          after: { user_id: input.userId, expires_at: expiresAt.toISOString() },
        });
      },
      ctx.actor,
    );
    return { token, expiresAt, path: `/nytt-losenord/${token}` };
  }),

  /** Signs a member out of every browser (e.g. a lost laptop). */
  signOutMember: coordinatorProcedure.input(RemoveMemberInputSchema).mutation(async ({ ctx, input }) => {
    await withTenant(
      ctx.db,
      ctx.tenant.id,
      async (tx) => {
        await requireOwnAccount(tx, ctx.tenant.id, input.userId);
        const ended = await deleteSessionsOfUser(tx, input.userId);
        await recordAuditEvent(tx, [ctx.tenant.id], {
          actorUserId: ctx.user.id,
          action: "DELETE",
          entity: "session",
          entityId: input.userId,
          before: { user_id: input.userId, ended_sessions: ended },
        });
      },
      ctx.actor,
    );
    return { ok: true as const };
  }),
} satisfies TRPCRouterRecord;
