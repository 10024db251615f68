// Small shared helpers for the project's scripts (plain Node, no dependencies, so they run before
// anything is installed).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

// The secret the portal and admin share with the API to vouch for a visitor's address (decision
// 016). Every process a script starts inherits it; without one set, each run makes its own.
process.env.API_APP_SECRET ||= randomBytes(32).toString("hex");

export const pnpmVersion = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.split("@")[1];

export const log = (line) => console.log(`\x1b[1m›\x1b[0m ${line}`);

/** Runs a command to completion with inherited output; exits the script if it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", cwd: root, ...options, env: { ...process.env, ...options.env } });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\n✗ ${command} ${args.join(" ")} avslutades med kod ${result.status}`);
    process.exit(result.status ?? 1);
  }
}

/** Starts a long-running child process; its output is prefixed with a name. */
export function start(name, command, args, options = {}) {
  const child = spawn(command, args, {
    cwd: root,
    ...options,
    env: { ...process.env, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: process.platform !== "win32",
  });
  const prefix = (chunk) =>
    chunk
      .toString()
      .split("\n")
      .filter((l) => l.length)
      .map((l) => `[${name}] ${l}`)
      .join("\n") + "\n";
  child.stdout.on("data", (c) => process.stdout.write(prefix(c)));
  child.stderr.on("data", (c) => process.stderr.write(prefix(c)));
  return child;
}

/** Stops a process group started by `start`. */
export function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}

/** Polls a URL until it answers 2xx, or throws after `timeoutMs`. */
export async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} svarade inte inom ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export function hasCommand(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/** Debian's Chromium for browser tests: found, or installed with apt-get when we are root. */
export function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (hasCommand("apt-get") && (isRoot || hasCommand("sudo"))) {
    log("Chromium saknas – installerar Debians paket chromium med apt-get …");
    const aptGet = (...args) => (isRoot ? ["apt-get", args] : ["sudo", ["apt-get", ...args]]);
    const env = { DEBIAN_FRONTEND: "noninteractive" };
    const [updateCmd, updateArgs] = aptGet("update");
    if (spawnSync(updateCmd, updateArgs, { stdio: "inherit", env: { ...process.env, ...env } }).status !== 0)
      log("apt-get update misslyckades; försöker installera ändå");
    const [installCmd, installArgs] = aptGet("install", "-y", "--no-install-recommends", "chromium");
    run(installCmd, installArgs, { env });
    if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  console.error("✗ Chromium hittades inte. Installera Debians paket (apt-get install -y chromium) eller sätt CHROMIUM_PATH.");
  process.exit(1);
}
