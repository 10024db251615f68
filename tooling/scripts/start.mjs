#!/usr/bin/env node
// `pnpm start` (after the production build) and `pnpm dev` (with reload): runs the API, the portal
// and the admin together until Ctrl-C. The API prepares the database itself before it serves
// (migrate + idempotent seed, NARAVARD_SEED=1), in its own process, so the embedded database is
// opened once; the portal and admin start meanwhile (their pages wait for the API).
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { log, root, start, stop, waitFor } from "./lib.mjs";

const dev = process.argv.includes("--dev");
const env = {
  API_PORT: process.env.API_PORT ?? "4000",
  PORTAL_PORT: process.env.PORTAL_PORT ?? "3000",
  ADMIN_PORT: process.env.ADMIN_PORT ?? "3001",
};
if (!process.env.DATABASE_URL) env.PGLITE_DIR = process.env.PGLITE_DIR ?? join(root, ".data", "pglite");
const apiUrl = process.env.API_URL ?? `http://127.0.0.1:${env.API_PORT}`;
const portalUrl = process.env.PORTAL_URL ?? `http://localhost:${env.PORTAL_PORT}`;
const adminUrl = `http://localhost:${env.ADMIN_PORT}`;

log("Startar API:t (som förbereder databasen: migreringar och exempelinnehåll), portalen och admin …");

// The admin signs its session cookie. A deployment sets SESSION_SECRET; on a developer machine one
// is made once and kept next to the embedded database, so sign-ins survive a restart.
function sessionSecret() {
  if (process.env.SESSION_SECRET) return process.env.SESSION_SECRET;
  const file = join(root, ".data", "session-secret");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}
const apps = { API_URL: apiUrl, PORTAL_URL: portalUrl, ADMIN_URL: adminUrl, SESSION_SECRET: sessionSecret() };
const children = [
  start("api", "pnpm", ["--filter", "@naravard/api-server", "run", dev ? "dev" : "start"], { env: { ...env, NARAVARD_SEED: "1" } }),
  dev
    ? start("portal", "pnpm", ["--filter", "@naravard/portal", "exec", "remix", "vite:dev", "--port", env.PORTAL_PORT], { env: apps })
    : start("portal", "pnpm", ["--filter", "@naravard/portal", "run", "start"], { env: { ...apps, PORT: env.PORTAL_PORT } }),
  dev
    ? start("admin", "pnpm", ["--filter", "@naravard/admin", "exec", "remix", "vite:dev", "--port", env.ADMIN_PORT], { env: apps })
    : start("admin", "pnpm", ["--filter", "@naravard/admin", "run", "start"], { env: { ...apps, PORT: env.ADMIN_PORT } }),
];

let stopping = false;
const shutdown = (code) => {
  if (stopping) return;
  stopping = true;
  children.forEach(stop);
  setTimeout(() => process.exit(code), 1500).unref();
};
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
for (const child of children)
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`En process avslutades oväntat (kod ${code}); stoppar plattformen.`);
      shutdown(code ?? 1);
    }
  });

try {
  // The API first: until it is ready the apps answer 503, and nobody needs to see that.
  await waitFor(`${apiUrl}/readyz`, 180_000);
  await Promise.all([waitFor(portalUrl), waitFor(`${adminUrl}/logga-in`)]);
  console.log(`
  Plattformen är igång${dev ? " (utvecklingsläge)" : ""}:
    Portal   ${portalUrl}            (t.ex. ${portalUrl}/varmland/malbild)
    Admin    ${adminUrl}            (demo: samordnare@varmland.demo / nara-vard-demo)
    API      ${apiUrl}            (/healthz, /readyz, /trpc)
  Stoppa med Ctrl-C.
`);
} catch (error) {
  console.error(`✗ ${error.message}`);
  shutdown(1);
}
