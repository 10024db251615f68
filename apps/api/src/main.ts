import { openDatabase, sweepExpiredPersonalData } from "@naravard/db";
import { sweepRateLimits } from "@naravard/api";
import { seedDatabase, seedPasswordFromEnv } from "@naravard/db/seed";
import { createBenchProbe } from "./bench-probe.ts";
import { loadEnv } from "./env.ts";
import { createReadCache } from "./read-cache.ts";
import { createApiServer } from "./server.ts";

const env = loadEnv();
const started = performance.now();
console.log(`API: öppnar ${env.database.describe} …`);
// `pnpm bench` starts the API with NARAVARD_BENCH=1 to count the SQL statements each page causes.
const probe = env.NARAVARD_BENCH ? createBenchProbe() : undefined;
const handle = await openDatabase({ ...env.database, ...(probe ? { onQuery: probe.onQuery } : {}) });
await handle.migrate();
if (env.NARAVARD_SEED) {
  // In this process rather than one of its own: the embedded database is opened once, not twice.
  const chosen = seedPasswordFromEnv();
  if ("error" in chosen) {
    console.error(`API: ${chosen.error}`);
    process.exit(1);
  }
  const seeded = await seedDatabase(handle.db, {
    coordinatorPassword: chosen.password,
    log: (line) => console.log(`API: ${line}`),
  });
  console.log(`API: exempelinnehåll klart (${seeded.tenantsCreated} nya program, ${seeded.usersCreated} nya konton).`);
  if (chosen.demo && seeded.usersCreated > 0)
    console.log('API: demokontona loggar in med lösenordet "nara-vard-demo" (se README).');
}
const cache = createReadCache({ ttlSeconds: env.API_CACHE_SECONDS });
const server = createApiServer(handle, console.log, { probe, cache });
server.listen(env.API_PORT, env.API_HOST, () => {
  console.log(`API: lyssnar på http://${env.API_HOST}:${env.API_PORT} (klar på ${Math.round(performance.now() - started)} ms)`);
});

// Personal data of public input is erased once older than each tenant's retention period.
const sweep = () =>
  sweepExpiredPersonalData(handle.db)
    .then(
      (n) => {
        if (!n) return;
        cache.clear();
        console.log(`API: raderade personuppgifter i ${n} synpunkter (lagringstiden har gått ut)`);
      },
      (error: unknown) => console.error("API: rensningen av personuppgifter misslyckades:", error),
    )
    .then(() =>
      // The limits' counters whose window has ended (decision 016).
      sweepRateLimits(handle.db).catch((error: unknown) => console.error("API: rensningen av gränsräknare misslyckades:", error)),
    );
void sweep();
const sweeper = setInterval(sweep, 60 * 60 * 1000);
sweeper.unref();

// The embedded database must be closed cleanly so its data directory stays consistent.
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    server.close();
    server.closeAllConnections();
    handle.close().finally(() => process.exit(0));
  });
}
