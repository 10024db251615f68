import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

// The secret the apps share with the API (decision 016), inherited by every process started here.
process.env.API_APP_SECRET ||= randomBytes(32).toString("hex");

export const log = (line: string) => console.log(`\x1b[1m›\x1b[0m ${line}`);

/** Runs a command to completion; throws when it fails. */
/**
 * Runs a command to its end. Asynchronously: the benchmark's own timers (the API's memory) and its
 * idle keep-alive connections go on being served meanwhile; with the event loop blocked for the
 * 20 s of a data generation, the API closed those connections unseen and the next request on one
 * failed ("other side closed").
 */
export async function run(command: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(command, args, { stdio: "inherit", cwd: root, env: { ...process.env, ...env } });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} avslutades med kod ${code}`);
}

/**
 * Starts a server in its own process group. Its output goes to a file, not a pipe: a pipe the
 * benchmark (busy running the load generator) reads late fills up, and a server writing its
 * request log to it would then wait — latency the benchmark itself caused. `output` reads the
 * file's last lines for error messages.
 */
export function start(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  const logDir = mkdtempSync(join(tmpdir(), `naravard-bench-${name}-`));
  const logFile = join(logDir, "output.log");
  const fd = openSync(logFile, "a");
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", fd, fd], detached: true });
  closeSync(fd);
  process.once("exit", () => rmSync(logDir, { recursive: true, force: true }));
  return {
    name,
    child,
    get output(): string[] {
      try {
        return readFileSync(logFile, "utf8").split("\n").slice(-200).map((line) => `${line}\n`);
      } catch {
        return [];
      }
    },
  };
}

export function stop(server: { child: ChildProcess }) {
  const { child } = server;
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
}

/** Polls until the URL answers 2xx; returns the milliseconds it took. */
export async function waitFor(url: string, timeoutMs = 90_000) {
  const started = performance.now();
  for (;;) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.ok) return performance.now() - started;
    } catch {
      // not up yet
    }
    if (performance.now() - started > timeoutMs) throw new Error(`${url} svarade inte inom ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const pnpmVersion = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { packageManager: string }).packageManager.split("@")[1];
