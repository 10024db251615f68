export { appRouter, createCaller, type AppRouter, type RouterInputs, type RouterOutputs } from "./root.ts";
export { createContextInner, createContextFromHeaders, TENANT_HEADER, type ContextInner, type ProcedureObserver } from "./context.ts";
export { apiErrorCodeOf } from "./results.ts";
export { LIMITS, sweepRateLimits } from "./limits.ts";
