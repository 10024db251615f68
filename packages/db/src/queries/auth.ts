import { and, eq, gt, lte, ne } from "drizzle-orm";
import type { Role } from "@naravard/domain";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";

export async function findUserByEmail(tx: Tx, email: string) {
  const [row] = await tx
    .select({ id: s.appUser.id, email: s.appUser.email, name: s.appUser.name, passwordHash: s.appUser.passwordHash })
    .from(s.appUser)
    .where(eq(s.appUser.email, email))
    .limit(1);
  return row ?? null;
}

export async function createSession(tx: Tx, input: { userId: string; tokenHash: string; expiresAt: Date }) {
  await tx.insert(s.session).values(input);
}

/** The user behind a live session, or null when the token is unknown or expired. */
export async function findSessionUser(tx: Tx, tokenHash: string, now = new Date()) {
  const [row] = await tx
    .select({
      sessionId: s.session.id,
      userId: s.appUser.id,
      email: s.appUser.email,
      name: s.appUser.name,
      isPlatformAdmin: s.appUser.isPlatformAdmin,
      expiresAt: s.session.expiresAt,
    })
    .from(s.session)
    .innerJoin(s.appUser, eq(s.appUser.id, s.session.userId))
    .where(and(eq(s.session.tokenHash, tokenHash), gt(s.session.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/** Signs a user out of every browser, except (optionally) the session in use; how many sessions ended. */
export async function deleteSessionsOfUser(tx: Tx, userId: string, exceptTokenHash?: string): Promise<number> {
  const ended = await tx
    .delete(s.session)
    .where(and(eq(s.session.userId, userId), exceptTokenHash ? ne(s.session.tokenHash, exceptTokenHash) : undefined))
    .returning({ id: s.session.id });
  return ended.length;
}

export async function setPassword(tx: Tx, userId: string, passwordHash: string) {
  await tx.update(s.appUser).set({ passwordHash }).where(eq(s.appUser.id, userId));
}

export async function findUserById(tx: Tx, userId: string) {
  const [row] = await tx
    .select({ id: s.appUser.id, email: s.appUser.email, name: s.appUser.name, passwordHash: s.appUser.passwordHash })
    .from(s.appUser)
    .where(eq(s.appUser.id, userId));
  return row ?? null;
}

export async function deleteSession(tx: Tx, tokenHash: string) {
  await tx.delete(s.session).where(eq(s.session.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(tx: Tx, now = new Date()) {
  await tx.delete(s.session).where(lte(s.session.expiresAt, now));
}

/** The user's own memberships; visible only inside `withoutTenant(db, fn, userId)`. */
export function listMembershipsOfUser(
  tx: Tx,
  userId: string,
): Promise<{ tenantId: string; slug: string; name: string; role: Role }[]> {
  return tx
    .select({ tenantId: s.membership.tenantId, slug: s.tenant.slug, name: s.tenant.name, role: s.membership.role })
    .from(s.membership)
    .innerJoin(s.tenant, eq(s.tenant.id, s.membership.tenantId))
    .where(eq(s.membership.userId, userId));
}
