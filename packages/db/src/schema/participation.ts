import { sql } from "drizzle-orm";
import { boolean, customType, date, foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { appUser } from "./auth.ts";
import { tenantIsolation } from "./rls.ts";
import { audience } from "./strategy.ts";
import { memberOrganisation, tenantId } from "./tenant.ts";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

export const eventKind = pgEnum("event_kind", ["focus_week", "workshop", "seminar", "dialogue_meeting"]);
export const eventScope = pgEnum("event_scope", ["regional", "local"]);

/** An event: a focus week (which holds sessions), a workshop, a seminar or a dialogue meeting. */
export const event = pgTable(
  "event",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    parentId: uuid(),
    kind: eventKind().notNull(),
    title: text().notNull(),
    description: text().notNull().default(""),
    scope: eventScope().notNull().default("regional"),
    audiences: audience().array().notNull().default([]),
    /** Null when the sources give no date ("datum okänt"). */
    startsOn: date(),
    endsOn: date(),
    year: integer(),
    place: text().notNull().default(""),
    onlineUrl: text(),
    /** Bumped on every change; a save that names an older revision is a conflict, not an overwrite. */
    revision: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("event_tenant_starts_idx").on(t.tenantId, t.startsOn),
    unique("event_tenant_id_key").on(t.tenantId, t.id),
    foreignKey({ name: "event_parent_fk", columns: [t.tenantId, t.parentId], foreignColumns: [t.tenantId, t.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);

/** A slide deck (PDF stored here) or an external link of an event. */
export const eventMaterial = pgTable(
  "event_material",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    eventId: uuid().notNull(),
    title: text().notNull(),
    url: text(),
    fileName: text(),
    mimeType: text(),
    size: integer(),
    content: bytea(),
    /** Named in the sources but the file is not in the platform. */
    missing: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("event_material_tenant_event_idx").on(t.tenantId, t.eventId),
    foreignKey({ name: "event_material_event_fk", columns: [t.tenantId, t.eventId], foreignColumns: [event.tenantId, event.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);

export const articleKind = pgEnum("article_kind", ["news", "good_example"]);

/** A news article or a good example; `body` is sanitised HTML. */
export const article = pgTable(
  "article",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    kind: articleKind().notNull(),
    title: text().notNull(),
    lead: text().notNull().default(""),
    body: text().notNull().default(""),
    /** Null when the source does not give it. */
    publishedOn: date(),
    tags: text().array().notNull().default([]),
    /** Bumped on every change; a save that names an older revision is a conflict, not an overwrite. */
    revision: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("article_tenant_kind_published_idx").on(t.tenantId, t.kind, t.publishedOn), unique("article_tenant_id_key").on(t.tenantId, t.id), tenantIsolation()],
);

export const articleMember = pgTable(
  "article_member",
  { tenantId: tenantId(), articleId: uuid().notNull(), memberId: uuid().notNull() },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.articleId, t.memberId] }),
    foreignKey({ name: "article_member_article_fk", columns: [t.tenantId, t.articleId], foreignColumns: [article.tenantId, article.id] }).onDelete("cascade"),
    foreignKey({ name: "article_member_member_fk", columns: [t.tenantId, t.memberId], foreignColumns: [memberOrganisation.tenantId, memberOrganisation.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);

export const contact = pgTable(
  "contact",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    position: integer().notNull().default(0),
    name: text().notNull(),
    role: text().notNull().default(""),
    organisation: text().notNull().default(""),
    email: text(),
    phone: text(),
    /** Bumped on every change; a save that names an older revision is a conflict, not an overwrite. */
    revision: integer().notNull().default(1),
  },
  (t) => [index("contact_tenant_position_idx").on(t.tenantId, t.position), tenantIsolation()],
);

/** An open question the coordinator puts to the public. */
export const inputQuestion = pgTable(
  "input_question",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    question: text().notNull(),
    purpose: text().notNull(),
    open: boolean().notNull().default(true),
    /** Bumped on every change; a save that names an older revision is a conflict, not an overwrite. */
    revision: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("input_question_tenant_idx").on(t.tenantId, t.createdAt), unique("input_question_tenant_id_key").on(t.tenantId, t.id), tenantIsolation()],
);

export const inputStatus = pgEnum("input_status", ["pending", "published", "rejected"]);

/**
 * An answer from the public. Personal data (name, e-mail) is optional and erased after the
 * tenant's retention period or on request; `sourceHash` (a keyed hash of the sender's address)
 * serves the rate limit only.
 */
export const inputEntry = pgTable(
  "input_entry",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    questionId: uuid().notNull(),
    text: text().notNull(),
    name: text(),
    email: text(),
    sourceHash: text(),
    status: inputStatus().notNull().default("pending"),
    reason: text(),
    moderatedBy: uuid().references(() => appUser.id, { onDelete: "set null" }),
    moderatedAt: timestamp({ withTimezone: true }),
    personalDataErasedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("input_entry_tenant_status_idx").on(t.tenantId, t.status, t.createdAt),
    // The public list and the moderation queue, newest first. Partial indexes because under
    // row-level security a filter on an enum (whose = is not leakproof) cannot be an index
    // condition: the portal's list read 45 000 rows to show 200 at 100× data (19 ms → 1.7 ms).
    index("input_entry_published_idx").on(t.tenantId, t.createdAt).where(sql`${t.status} = 'published'`),
    index("input_entry_pending_idx").on(t.tenantId, t.createdAt).where(sql`${t.status} = 'pending'`),
    index("input_entry_tenant_source_idx").on(t.tenantId, t.sourceHash, t.createdAt),
    foreignKey({ name: "input_entry_question_fk", columns: [t.tenantId, t.questionId], foreignColumns: [inputQuestion.tenantId, inputQuestion.id] }).onDelete("cascade"),
    tenantIsolation(),
  ],
);

/** "Hade du nytta av innehållet på denna sida?" */
export const pageFeedback = pgTable(
  "page_feedback",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    path: text().notNull(),
    useful: boolean().notNull(),
    comment: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("page_feedback_tenant_path_idx").on(t.tenantId, t.path, t.createdAt), tenantIsolation()],
);
