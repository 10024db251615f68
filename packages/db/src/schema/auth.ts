import { boolean, index, integer, pgEnum, pgPolicy, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { appRole, currentTenantId, currentUserId } from "./rls.ts";
import { tenant, tenantId } from "./tenant.ts";

export const role = pgEnum("role", ["coordinator", "editor", "viewer"]);

/** A person who can sign in to the admin. Users are global; what they may do is per tenant. */
export const appUser = pgTable("app_user", {
  id: uuid().primaryKey().defaultRandom(),
  email: text().notNull().unique(),
  name: text().notNull(),
  /** argon2id, PHC string format. */
  passwordHash: text().notNull(),
  /** Platform administrators create tenants; they need no membership to do so. */
  isPlatformAdmin: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A signed-in browser. Only the SHA-256 of the token is stored, so a database leak signs no one in. */
export const session = pgTable(
  "session",
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull().unique(),
    userId: uuid()
      .notNull()
      .references(() => appUser.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

/**
 * A user's role in one tenant. Visible inside that tenant's transaction, and to the user themself
 * (so signing in can list the user's own tenants without seeing anyone else's).
 */
export const membership = pgTable(
  "membership",
  {
    tenantId: tenantId(),
    userId: uuid()
      .notNull()
      .references(() => appUser.id, { onDelete: "cascade" }),
    role: role().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    index("membership_user_idx").on(t.userId),
    pgPolicy("tenant_isolation", {
      for: "all",
      to: appRole,
      using: sql`tenant_id = ${currentTenantId}`,
      withCheck: sql`tenant_id = ${currentTenantId}`,
    }),
    pgPolicy("own_memberships", { for: "select", to: appRole, using: sql`user_id = ${currentUserId}` }),
  ],
);

/** An invitation to join a tenant with a role; the link (token) is shown once to the inviter. */
export const invitation = pgTable(
  "invitation",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    email: text().notNull(),
    role: role().notNull(),
    tokenHash: text().notNull().unique(),
    invitedBy: uuid().references(() => appUser.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("invitation_tenant_idx").on(t.tenantId, t.createdAt),
    pgPolicy("tenant_isolation", {
      for: "all",
      to: appRole,
      using: sql`tenant_id = ${currentTenantId}`,
      withCheck: sql`tenant_id = ${currentTenantId}`,
    }),
  ],
);

/** A one-time password-reset link, made by a coordinator for a member (shown to them once). */
export const passwordReset = pgTable(
  "password_reset",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => appUser.id, { onDelete: "cascade" }),
    /**
     * The programme whose coordinator made the link (decision 016): it may be used only while the
     * account still belongs to that programme alone.
     */
    issuedInTenantId: uuid().references(() => tenant.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("password_reset_user_idx").on(t.userId)],
);

/**
 * Counters of rate-limiter-flexible's PostgreSQL (Drizzle) store: failed password checks, page
 * feedback and searches per client, shared by every API process. Keys are HMACs of the address
 * and e-mail, never the address itself. No tenant's data: no row-level security.
 */
export const rateLimit = pgTable("rate_limit", {
  key: text().primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true }),
});
