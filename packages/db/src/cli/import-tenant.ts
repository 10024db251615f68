import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { openDatabase } from "../client.ts";
import { type TenantBackup, importTenant } from "../backup.ts";
import { databaseOptionsFromEnv } from "../env.ts";

// `pnpm db:import-tenant <file.json>`: reads a programme's backup into the database (migrated
// first; the programme must not be there already). All or nothing.
const [given] = process.argv.slice(2);
// pnpm runs the script in packages/db; a relative path means where the command was typed.
const file = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : undefined;
if (!file) {
  console.error("Användning: pnpm db:import-tenant <fil.json>");
  process.exit(2);
}
const options = databaseOptionsFromEnv();
const handle = await openDatabase(options);
try {
  await handle.migrate();
  const backup = JSON.parse(readFileSync(file, "utf8")) as TenantBackup;
  const result = await importTenant(handle.db, backup, (table, rows) => rows && console.log(`  ${table}: ${rows} rader`));
  console.log(`Importerade ${backup.slug} till ${options.describe}: ${result.rows} rader i ${result.tables} tabeller, ${result.users} konton.`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
