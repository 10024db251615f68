import { openDatabase } from "../client.ts";
import { databaseOptionsFromEnv } from "../env.ts";
import { seedDatabase } from "../seed/index.ts";
import { seedPasswordFromEnv } from "../seed/password.ts";
import { DEMO_PASSWORD } from "./demo-password.ts";

const chosen = seedPasswordFromEnv();
if ("error" in chosen) {
  console.error(chosen.error);
  process.exit(1);
}
const password = chosen.password;

const options = databaseOptionsFromEnv();
console.log(`Förbereder ${options.describe} …`);
const handle = await openDatabase(options);
await handle.migrate();
console.log("Migreringar klara. Lägger in programmen:");
const result = await seedDatabase(handle.db, { coordinatorPassword: password, log: (line) => console.log("  " + line) });
await handle.close();
console.log(
  `Klart: ${result.tenantsCreated} nya program, ${result.malbilderCreated} nya målbilder, ${result.usersCreated} nya samordnare.`,
);
if (chosen.demo && result.usersCreated > 0) {
  console.log(`Demosamordnarna loggar in med lösenordet "${DEMO_PASSWORD}" (se README).`);
}
