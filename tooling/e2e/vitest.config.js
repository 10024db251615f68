import { defineConfig } from "vitest/config";

// Browser tests across the apps; run by tooling/scripts/e2e.mjs once the platform is up.
export default defineConfig({
  test: {
    root: "../..",
    include: ["apps/*/e2e/**/*.e2e.ts"],
    // A 2-core machine running the API, two apps and Chromium: axe on a large page takes seconds.
    testTimeout: 120_000,
    // In CI a browser test gets one more try; vitest reports each retry, so a flaky test shows.
    retry: process.env.CI ? 1 : 0,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: "forks",
  },
});
