import { sql } from "drizzle-orm";
import { pgPolicy, pgRole } from "drizzle-orm/pg-core";

/**
 * The non-owner role every API transaction switches to. Created by the first (custom) migration;
 * drizzle-kit only references it.
 */
export const appRole = pgRole("naravard_app").existing();

/** The tenant set for the current transaction by `withTenant`; NULL when none is set. */
export const currentTenantId = sql`nullif(current_setting('app.tenant_id', true), '')::uuid`;
export const currentUserId = sql`nullif(current_setting('app.user_id', true), '')::uuid`;

/** Rows of a tenant-owned table are visible and writable only inside their tenant's transaction. */
export const tenantIsolation = () =>
  pgPolicy("tenant_isolation", {
    as: "permissive",
    for: "all",
    to: appRole,
    using: sql`tenant_id = ${currentTenantId}`,
    withCheck: sql`tenant_id = ${currentTenantId}`,
  });
