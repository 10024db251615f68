import { date, foreignKey, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { activityStatus } from "./roadmap.ts";
import { tenantIsolation } from "./rls.ts";
import { tenantId } from "./tenant.ts";

export const strategyMode = pgEnum("strategy_mode", ["implement", "develop"]);
export const strategyActivityKind = pgEnum("strategy_activity_kind", ["information", "dialogue_meeting", "workshop", "other"]);
export const audience = pgEnum("audience", ["staff", "managers", "leaders", "politicians", "citizens"]);

/** A development strategy a federation implements or develops (Fyrbodal: one of each). */
export const strategy = pgTable(
  "strategy",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    position: integer().notNull().default(0),
    title: text().notNull(),
    mode: strategyMode().notNull(),
    focusArea: text().notNull().default(""),
    description: text().notNull().default(""),
    fundingSource: text().notNull().default(""),
    fundingArea: text().notNull().default(""),
    periodStart: integer(),
    periodEnd: integer(),
    commissionedBy: text().notNull().default(""),
    steeringGroup: text().notNull().default(""),
    revision: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("strategy_tenant_position_idx").on(t.tenantId, t.position), unique("strategy_tenant_id_key").on(t.tenantId, t.id), tenantIsolation()],
);

export const strategyActivity = pgTable(
  "strategy_activity",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    strategyId: uuid().notNull(),
    kind: strategyActivityKind().notNull(),
    title: text().notNull(),
    audiences: audience().array().notNull().default([]),
    status: activityStatus().notNull().default("planned"),
    /** Null while the sources (or the plan) give no date. */
    heldOn: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("strategy_activity_tenant_strategy_idx").on(t.tenantId, t.strategyId),
    foreignKey({ name: "strategy_activity_strategy_fk", columns: [t.tenantId, t.strategyId], foreignColumns: [strategy.tenantId, strategy.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);

/** A governance check-in (steering group, management network, commissioners) with its decisions. */
export const strategyMeeting = pgTable(
  "strategy_meeting",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    strategyId: uuid().notNull(),
    body: text().notNull(),
    title: text().notNull().default(""),
    heldOn: date(),
    decisions: text().array().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("strategy_meeting_tenant_strategy_idx").on(t.tenantId, t.strategyId, t.heldOn),
    foreignKey({ name: "strategy_meeting_strategy_fk", columns: [t.tenantId, t.strategyId], foreignColumns: [strategy.tenantId, strategy.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);
