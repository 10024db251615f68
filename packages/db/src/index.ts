export * from "./client.ts";
export * from "./scope.ts";
export * from "./env.ts";
export * from "./password.ts";
export * as schema from "./schema/index.ts";
export * from "./queries/tenants.ts";
export * from "./queries/malbild.ts";
export * from "./queries/malbild-edit.ts";
export * from "./queries/malbild-versions.ts";
export * from "./queries/auth.ts";
export * from "./queries/audit.ts";
export * from "./queries/users.ts";
export * from "./queries/platform.ts";
export * from "./queries/adoption.ts";
export * from "./queries/roadmap.ts";
export * from "./queries/roadmap-edit.ts";
export * from "./queries/strategy.ts";
// One copy of drizzle's operators for the whole monorepo.
export { and, asc, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
