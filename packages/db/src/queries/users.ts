import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Role } from "@naravard/domain";
import * as s from "../schema/index.ts";
import { queryRows } from "../client.ts";
import { type Tx, pinUser } from "../scope.ts";

/** The tenant's members with their roles, and the invitations not yet accepted. */
export async function listTenantUsers(tx: Tx, { tenantId }: { tenantId: string }) {
  const members = await tx
    .select({
      userId: s.appUser.id,
      name: s.appUser.name,
      email: s.appUser.email,
      role: s.membership.role,
      since: s.membership.createdAt,
    })
    .from(s.membership)
    .innerJoin(s.appUser, eq(s.appUser.id, s.membership.userId))
    .where(eq(s.membership.tenantId, tenantId))
    .orderBy(asc(s.appUser.name));
  const invitations = await tx
    .select({
      id: s.invitation.id,
      email: s.invitation.email,
      role: s.invitation.role,
      createdAt: s.invitation.createdAt,
      expiresAt: s.invitation.expiresAt,
    })
    .from(s.invitation)
    .where(and(eq(s.invitation.tenantId, tenantId), isNull(s.invitation.acceptedAt), gt(s.invitation.expiresAt, new Date())))
    .orderBy(asc(s.invitation.createdAt));
  return { members, invitations };
}

export async function createInvitation(
  tx: Tx,
  input: { tenantId: string; email: string; role: Role; tokenHash: string; invitedBy: string; expiresAt: Date },
) {
  const [row] = await tx.insert(s.invitation).values(input).returning({ id: s.invitation.id });
  return row!;
}

export async function findOpenInvitation(tx: Tx, { tenantId, tokenHash }: { tenantId: string; tokenHash: string }) {
  const [row] = await tx
    .select({ id: s.invitation.id, email: s.invitation.email, role: s.invitation.role, expiresAt: s.invitation.expiresAt })
    .from(s.invitation)
    .where(
      and(
        eq(s.invitation.tenantId, tenantId),
        eq(s.invitation.tokenHash, tokenHash),
        isNull(s.invitation.acceptedAt),
        gt(s.invitation.expiresAt, new Date()),
      ),
    )
    .for("update");
  return row ?? null;
}

export async function revokeInvitation(tx: Tx, { tenantId, invitationId }: { tenantId: string; invitationId: string }) {
  const [row] = await tx
    .delete(s.invitation)
    .where(and(eq(s.invitation.tenantId, tenantId), eq(s.invitation.id, invitationId), isNull(s.invitation.acceptedAt)))
    .returning({ id: s.invitation.id });
  return row ?? null;
}

/**
 * Accepts an invitation in one transaction: creates the user when the e-mail is new, adds (or
 * updates) the membership and marks the invitation used.
 */
export async function acceptInvitation(
  tx: Tx,
  input: {
    tenantId: string;
    invitationId: string;
    role: Role;
    user: { id: string } | { email: string; name: string; passwordHash: string };
  },
) {
  let userId: string;
  if ("id" in input.user) userId = input.user.id;
  else {
    const [created] = await tx.insert(s.appUser).values(input.user).returning({ id: s.appUser.id });
    userId = created!.id;
  }
  // The person accepting is the actor of what follows in the audit log (they came with a link, not a session).
  await pinUser(tx, userId);
  await tx
    .insert(s.membership)
    .values({ tenantId: input.tenantId, userId, role: input.role })
    // Someone who became a member meanwhile keeps their role (roles change through changeRole).
    .onConflictDoNothing({ target: [s.membership.tenantId, s.membership.userId] });
  await tx
    .update(s.invitation)
    .set({ acceptedAt: new Date() })
    .where(and(eq(s.invitation.tenantId, input.tenantId), eq(s.invitation.id, input.invitationId)));
  return { userId };
}

export async function countCoordinators(tx: Tx, tenantId: string) {
  const rows = await tx
    .select({ userId: s.membership.userId })
    .from(s.membership)
    .where(and(eq(s.membership.tenantId, tenantId), eq(s.membership.role, "coordinator")));
  return rows.length;
}

export async function findMembership(tx: Tx, { tenantId, userId }: { tenantId: string; userId: string }) {
  const [row] = await tx
    .select({ role: s.membership.role })
    .from(s.membership)
    .where(and(eq(s.membership.tenantId, tenantId), eq(s.membership.userId, userId)))
    .for("update");
  return row ?? null;
}

export async function setMembershipRole(tx: Tx, input: { tenantId: string; userId: string; role: Role }) {
  await tx
    .update(s.membership)
    .set({ role: input.role })
    .where(and(eq(s.membership.tenantId, input.tenantId), eq(s.membership.userId, input.userId)));
}

export async function removeMembership(tx: Tx, input: { tenantId: string; userId: string }) {
  await tx.delete(s.membership).where(and(eq(s.membership.tenantId, input.tenantId), eq(s.membership.userId, input.userId)));
}

/** A reset link made by the coordinator of `tenantId` (decision 016: for an account of that programme alone). */
export async function createPasswordReset(tx: Tx, { tenantId, ...input }: { userId: string; tenantId: string; tokenHash: string; expiresAt: Date }) {
  const [row] = await tx.insert(s.passwordReset).values({ ...input, issuedInTenantId: tenantId }).returning({ id: s.passwordReset.id });
  return row!;
}

/**
 * Whether an account is more than one programme's to manage: it belongs to another programme too,
 * or is a platform administrator's (decision 016). A yes or no, from a function that sees past
 * row-level security without showing which programmes.
 */
export async function isSharedAccount(tx: Tx, input: { userId: string; tenantId: string }): Promise<boolean> {
  const [row] = await queryRows<{ shared: boolean }>(tx, sql`select naravard_account_is_shared(${input.userId}::uuid, ${input.tenantId}::uuid) as shared`);
  return row?.shared === true;
}

/** Whether a reset link is open (unused, not expired), without using it. */
export async function findOpenPasswordReset(tx: Tx, tokenHash: string) {
  const [row] = await tx
    .select({ id: s.passwordReset.id })
    .from(s.passwordReset)
    .where(and(eq(s.passwordReset.tokenHash, tokenHash), isNull(s.passwordReset.usedAt), gt(s.passwordReset.expiresAt, new Date())));
  return row ?? null;
}

/**
 * Uses a reset link once: returns the user it belongs to, or null when unknown, used or expired,
 * or when a coordinator's link meets an account that has since joined another programme (then it
 * is refused for good: the check is made again at every use).
 */
export async function consumePasswordReset(tx: Tx, tokenHash: string) {
  const [row] = await tx
    .update(s.passwordReset)
    .set({ usedAt: new Date() })
    .where(
      and(eq(s.passwordReset.tokenHash, tokenHash), isNull(s.passwordReset.usedAt), gt(s.passwordReset.expiresAt, new Date())),
    )
    .returning({ userId: s.passwordReset.userId, tenantId: s.passwordReset.issuedInTenantId });
  if (!row) return null;
  if (row.tenantId !== null && (await isSharedAccount(tx, { userId: row.userId, tenantId: row.tenantId }))) return null;
  return { userId: row.userId };
}
