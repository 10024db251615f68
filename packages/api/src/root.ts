import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { accountRouter } from "./routers/account.ts";
import { adoptionRouter } from "./routers/adoption.ts";
import { auditRouter } from "./routers/audit.ts";
import { authRouter } from "./routers/auth.ts";
import { indicatorRouter } from "./routers/indicator.ts";
import { malbildRouter } from "./routers/malbild.ts";
import { malbildVersionRouter } from "./routers/malbild-version.ts";
import {
  articleRouter,
  contactRouter,
  eventRouter,
  feedbackRouter,
  publicInputRouter,
  searchRouter,
} from "./routers/participation.ts";
import { openDataRouter } from "./routers/open-data.ts";
import { platformRouter } from "./routers/platform.ts";
import { roadmapRouter } from "./routers/roadmap.ts";
import { strategyRouter } from "./routers/strategy.ts";
import { tenantRouter } from "./routers/tenant.ts";
import { usersRouter } from "./routers/users.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  article: articleRouter,
  contact: contactRouter,
  event: eventRouter,
  feedback: feedbackRouter,
  publicInput: publicInputRouter,
  search: searchRouter,
  adoption: adoptionRouter,
  audit: auditRouter,
  auth: authRouter,
  strategy: strategyRouter,
  tenant: tenantRouter,
  indicator: indicatorRouter,
  malbild: malbildRouter,
  malbildVersion: malbildVersionRouter,
  openData: openDataRouter,
  platform: platformRouter,
  roadmap: roadmapRouter,
  users: usersRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

/** Server-side and test callers: `createCaller(createContextInner({ db, tenantSlug, sessionToken }))`. */
export const createCaller = createCallerFactory(appRouter);
