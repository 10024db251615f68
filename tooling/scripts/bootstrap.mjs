#!/usr/bin/env node
// The README's two commands: `npm run up` and `npm run check`. A fresh machine has only Node and
// npm, so this makes sure the pinned pnpm is on the PATH (installing it into .cache/pnpm when it
// is not), installs the workspace and hands over to `pnpm start` or `pnpm test`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { log, pnpmVersion, root, run } from "./lib.mjs";

const task = process.argv[2];
if (!["start", "test"].includes(task)) {
  console.error("Användning: node tooling/scripts/bootstrap.mjs start|test");
  process.exit(2);
}

const versionOf = (cmd) => spawnSync(cmd, ["--version"], { encoding: "utf8", shell: process.platform === "win32" }).stdout?.trim();

// corepack cannot verify signatures against this registry, so pnpm comes from npm itself. The
// project's scripts call `pnpm` too, so it must be on the PATH, not only behind npx.
if (versionOf("pnpm") !== pnpmVersion) {
  const prefix = join(root, ".cache", "pnpm");
  const bin = join(prefix, "node_modules", ".bin");
  if (!existsSync(join(bin, "pnpm")) || versionOf(join(bin, "pnpm")) !== pnpmVersion) {
    log(`Hämtar pnpm ${pnpmVersion} till .cache/pnpm …`);
    run("npm", ["install", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--prefix", prefix, `pnpm@${pnpmVersion}`]);
  }
  process.env.PATH = `${bin}${delimiter}${process.env.PATH}`;
}

log(`Installerar beroenden med pnpm ${pnpmVersion} …`);
run("pnpm", ["install", "--frozen-lockfile"]);
log(task === "start" ? "Bygger och startar plattformen …" : "Kör testerna …");
run("pnpm", [task]);
