// `pnpm install` runs this (the root package's postinstall): prepares the embedded database's
// template (initdb and every migration, once), so a new database starts from it in about a second.
// See template.ts and decision 014.
import { existsSync } from "node:fs";
import { defaultMigrationsFolder, openDatabase } from "../client.ts";
import { templateFile, templatesEnabled } from "../template.ts";

const file = templateFile(defaultMigrationsFolder);
if (!templatesEnabled()) {
  console.log("Databasmall: avstängd (NARAVARD_DB_TEMPLATE=0).");
} else if (existsSync(file)) {
  console.log("Databasmall: finns redan för dessa migreringar.");
} else {
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  console.log("Databasmall: förbereder den inbäddade databasen en gång (1/2 initdb …)");
  const handle = await openDatabase({ template: true });
  console.log(`Databasmall: (2/2 migreringar …) ${seconds()} s`);
  await handle.migrate();
  await handle.close();
  if (!existsSync(file)) {
    console.error("Databasmall: kunde inte sparas; nya databaser startar med initdb (långsammare).");
  } else {
    console.log(`Databasmall: klar på ${seconds()} s (${file}).`);
  }
}
