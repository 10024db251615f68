export * from "./tenant.ts";
export * from "./malbild.ts";
export * from "./auth.ts";
export * from "./audit.ts";
export * from "./versions.ts";
export * from "./geography.ts";
export * from "./adoption.ts";
export * from "./swedish.ts";
