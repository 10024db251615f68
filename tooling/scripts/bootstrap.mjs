#!/usr/bin/env node
// The README's two commands: `npm run up` and `npm run check`. A fresh machine has only Node and
// npm, so this finds pnpm (or runs the pinned version through npx), installs the workspace and
// hands over to `pnpm start` or `pnpm test`.
import { spawnSync } from "node:child_process";
import { log, pnpmVersion, root, run } from "./lib.mjs";

const task = process.argv[2];
if (!["start", "test"].includes(task)) {
  console.error("Användning: node tooling/scripts/bootstrap.mjs start|test");
  process.exit(2);
}

function pnpmCommand() {
  const local = spawnSync("pnpm", ["--version"], { encoding: "utf8" });
  if (local.status === 0 && local.stdout.trim() === pnpmVersion) return ["pnpm"];
  // corepack cannot verify signatures against this registry; npx fetches the pinned pnpm instead.
  return ["npx", "--yes", `pnpm@${pnpmVersion}`];
}

const [cmd, ...pre] = pnpmCommand();
log(`Installerar beroenden med pnpm ${pnpmVersion} …`);
run(cmd, [...pre, "install", "--frozen-lockfile"], { cwd: root });
log(task === "start" ? "Bygger och startar plattformen …" : "Kör testerna …");
run(cmd, [...pre, task], { cwd: root });
