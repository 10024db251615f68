import { boolean, doublePrecision, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { malbildElementKind } from "./roadmap.ts";
import { tenantIsolation } from "./rls.ts";
import { memberOrganisation, tenantId } from "./tenant.ts";

export const indicatorDirection = pgEnum("indicator_direction", ["increase", "decrease"]);

/** A follow-up indicator: unit, baseline and target; `code` matches Kolada's KPI id when imported from there. */
export const indicator = pgTable(
  "indicator",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    code: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    unit: text().notNull(),
    direction: indicatorDirection().notNull().default("increase"),
    baselineValue: doublePrecision(),
    baselinePeriod: text(),
    targetValue: doublePrecision(),
    targetPeriod: text(),
    isDemo: boolean().notNull().default(false),
    /** Bumped on every change; a save that names an older revision is a conflict, not an overwrite. */
    revision: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("indicator_tenant_code_idx").on(t.tenantId, t.code), unique("indicator_tenant_id_key").on(t.tenantId, t.id), tenantIsolation()],
);

/** A measured value of an indicator for one member and one period (year). */
export const indicatorValue = pgTable(
  "indicator_value",
  {
    tenantId: tenantId(),
    indicatorId: uuid().notNull(),
    memberId: uuid().notNull(),
    period: text().notNull(),
    value: doublePrecision().notNull(),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.indicatorId, t.memberId, t.period] }),
    index("indicator_value_tenant_member_idx").on(t.tenantId, t.memberId),
    foreignKey({ name: "indicator_value_indicator_fk", columns: [t.tenantId, t.indicatorId], foreignColumns: [indicator.tenantId, indicator.id] }).onDelete("cascade"),
    foreignKey({ name: "indicator_value_member_fk", columns: [t.tenantId, t.memberId], foreignColumns: [memberOrganisation.tenantId, memberOrganisation.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);

export const indicatorLink = pgTable(
  "indicator_link",
  {
    tenantId: tenantId(),
    indicatorId: uuid().notNull(),
    elementKind: malbildElementKind().notNull(),
    elementId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.indicatorId, t.elementKind, t.elementId] }),
    foreignKey({ name: "indicator_link_indicator_fk", columns: [t.tenantId, t.indicatorId], foreignColumns: [indicator.tenantId, indicator.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);
