export * from "./format.ts";
export * from "./theme.ts";
export * from "./components.tsx";
