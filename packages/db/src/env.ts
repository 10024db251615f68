import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { OpenOptions } from "./client.ts";

/** The monorepo root: the nearest directory above `from` holding pnpm-workspace.yaml. */
export function findRepoRoot(from = process.cwd()): string {
  let dir = resolve(from);
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir) return resolve(from);
    dir = parent;
  }
  return dir;
}

/**
 * DATABASE_URL selects a PostgreSQL server; otherwise the embedded PGlite keeps its data in
 * PGLITE_DIR (default `.data/pglite` at the repository root) so it survives a restart.
 */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): OpenOptions & { describe: string } {
  const url = env.DATABASE_URL?.trim();
  if (url) return { url, describe: `PostgreSQL (${url.replace(/\/\/[^@/]*@/, "//***@")})` };
  const dataDir = env.PGLITE_DIR?.trim() || join(findRepoRoot(), ".data", "pglite");
  return { dataDir, describe: `inbäddad PostgreSQL (PGlite) i ${dataDir}` };
}
