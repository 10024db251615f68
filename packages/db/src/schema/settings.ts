import { integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { tenantIsolation } from "./rls.ts";
import { tenantId } from "./tenant.ts";

/** A programme's own look and words (theme colour, logo text, terminology), set by its coordinators. */
export const tenantSetting = pgTable(
  "tenant_setting",
  {
    tenantId: tenantId().primaryKey(),
    accentColor: text().notNull(),
    logoText: text().notNull(),
    terms: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** Days before the personal data of public input is erased. */
    inputRetentionDays: integer().notNull().default(365),
    /** Bumped on every change; a save that names an older revision is a conflict, not an overwrite. */
    revision: integer().notNull().default(1),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  () => [tenantIsolation()],
);
