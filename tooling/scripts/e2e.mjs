#!/usr/bin/env node
// `pnpm test:e2e`: browser tests in Debian's Chromium against a production build of the whole
// platform, started here on its own ports and a throwaway embedded database (or E2E_DATABASE_URL).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureChromium, log, root, run, start, stop, waitFor } from "./lib.mjs";

const chromium = ensureChromium();
log(`Chromium: ${chromium}`);

log("Bygger portalen och admin …");
run("pnpm", ["turbo", "run", "build", "--filter=@naravard/portal", "--filter=@naravard/admin"]);

const ports = { api: process.env.E2E_API_PORT ?? "4400", portal: process.env.E2E_PORTAL_PORT ?? "3400", admin: process.env.E2E_ADMIN_PORT ?? "3401" };
const dataDir = process.env.E2E_DATABASE_URL ? null : mkdtempSync(join(tmpdir(), "naravard-e2e-"));
const dbEnv = process.env.E2E_DATABASE_URL ? { DATABASE_URL: process.env.E2E_DATABASE_URL } : { PGLITE_DIR: dataDir, DATABASE_URL: "" };
const apiUrl = `http://127.0.0.1:${ports.api}`;
const portalUrl = `http://127.0.0.1:${ports.portal}`;
const adminUrl = `http://127.0.0.1:${ports.admin}`;

log(`Förbereder testdatabasen (${dataDir ?? "PostgreSQL"}) …`);
run("pnpm", ["--filter", "@naravard/db", "run", "seed"], { env: { ...dbEnv, NODE_ENV: "development" } });

const apps = { API_URL: apiUrl, PORTAL_URL: portalUrl, SESSION_SECRET: "e2e-secret-not-for-production" };
const children = [start("api", "pnpm", ["--filter", "@naravard/api-server", "run", "start"], { env: { ...dbEnv, API_PORT: ports.api, NARAVARD_BENCH: "1" } })];
await waitFor(`${apiUrl}/readyz`).catch(() => {});
children.push(
  start("portal", "pnpm", ["--filter", "@naravard/portal", "run", "start"], { env: { ...apps, PORT: ports.portal } }),
  start("admin", "pnpm", ["--filter", "@naravard/admin", "run", "start"], { env: { ...apps, PORT: ports.admin } }),
);
const cleanup = () => {
  children.forEach(stop);
  if (dataDir) setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 1000);
};
process.on("SIGINT", () => {
  cleanup();
  process.exit(130);
});

let status = 1;
try {
  await Promise.all([waitFor(`${apiUrl}/readyz`), waitFor(portalUrl), waitFor(`${adminUrl}/logga-in`)]);
  log("Plattformen är uppe; kör webbläsartesterna …");
  const { spawnSync } = await import("node:child_process");
  const result = spawnSync("pnpm", ["exec", "vitest", "run", "--config", "vitest.config.js", ...process.argv.slice(2)], {
    cwd: join(root, "tooling", "e2e"),
    stdio: "inherit",
    env: { ...process.env, PORTAL_URL: portalUrl, ADMIN_URL: adminUrl, API_URL: apiUrl, CHROMIUM_PATH: chromium },
  });
  status = result.status ?? 1;
} catch (error) {
  console.error(`✗ ${error.message}`);
} finally {
  cleanup();
}
setTimeout(() => process.exit(status), 1500);
