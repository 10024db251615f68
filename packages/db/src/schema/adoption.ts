import { date, foreignKey, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { malbild } from "./malbild.ts";
import { tenantIsolation } from "./rls.ts";
import { memberOrganisation, tenantId } from "./tenant.ts";

export const adoptionStatus = pgEnum("adoption_status", ["not_started", "in_preparation", "adopted", "declined"]);

/**
 * A member organisation's formal decision on a målbild version (beslut): status, deciding body,
 * date (null when the sources do not give one), reference (diarienummer), link, note. A member's
 * current status is its latest decision; the history replays the adoption map.
 */
export const adoptionDecision = pgTable(
  "adoption_decision",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    memberId: uuid().notNull(),
    /** The målbild version decided on. */
    malbildId: uuid(),
    status: adoptionStatus().notNull(),
    decidingBody: text(),
    decidedOn: date(),
    reference: text(),
    link: text(),
    note: text(),
    revision: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("adoption_decision_tenant_member_idx").on(t.tenantId, t.memberId, t.decidedOn),
    index("adoption_decision_tenant_day_idx").on(t.tenantId, t.decidedOn),
    // Composite keys: a decision can only name a member and a version of its own tenant, even if a
    // query forgot to check (foreign-key checks are not subject to row-level security).
    foreignKey({ name: "adoption_decision_member_fk", columns: [t.tenantId, t.memberId], foreignColumns: [memberOrganisation.tenantId, memberOrganisation.id] }).onDelete("cascade"),
    foreignKey({ name: "adoption_decision_malbild_fk", columns: [t.tenantId, t.malbildId], foreignColumns: [malbild.tenantId, malbild.id] }),
    tenantIsolation(),
  ],
);
