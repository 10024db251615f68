import { openDatabase } from "../client.ts";
import { databaseOptionsFromEnv } from "../env.ts";

const options = databaseOptionsFromEnv();
console.log(`Migrerar ${options.describe} …`);
const handle = await openDatabase(options);
const started = performance.now();
await handle.migrate();
console.log(`Klart på ${Math.round(performance.now() - started)} ms.`);
await handle.close();
