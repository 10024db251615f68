#!/usr/bin/env node
// `pnpm start` (production: `--build` builds the apps first) and `pnpm dev` (with reload): runs the
// API, the portal and the admin together until Ctrl-C. The API prepares the database itself before
// it serves (migrate + idempotent seed, NARAVARD_SEED=1), in its own process, so the embedded
// database is opened once. With `--build` the API starts first and prepares the database while the
// portal is built; then the portal's server starts, and once it answers the admin is built and
// started (`--force` builds without turbo's cache). The apps' pages wait for the API (503 until then).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { log, root, start, stop, waitFor } from "./lib.mjs";

const dev = process.argv.includes("--dev");
const build = !dev && process.argv.includes("--build");
const force = process.argv.includes("--force");
const env = {
  API_PORT: process.env.API_PORT ?? "4000",
  PORTAL_PORT: process.env.PORTAL_PORT ?? "3000",
  ADMIN_PORT: process.env.ADMIN_PORT ?? "3001",
};
if (!process.env.DATABASE_URL) env.PGLITE_DIR = process.env.PGLITE_DIR ?? join(root, ".data", "pglite");
const apiUrl = process.env.API_URL ?? `http://127.0.0.1:${env.API_PORT}`;
const portalUrl = process.env.PORTAL_URL ?? `http://localhost:${env.PORTAL_PORT}`;
const adminUrl = `http://localhost:${env.ADMIN_PORT}`;

log(
  `Startar API:t (som förbereder databasen: migreringar och exempelinnehåll)${build ? " medan portalen byggs" : ", portalen och admin"} …`,
);

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
const bin = (app, name) => join(root, "apps", app, "node_modules", ".bin", name);
const api = () =>
  dev
    ? start("api", "pnpm", ["--filter", "@naravard/api-server", "run", "dev"], { env: { ...env, NARAVARD_SEED: "1" } })
    : start("api", bin("api", "tsx"), ["src/main.ts"], { cwd: join(root, "apps/api"), env: { ...env, NARAVARD_SEED: "1" } });
const portal = () =>
  dev
    ? start("portal", "pnpm", ["--filter", "@naravard/portal", "exec", "remix", "vite:dev", "--port", env.PORTAL_PORT], {
        env: apps,
      })
    : start("portal", bin("portal", "tsx"), ["server/main.ts"], {
        cwd: join(root, "apps/portal"),
        env: { ...apps, PORT: env.PORTAL_PORT },
      });
const admin = () =>
  dev
    ? start("admin", "pnpm", ["--filter", "@naravard/admin", "exec", "remix", "vite:dev", "--port", env.ADMIN_PORT], {
        env: apps,
      })
    : start("admin", bin("admin", "tsx"), ["server/main.ts"], {
        cwd: join(root, "apps/admin"),
        env: { ...apps, PORT: env.ADMIN_PORT },
      });

/**
 * Builds one app in production mode; exits on failure. Through turbo when there is a previous build
 * (skipped when nothing changed); straight with Remix's build when there is none (a fresh clone:
 * turbo has nothing cached, and hashing the workspace first costs more than a second) or with
 * `--force`.
 */
function buildApp(name) {
  const direct = force || !existsSync(join(root, "apps", name, "build", "server", "index.js"));
  const [command, args, cwd] = direct
    ? [bin(name, "remix"), ["vite:build", "--logLevel", "warn"], join(root, "apps", name)]
    : ["pnpm", ["turbo", "run", "build", `--filter=@naravard/${name}`, "--output-logs=errors-only"], root];
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: "inherit", env: process.env });
    // Not started at all (no pnpm on PATH, say): stop the rest rather than leave it waiting.
    child.on("error", (error) => {
      console.error(`\n✗ bygget av ${name} kunde inte startas: ${error.message}`);
      shutdown(1);
    });
    child.on("exit", (code) => {
      if (code === 0) return resolve();
      console.error(`\n✗ bygget av ${name} misslyckades (kod ${code})`);
      shutdown(code ?? 1);
    });
  });
}

const children = [];
let stopping = false;
const shutdown = (code) => {
  if (stopping) return;
  stopping = true;
  children.forEach(stop);
  setTimeout(() => process.exit(code), 1500).unref();
};
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
/** Starts a process of the platform; if it ends on its own, the platform stops. */
const launch = (startIt) => {
  if (stopping) return undefined;
  const child = startIt();
  children.push(child);
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`En process avslutades oväntat (kod ${code}); stoppar plattformen.`);
      shutdown(code ?? 1);
    }
  });
  return child;
};

launch(api);
if (build) {
  await buildApp("portal");
  launch(portal);
  // The admin's build waits until the portal answers: on two cores it would slow the portal's start.
  await waitFor(portalUrl, 180_000).catch(() => {});
  log("Portalen är igång; bygger admin …");
  await buildApp("admin");
  launch(admin);
} else {
  launch(portal);
  launch(admin);
}

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
