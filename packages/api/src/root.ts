import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { auditRouter } from "./routers/audit.ts";
import { authRouter } from "./routers/auth.ts";
import { malbildRouter } from "./routers/malbild.ts";
import { malbildVersionRouter } from "./routers/malbild-version.ts";
import { tenantRouter } from "./routers/tenant.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  audit: auditRouter,
  auth: authRouter,
  tenant: tenantRouter,
  malbild: malbildRouter,
  malbildVersion: malbildVersionRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Server-side and test callers: `createCaller(createContextInner({ db, tenantSlug, sessionToken }))`. */
export const createCaller = createCallerFactory(appRouter);
