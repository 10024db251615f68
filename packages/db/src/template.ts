/**
 * The embedded database's template (decision 014): a dump of a PGlite cluster that has been
 * initialised (initdb, run in WebAssembly: ~5 s on two cores) and migrated, kept in
 * `node_modules/.cache`. A new data directory, and every in-memory test database, starts from it in
 * about a second instead of running initdb and every migration again.
 *
 * The file's name holds PGlite's version and a hash of the migrations, so a template never outlives
 * the schema or the engine it was made with: a new migration simply makes a new one. `pnpm install`
 * prepares it (`prepareTemplate`, the root package's postinstall); when it is missing, the first
 * database migrated from scratch writes it.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";

const require = createRequire(import.meta.url);

/** Where templates are kept; NARAVARD_DB_TEMPLATE_DIR overrides it. */
export function templateDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.NARAVARD_DB_TEMPLATE_DIR?.trim() || fileURLToPath(new URL("../node_modules/.cache/naravard-db", import.meta.url));
}

/** NARAVARD_DB_TEMPLATE=0 turns templates off (every new database runs initdb and the migrations). */
export function templatesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NARAVARD_DB_TEMPLATE?.trim() !== "0";
}

function pgliteVersion(): string {
  const entry = require.resolve("@electric-sql/pglite");
  let dir = dirname(entry);
  while (!existsSync(join(dir, "package.json"))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
}

/** The template's file for these migrations: PGlite's version and a hash of every migration file. */
export function templateFile(migrationsFolder: string, directory = templateDirectory()): string {
  const hash = createHash("sha256");
  const files = (folder: string, prefix = ""): string[] =>
    readdirSync(join(folder, prefix), { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? files(folder, join(prefix, entry.name)) : [join(prefix, entry.name)]))
      .sort();
  for (const file of files(migrationsFolder)) {
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(migrationsFolder, file)))
      .update("\0");
  }
  return join(directory, `pglite-${pgliteVersion()}-${hash.digest("hex").slice(0, 16)}.tar.gz`);
}

/** The template for these migrations, if one has been made. */
export function readTemplate(migrationsFolder: string, directory = templateDirectory()): Blob | undefined {
  const file = templateFile(migrationsFolder, directory);
  if (!existsSync(file)) return undefined;
  return new Blob([readFileSync(file)]);
}

/**
 * Writes the template from a database that has just been migrated and holds nothing else. The
 * file appears whole or not at all (written beside, then renamed), so processes that make it at the
 * same moment cannot leave half a template; older templates of other migrations are removed.
 */
export async function writeTemplate(
  pglite: PGlite,
  migrationsFolder: string,
  directory = templateDirectory(),
  file = templateFile(migrationsFolder, directory),
): Promise<string> {
  const dump = await pglite.dumpDataDir("gzip");
  mkdirSync(directory, { recursive: true });
  const partial = `${file}.${process.pid}.${Date.now()}.part`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (path !== file && name.startsWith("pglite-") && name.endsWith(".tar.gz")) rmSync(path, { force: true });
  }
  return file;
}
