#!/usr/bin/env node
// `pnpm smoke`: proves the README's start command. Runs `pnpm start` on the embedded database in a
// throwaway directory, then on a fresh PostgreSQL database via DATABASE_URL, and checks that the
// portal serves Värmland's målbild each time.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { log, start, stop, waitFor } from "./lib.mjs";

const serverUrl = process.env.SMOKE_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function smoke(label, env) {
  log(`Startar plattformen: ${label}`);
  const ports = { API_PORT: "4500", PORTAL_PORT: "3500", ADMIN_PORT: "3501" };
  const child = start("start", "pnpm", ["start"], { env: { ...ports, ...env } });
  try {
    const started = Date.now();
    await waitFor("http://127.0.0.1:3500/varmland/malbild", 180_000);
    const html = await (await fetch("http://127.0.0.1:3500/varmland/malbild")).text();
    if (!html.includes("Tillsammans utvecklar vi god och nära vård, hälsa &amp; omsorg")) throw new Error("Värmlands vision saknas på sidan");
    // The admin is built after the portal has started (start.mjs --build): wait for it too.
    await waitFor("http://127.0.0.1:3501/logga-in", 180_000);
    log(`✓ ${label}: portalen visar Värmlands målbild (${Math.round((Date.now() - started) / 1000)} s)`);
  } finally {
    stop(child);
    await new Promise((r) => setTimeout(r, 2000));
  }
}

const dataDir = mkdtempSync(join(tmpdir(), "naravard-smoke-"));
try {
  // A directory that does not exist yet, as on a fresh clone (.data/pglite).
  await smoke("inbäddad PostgreSQL (PGlite)", { PGLITE_DIR: join(dataDir, "data", "pglite"), DATABASE_URL: "" });
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const { default: postgres } = await import("postgres");
const name = `naravard_smoke_${Date.now()}`;
const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
await admin.unsafe(`create database "${name}"`);
try {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await smoke("PostgreSQL via DATABASE_URL", { DATABASE_URL: url.toString() });
} finally {
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end();
}
