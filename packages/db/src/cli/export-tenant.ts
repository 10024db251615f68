import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { openDatabase } from "../client.ts";
import { exportTenant } from "../backup.ts";
import { databaseOptionsFromEnv } from "../env.ts";

// `pnpm db:export-tenant <slug> <file.json>`: one programme's backup (see backup.ts). The file
// holds password hashes and the public's personal data: keep it as safely as the database.
const [slug, given] = process.argv.slice(2);
// pnpm runs the script in packages/db; a relative path means where the command was typed.
const file = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : undefined;
if (!slug || !file) {
  console.error("Användning: pnpm db:export-tenant <program, t.ex. varmland> <fil.json>");
  process.exit(2);
}
const options = databaseOptionsFromEnv();
const handle = await openDatabase(options);
try {
  const backup = await exportTenant(handle.db, slug);
  writeFileSync(file, JSON.stringify(backup));
  const rows = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
  console.log(`Exporterade ${slug} från ${options.describe}: ${rows} rader i ${Object.keys(backup.tables).length} tabeller, ${backup.users.length} konton → ${file}`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
