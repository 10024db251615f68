import { pgEnum, pgTable, text, timestamp, unique, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantIsolation } from "./rls.ts";

export const tenantKind = pgEnum("tenant_kind", ["region", "municipal_federation"]);
export const memberKind = pgEnum("member_kind", ["region", "municipality", "federation"]);

/** The tenant registry: public facts about each programme, readable by everyone. */
export const tenant = pgTable("tenant", {
  id: uuid().primaryKey().defaultRandom(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  /** The programme's own name, e.g. "Nära vård i Värmland". */
  programmeName: text().notNull(),
  kind: tenantKind().notNull(),
  countyCode: text().notNull(),
  description: text().notNull().default(""),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const tenantId = () =>
  uuid()
    .notNull()
    .references(() => tenant.id, { onDelete: "cascade" });

/** A party of the programme: the region, a municipality, or the federation itself. */
export const memberOrganisation = pgTable(
  "member_organisation",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    kind: memberKind().notNull(),
    officialCode: text().notNull(),
    name: text().notNull(),
  },
  (t) => [
    uniqueIndex("member_organisation_tenant_code_idx").on(t.tenantId, t.officialCode),
    // Target of composite foreign keys that keep references inside one tenant.
    unique("member_organisation_tenant_id_key").on(t.tenantId, t.id),
    tenantIsolation(),
  ],
);
