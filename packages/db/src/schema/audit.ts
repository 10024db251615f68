import { index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { appUser } from "./auth.ts";
import { tenantIsolation } from "./rls.ts";
import { tenantId } from "./tenant.ts";

export const auditAction = pgEnum("audit_action", ["INSERT", "UPDATE", "DELETE"]);

/**
 * Every change to a tenant's data, written by a trigger inside the same transaction as the change
 * (migration 0003): who (the user pinned by withTenant), when, what, and the row before and after.
 * Append-only for the application role.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid().references(() => appUser.id, { onDelete: "set null" }),
    action: auditAction().notNull(),
    entity: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
  },
  // Ascending, read backwards for the log's order (at desc, id desc): an index declared `at desc`
  // sorts nulls last, which that order does not, so the log sorted every row of the programme
  // (240 ms at 700 000 entries → 0.4 ms).
  (t) => [index("audit_log_tenant_at_idx").on(t.tenantId, t.at, t.id), index("audit_log_tenant_entity_idx").on(t.tenantId, t.entity, t.entityId), tenantIsolation()],
);
