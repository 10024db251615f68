import { openDatabase } from "../client.ts";
import { databaseOptionsFromEnv } from "../env.ts";
import { seedDatabase } from "../seed/index.ts";
import { DEMO_PASSWORD } from "./demo-password.ts";


const production = process.env.NODE_ENV === "production";
const password = process.env.SEED_COORDINATOR_PASSWORD ?? (production ? undefined : DEMO_PASSWORD);
if (!password) {
  console.error(
    "Vägrar att skapa demosamordnare med ett känt lösenord i produktion (NODE_ENV=production). Sätt SEED_COORDINATOR_PASSWORD till ett eget starkt lösenord.",
  );
  process.exit(1);
}
if (production && password === DEMO_PASSWORD) {
  console.error("Demolösenordet får inte användas i produktion. Välj ett annat SEED_COORDINATOR_PASSWORD.");
  process.exit(1);
}

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
if (!production && !process.env.SEED_COORDINATOR_PASSWORD && result.usersCreated > 0) {
  console.log(`Demosamordnarna loggar in med lösenordet "${DEMO_PASSWORD}" (se README).`);
}
