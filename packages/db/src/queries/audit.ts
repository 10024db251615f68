import { and, desc, eq, lt, type SQL } from "drizzle-orm";
import * as s from "../schema/index.ts";
import type { Tx } from "../scope.ts";

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
