import { type ExtractTablesWithRelations, sql } from "drizzle-orm";
import type { PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { z } from "zod";
import type { Database, Schema } from "./client.ts";

export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

const UuidSchema = z.uuid();

/** The role of the application: not the tables' owner, so row-level security always applies. */
export const APP_ROLE = "naravard_app";

interface Scope {
  tenantId: string | null;
  userId: string | null;
}

async function inScope<T>(db: Database, scope: Scope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  // Ids come from our own lookups, but a malformed one must never reach the policy cast.
  if (scope.tenantId !== null) UuidSchema.parse(scope.tenantId);
  if (scope.userId !== null) UuidSchema.parse(scope.userId);
  return db.transaction(async (tx) => {
    // One round trip: switch to the non-owner role and pin the tenant (and user) for this
    // transaction only. Values are bound parameters, never interpolated SQL.
    await tx.execute(
      sql`select set_config('role', ${APP_ROLE}, true), set_config('app.tenant_id', ${scope.tenantId ?? ""}, true), set_config('app.user_id', ${scope.userId ?? ""}, true)`,
    );
    return fn(tx);
  });
}

/**
 * Pins a user inside a transaction already in scope (after the user was found in it), so the rows
 * only they may see — their memberships — become visible for the rest of the transaction.
 */
export async function pinUser(tx: Tx, userId: string): Promise<void> {
  UuidSchema.parse(userId);
  await tx.execute(sql`select set_config('app.user_id', ${userId}, true)`);
}

/**
 * Pins a tenant inside a transaction already in scope (a programme registered in it, or an audit
 * entry written for a tenant from a transaction without one); null unpins it again.
 */
export async function pinTenant(tx: Tx, tenantId: string | null): Promise<void> {
  if (tenantId !== null) UuidSchema.parse(tenantId);
  await tx.execute(sql`select set_config('app.tenant_id', ${tenantId ?? ""}, true)`);
}

/**
 * The only way the API touches tenant data: a transaction under the application role with the
 * tenant pinned, so PostgreSQL's row-level security hides every other tenant's rows even if a
 * query forgets its where-clause.
 */
export function withTenant<T>(
  db: Database,
  tenantId: string,
  fn: (tx: Tx) => Promise<T>,
  /** The signed-in user acting, recorded as the actor of every change in the audit log. */
  actor: { userId: string } | null = null,
): Promise<T> {
  return inScope(db, { tenantId, userId: actor?.userId ?? null }, fn);
}

/**
 * For global tables (the tenant registry, users, sessions): the application role with no tenant
 * pinned, so every tenant-owned table looks empty. With a user id, the user's own memberships
 * become visible (signing in lists a person's tenants).
 */
export function withoutTenant<T>(db: Database, fn: (tx: Tx) => Promise<T>, userId: string | null = null): Promise<T> {
  return inScope(db, { tenantId: null, userId }, fn);
}
