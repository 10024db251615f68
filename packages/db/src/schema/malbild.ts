import { sql } from "drizzle-orm";
import { type AnyPgColumn, date, index, integer, pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantIsolation } from "./rls.ts";
import { tenantId } from "./tenant.ts";

export const malbildStatus = pgEnum("malbild_status", ["draft", "consultation", "adopted", "superseded"]);

/** A programme's målbild: its vision and, in the tables below, its content. */
export const malbild = pgTable(
  "malbild",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    /** 1, 2, 3 … per programme: the version as people refer to it ("version 2"). */
    versionNumber: integer().notNull().default(1),
    /** Bumped on every change; a save that names an older revision is a conflict, not an overwrite. */
    revision: integer().notNull().default(1),
    title: text().notNull(),
    vision: text().notNull(),
    /** Where the journey leads, e.g. "God och jämlik hälsa". */
    goal: text(),
    introduction: text().notNull().default(""),
    /** Where the content comes from, and what of it is demo data; shown with the målbild. */
    sourceNote: text().notNull().default(""),
    status: malbildStatus().notNull().default("draft"),
    adoptedOn: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("malbild_tenant_status_idx").on(t.tenantId, t.status),
    // Only one adopted version per programme at a time.
    uniqueIndex("malbild_one_adopted_idx").on(t.tenantId).where(sql`status = 'adopted'`),
    // At most one version in the works (draft or out for consultation) at a time.
    uniqueIndex("malbild_one_open_idx").on(t.tenantId).where(sql`status in ('draft', 'consultation')`),
    uniqueIndex("malbild_tenant_version_idx").on(t.tenantId, t.versionNumber),
    unique("malbild_tenant_id_key").on(t.tenantId, t.id),
    tenantIsolation(),
  ],
);

const malbildId = () =>
  uuid()
    .notNull()
    .references(() => malbild.id, { onDelete: "cascade" });

/** Content rows share one shape: tenant, målbild, position; indexes lead with the tenant. */
const ordered = (name: string) => (t: { tenantId: AnyPgColumn; malbildId: AnyPgColumn; position: AnyPgColumn }) => [
  uniqueIndex(`${name}_tenant_malbild_position_idx`).on(t.tenantId, t.malbildId, t.position),
  tenantIsolation(),
];

export const perspective = pgTable(
  "perspective",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    malbildId: malbildId(),
    position: integer().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
  },
  ordered("perspective"),
);

/** A first-person statement ("Jag får rätt hjälp och stöd i rätt tid"), optionally under a perspective. */
export const statement = pgTable(
  "statement",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    malbildId: malbildId(),
    perspectiveId: uuid().references(() => perspective.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    text: text().notNull(),
    revision: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  ordered("statement"),
);

export const shift = pgTable(
  "shift",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    malbildId: malbildId(),
    position: integer().notNull(),
    fromText: text().notNull(),
    toText: text().notNull(),
  },
  ordered("shift"),
);

export const principle = pgTable(
  "principle",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    malbildId: malbildId(),
    position: integer().notNull(),
    text: text().notNull(),
  },
  ordered("principle"),
);

export const journeyStage = pgTable(
  "journey_stage",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    malbildId: malbildId(),
    position: integer().notNull(),
    title: text().notNull(),
  },
  ordered("journey_stage"),
);

export const faqEntry = pgTable(
  "faq_entry",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    malbildId: malbildId(),
    position: integer().notNull(),
    question: text().notNull(),
    answer: text().notNull(),
  },
  ordered("faq_entry"),
);
