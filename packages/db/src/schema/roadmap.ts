import { boolean, date, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { appUser } from "./auth.ts";
import { tenantIsolation } from "./rls.ts";
import { memberOrganisation, tenantId } from "./tenant.ts";

export const activityStatus = pgEnum("activity_status", ["planned", "ongoing", "done", "paused"]);
export const malbildElementKind = pgEnum("malbild_element_kind", ["perspective", "statement", "shift"]);

/** An area of the programme's roadmap (färdplan), e.g. "Kompetensförsörjning". */
export const roadmapArea = pgTable(
  "roadmap_area",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    position: integer().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    /** Example content not taken from the sources; the portal labels it. */
    isDemo: boolean().notNull().default(false),
    revision: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("roadmap_area_tenant_position_idx").on(t.tenantId, t.position), unique("roadmap_area_tenant_id_key").on(t.tenantId, t.id), tenantIsolation()],
);

export const roadmapActivity = pgTable(
  "roadmap_activity",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    areaId: uuid().notNull(),
    position: integer().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    status: activityStatus().notNull().default("planned"),
    progress: integer().notNull().default(0),
    /** The period as months, "YYYY-MM". */
    startMonth: text(),
    endMonth: text(),
    isDemo: boolean().notNull().default(false),
    revision: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("roadmap_activity_tenant_area_idx").on(t.tenantId, t.areaId, t.position),
    index("roadmap_activity_tenant_status_idx").on(t.tenantId, t.status, t.progress),
    unique("roadmap_activity_tenant_id_key").on(t.tenantId, t.id),
    foreignKey({ name: "roadmap_activity_area_fk", columns: [t.tenantId, t.areaId], foreignColumns: [roadmapArea.tenantId, roadmapArea.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);

/**
 * How many of a programme's activities have each status and progress: what the national overview
 * shows of every programme. Kept by statement triggers on roadmap_activity (migration 0018), so
 * the overview reads a few rows per programme instead of counting every activity (100 000 at the
 * benchmark's 100×). Derived data: not audited, rebuilt when a programme is imported.
 */
export const activityTally = pgTable(
  "activity_tally",
  {
    tenantId: tenantId(),
    status: activityStatus().notNull(),
    progress: integer().notNull(),
    n: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.status, t.progress] }), tenantIsolation()],
);

/** The member organisations that own an activity. */
export const activityOwner = pgTable(
  "activity_owner",
  {
    tenantId: tenantId(),
    activityId: uuid().notNull(),
    memberId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.activityId, t.memberId] }),
    index("activity_owner_tenant_member_idx").on(t.tenantId, t.memberId),
    foreignKey({ name: "activity_owner_activity_fk", columns: [t.tenantId, t.activityId], foreignColumns: [roadmapActivity.tenantId, roadmapActivity.id] }).onDelete("cascade"),
    foreignKey({ name: "activity_owner_member_fk", columns: [t.tenantId, t.memberId], foreignColumns: [memberOrganisation.tenantId, memberOrganisation.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);

/** Traceability: which målbild element (perspective, statement, shift) an activity moves. */
export const activityLink = pgTable(
  "activity_link",
  {
    tenantId: tenantId(),
    activityId: uuid().notNull(),
    elementKind: malbildElementKind().notNull(),
    elementId: uuid().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.activityId, t.elementKind, t.elementId] }),
    index("activity_link_tenant_element_idx").on(t.tenantId, t.elementKind, t.elementId),
    foreignKey({ name: "activity_link_activity_fk", columns: [t.tenantId, t.activityId], foreignColumns: [roadmapActivity.tenantId, roadmapActivity.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);

/** Every status or progress change of an activity, for its history. */
export const activityProgress = pgTable(
  "activity_progress",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    activityId: uuid().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    status: activityStatus().notNull(),
    progress: integer().notNull(),
    byUserId: uuid().references(() => appUser.id, { onDelete: "set null" }),
  },
  (t) => [
    index("activity_progress_tenant_activity_idx").on(t.tenantId, t.activityId, t.at),
    foreignKey({ name: "activity_progress_activity_fk", columns: [t.tenantId, t.activityId], foreignColumns: [roadmapActivity.tenantId, roadmapActivity.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);

export const roadmapMilestone = pgTable(
  "roadmap_milestone",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    areaId: uuid(),
    title: text().notNull(),
    dueOn: date().notNull(),
    done: boolean().notNull().default(false),
    isDemo: boolean().notNull().default(false),
  },
  (t) => [
    index("roadmap_milestone_tenant_due_idx").on(t.tenantId, t.dueOn),
    foreignKey({ name: "roadmap_milestone_area_fk", columns: [t.tenantId, t.areaId], foreignColumns: [roadmapArea.tenantId, roadmapArea.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);
