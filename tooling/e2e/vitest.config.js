import { defineConfig } from "vitest/config";

// Browser tests across the apps; run by tooling/scripts/e2e.mjs once the platform is up.
export default defineConfig({
  test: {
    root: "../..",
    include: ["apps/*/e2e/**/*.e2e.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: "forks",
  },
});
