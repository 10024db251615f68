/**
 * The embedded database survives the API being killed. The API process is started on a PGlite
 * data directory, answers public writes (page feedback), and is killed with SIGKILL while writes
 * are in flight; the directory then opens again, every write the API acknowledged is in it, and the
 * API starts on it again.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { createApiClient } from "@naravard/api/client";
import { openDatabase, queryRows, sql } from "@naravard/db";
import { seedDatabase } from "@naravard/db/seed";

const apiDir = fileURLToPath(new URL("..", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "naravard-kill-"));
const port = 4900 + Math.floor(Math.random() * 90);
const base = `http://127.0.0.1:${port}`;
let api: ChildProcess | undefined;
// The writers play many visitors, each address signed as the portal signs it (decision 016), so
// the page-feedback limit per visitor does not end the run.
const appSecret = "durability-test-secret";
const visitor = (address: string) => createApiClient({ baseUrl: base, tenantSlug: "varmland", clientAddress: address, appSecret });

function startApi() {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: apiDir,
    env: { ...process.env, DATABASE_URL: "", PGLITE_DIR: dataDir, API_PORT: String(port), NODE_ENV: "test", API_APP_SECRET: appSecret },
    stdio: "ignore",
  });
  return child;
}

async function ready(timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("API:t startade inte");
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

afterAll(async () => {
  if (api && api.exitCode === null) {
    api.kill("SIGTERM");
    await exited(api);
  }
  rmSync(dataDir, { recursive: true, force: true });
});

// PGlite only: with TEST_DATABASE_URL the same suites run against a server, where this does not apply.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("the embedded database when the API is killed", () => {
  it("keeps every acknowledged write and opens again", async () => {
    const setup = await openDatabase({ dataDir });
    await setup.migrate();
    await seedDatabase(setup.db, { coordinatorPassword: "ett-testlösenord-123" });
    await setup.close();

    api = startApi();
    await ready();
    const acknowledged: string[] = [];
    let killed = false;
    // Four writers in parallel until the kill; whatever was answered OK must survive.
    const writer = async (n: number) => {
      for (let i = 0; !killed; i++) {
        const comment = `skrivning ${n}-${i}`;
        try {
          await visitor(`10.0.${n}.${i % 250}`).feedback.submit.mutate({ path: "/varmland", useful: "yes", comment });
          acknowledged.push(comment);
        } catch {
          return;
        }
      }
    };
    const writers = [1, 2, 3, 4].map(writer);
    await new Promise((r) => setTimeout(r, 3000));
    killed = true;
    api.kill("SIGKILL");
    await Promise.all([exited(api), ...writers]);
    expect(acknowledged.length).toBeGreaterThan(10);

    const reopened = await openDatabase({ dataDir });
    const rows = await queryRows<{ comment: string }>(reopened.db, sql`select comment from page_feedback where comment like 'skrivning %'`);
    await reopened.close();
    const stored = new Set(rows.map((r) => r.comment));
    expect(acknowledged.filter((c) => !stored.has(c))).toEqual([]);

    api = startApi();
    await ready();
    await visitor("10.9.9.9").feedback.submit.mutate({ path: "/varmland", useful: "no", comment: "efter omstarten" });
  }, 240_000);
});
