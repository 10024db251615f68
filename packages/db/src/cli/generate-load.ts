import { parseArgs } from "node:util";
import { SingleBar } from "cli-progress";
import { openDatabase } from "../client.ts";
import { databaseOptionsFromEnv } from "../env.ts";
import { generateLoad, resetLoad } from "../load/generate-load.ts";
import { seedDatabase } from "../seed/index.ts";
import { DEMO_PASSWORD } from "./demo-password.ts";

// `pnpm db:generate-load [--scale 100] [--seed 42] [--reset]`: the seed, then synthetic load data
// for the benchmark (see load/generate-load.ts). --scale 1 leaves the seed alone; --reset removes
// what an earlier run generated.
const { values } = parseArgs({
  options: { scale: { type: "string", default: "100" }, seed: { type: "string", default: "42" }, reset: { type: "boolean", default: false } },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!Number.isInteger(scale) || scale < 1 || !Number.isInteger(seed)) {
  console.error("Användning: generate-load [--scale N (heltal ≥ 1)] [--seed heltal] [--reset]");
  process.exit(2);
}
if (process.env.NODE_ENV === "production") {
  console.error("Lastdata läggs aldrig in i en produktionsdatabas (NODE_ENV=production).");
  process.exit(1);
}

const options = databaseOptionsFromEnv();
console.log(`Förbereder ${options.describe} …`);
const handle = await openDatabase(options);
await handle.migrate();
await seedDatabase(handle.db, { coordinatorPassword: process.env.SEED_COORDINATOR_PASSWORD ?? DEMO_PASSWORD });
if (values.reset || scale === 1) {
  await resetLoad(handle.db);
  console.log("Tog bort genererad lastdata; databasen har bara fröets innehåll.");
} else {
  const bar = new SingleBar({ format: "{bar} {percentage}% | {value}/{total} | {what}", hideCursor: true });
  let started = false;
  const result = await generateLoad(handle.db, {
    scale,
    seed,
    progress: (done, total, what) => {
      if (!started) bar.start(total, 0, { what });
      started = true;
      bar.setTotal(total);
      bar.update(done, { what });
    },
  });
  bar.stop();
  console.log(
    `Klart (skala ${scale}, frö ${seed}): ${result.tenants} program, ${result.members} kommuner, ${result.activities} aktiviteter, ${result.entries} synpunkter, ${result.events} evenemang, ${result.articles} artiklar.`,
  );
}
await handle.close();
