import { defineConfig } from "vitest/config";

/**
 * The shared test configuration. Integration tests boot an embedded PostgreSQL (PGlite) per
 * file, which takes a few seconds on a busy 2-core machine, so set-up hooks get a generous timeout.
 */
export const sharedConfig = defineConfig({
  test: {
    include: ["src/**/*.test.ts", "app/**/*.test.ts", "server/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: process.env.CI ? 2 : undefined,
  },
});

export default sharedConfig;
