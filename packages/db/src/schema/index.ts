export * from "./rls.ts";
export * from "./tenant.ts";
export * from "./malbild.ts";
export * from "./auth.ts";
export * from "./audit.ts";
export * from "./adoption.ts";
export * from "./roadmap.ts";
export * from "./relations.ts";
