import { and, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import type { AuditAction } from "@naravard/domain";
import { queryRows } from "../client.ts";
import * as s from "../schema/index.ts";
import { type Tx, pinTenant } from "../scope.ts";

export interface AuditFilter {
  tenantId: string;
  entity?: string;
  actorUserId?: string;
  /** Entries strictly older than this (keyset pagination). */
  before?: Date;
  limit?: number;
}

/** The tenant's audit trail, newest first, with the actor's name. */
export function listAuditEntries(tx: Tx, filter: AuditFilter) {
  const where: SQL[] = [eq(s.auditLog.tenantId, filter.tenantId)];
  if (filter.entity) where.push(eq(s.auditLog.entity, filter.entity));
  if (filter.actorUserId) where.push(eq(s.auditLog.actorUserId, filter.actorUserId));
  if (filter.before) where.push(lt(s.auditLog.at, filter.before));
  return tx
    .select({
      id: s.auditLog.id,
      at: s.auditLog.at,
      action: s.auditLog.action,
      entity: s.auditLog.entity,
      entityId: s.auditLog.entityId,
      before: s.auditLog.before,
      after: s.auditLog.after,
      actorUserId: s.auditLog.actorUserId,
      actorName: s.appUser.name,
      actorEmail: s.appUser.email,
    })
    .from(s.auditLog)
    .leftJoin(s.appUser, eq(s.appUser.id, s.auditLog.actorUserId))
    .where(and(...where))
    .orderBy(desc(s.auditLog.at), desc(s.auditLog.id))
    .limit(Math.min(filter.limit ?? 50, 200));
}

/** A write the audit trigger cannot see, described as facts: never a secret, a token or a password hash. */
export interface AuditEvent {
  actorUserId: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/**
 * Records a write to a global table — the tenant registry, a person's password, sessions and reset
 * links have no tenant, so no trigger writes their entry — in the audit log of each tenant
 * concerned, inside the caller's transaction: it is rolled back with the write. Each entry is
 * written with its own tenant pinned (the log is private to each tenant), and the transaction's
 * tenant, if any, is pinned again afterwards.
 */
export async function recordAuditEvent(tx: Tx, tenantIds: readonly string[], event: AuditEvent): Promise<void> {
  if (tenantIds.length === 0) return;
  const [pinned] = await queryRows<{ tenantId: string | null }>(
    tx,
    sql`select nullif(current_setting('app.tenant_id', true), '') as "tenantId"`,
  );
  for (const tenantId of new Set(tenantIds)) {
    await pinTenant(tx, tenantId);
    await tx.insert(s.auditLog).values({
      tenantId,
      actorUserId: event.actorUserId,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      before: event.before ?? null,
      after: event.after ?? null,
    });
  }
  await pinTenant(tx, pinned?.tenantId ?? null);
}
