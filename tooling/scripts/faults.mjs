#!/usr/bin/env node
// `pnpm test:faults`: the API under a mixed load on a real PostgreSQL (loopback only, bounded in
// time), then the same load while PostgreSQL is stopped and started again. Passes when
//  - the plain load has no errors at all;
//  - during the outage every request is answered (no hang) with 200 or a clear 503, never a 500;
//  - the API recovers by itself once PostgreSQL is back;
//  - every write the API acknowledged, in either phase, is in the database afterwards.
// FAULTS_SECONDS sets each phase's length (default 15). Needs the local server that .ci/run uses
// and the right to restart it (pg_ctlcluster).
import { execFileSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { readdirSync } from "node:fs";
import postgres from "postgres";
import { log, run, start, stop, waitFor } from "./lib.mjs";

const seconds = Number(process.env.FAULTS_SECONDS ?? 15);
const server = process.env.FAULTS_SERVER_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbUrl = new URL(server);
dbUrl.pathname = "/naravard_faults";
const port = 4810;
const api = `http://127.0.0.1:${port}`;
const version = readdirSync("/etc/postgresql")[0];

const admin = postgres(server, { max: 1, onnotice: () => {} });
await admin.unsafe("drop database if exists naravard_faults with (force)");
await admin.unsafe("create database naravard_faults");
await admin.end();
run("pnpm", ["--filter", "@naravard/db", "run", "seed"], { env: { DATABASE_URL: dbUrl.toString(), NODE_ENV: "development" } });
const child = start("api", "pnpm", ["--filter", "@naravard/api-server", "run", "start"], { env: { DATABASE_URL: dbUrl.toString(), API_PORT: String(port) } });

const call = async (method, path, { body, tenant = "varmland", token, address } = {}) => {
  const headers = { "content-type": "application/json", "x-naravard-tenant": tenant };
  if (token) headers.authorization = `Bearer ${token}`;
  // Each worker plays many visitors: their addresses signed as the portal signs them (decision 016).
  if (address) {
    headers["x-naravard-client-address"] = address;
    headers["x-naravard-client-signature"] = createHmac("sha256", process.env.API_APP_SECRET).update(address).digest("base64url");
  }
  const started = Date.now();
  try {
    const res = await fetch(`${api}/trpc/${path}`, { method, headers, body: body && JSON.stringify({ json: body }), signal: AbortSignal.timeout(15_000) });
    const text = await res.text();
    return { status: res.status, ms: Date.now() - started, json: text ? JSON.parse(text) : null };
  } catch (error) {
    return { status: 0, ms: Date.now() - started, error: String(error) };
  }
};

/** Workers mixing public reads, public page feedback and a coordinator's edits until `until`. */
async function mixedLoad(until, token, tag) {
  const acknowledged = { feedback: [], contacts: [] };
  const answers = [];
  const worker = async (w) => {
    for (let i = 0; Date.now() < until; i++) {
      const kind = i % 4;
      if (kind === 0) answers.push(await call("GET", "malbild.current"));
      else if (kind === 1) answers.push(await call("GET", "roadmap.get?input=" + encodeURIComponent(JSON.stringify({ json: { perArea: 20 } }))));
      else if (kind === 2) {
        const comment = `${tag} feedback ${w}-${i}`;
        const r = await call("POST", "feedback.submit", { body: { path: "/varmland", useful: "yes", comment }, address: `10.0.${w}.${i % 250}` });
        answers.push(r);
        if (r.status === 200) acknowledged.feedback.push(comment);
      } else {
        const name = `${tag} kontakt ${w}-${i}`;
        const r = await call("POST", "contact.save", { body: { name, role: "Testare", organisation: "Last", email: "", phone: "" }, token });
        answers.push(r);
        if (r.status === 200) acknowledged.contacts.push(name);
      }
    }
  };
  await Promise.all([0, 1, 2, 3, 4, 5].map(worker));
  return { acknowledged, answers };
}

const summary = (answers) => {
  const byStatus = {};
  for (const a of answers) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
  return { requests: answers.length, byStatus, maxMs: Math.max(...answers.map((a) => a.ms)) };
};

const failures = [];
try {
  await waitFor(`${api}/readyz`, 90_000);
  const login = await call("POST", "auth.login", { body: { email: "samordnare@varmland.demo", password: "nara-vard-demo" } });
  const token = login.json?.result?.data?.json?.token;
  if (!token) throw new Error(`Inloggningen misslyckades: ${JSON.stringify(login.json)}`);

  log(`Blandad last i ${seconds} s …`);
  const plain = await mixedLoad(Date.now() + seconds * 1000, token, "last");
  const plainSummary = summary(plain.answers);
  log(`Last: ${JSON.stringify(plainSummary)}`);
  if (plain.answers.some((a) => a.status !== 200)) failures.push(`fel under vanlig last: ${JSON.stringify(plainSummary.byStatus)}`);

  log(`Samma last i ${seconds} s, med PostgreSQL ${version} stoppad i 4 s efter en tredjedel …`);
  const restart = (async () => {
    await new Promise((r) => setTimeout(r, (seconds * 1000) / 3));
    execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "stop", "-m", "fast"], { stdio: "inherit" });
    const stoppedAt = Date.now();
    await new Promise((r) => setTimeout(r, 4000));
    execFileSync("pg_ctlcluster", ["--skip-systemctl-redirect", version, "main", "start"], { stdio: "inherit" });
    return { stoppedAt, startedAt: Date.now() };
  })();
  const faulted = await mixedLoad(Date.now() + seconds * 1000, token, "avbrott");
  const { startedAt } = await restart;
  const faultSummary = summary(faulted.answers);
  log(`Med avbrott: ${JSON.stringify(faultSummary)}`);
  const bad = faulted.answers.filter((a) => a.status !== 200 && a.status !== 503);
  if (bad.length) failures.push(`svar som varken är 200 eller 503 under avbrottet: ${JSON.stringify(summary(bad).byStatus)}`);
  if (faultSummary.maxMs > 15_000) failures.push(`ett svar tog ${faultSummary.maxMs} ms (hänger)`);

  // Recovery: the API answers reads and writes again by itself.
  let recoveredMs = null;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const r = await call("POST", "feedback.submit", { body: { path: "/varmland", useful: "no", comment: "efter omstart" }, address: "10.9.9.9" });
    if (r.status === 200) {
      recoveredMs = Date.now() - startedAt;
      break;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (recoveredMs === null) failures.push("API:t återhämtade sig inte inom 30 s efter att PostgreSQL startat");
  else log(`API:t tog emot skrivningar igen ${recoveredMs} ms efter att PostgreSQL startat.`);

  const sql = postgres(dbUrl.toString(), { max: 1, onnotice: () => {} });
  const feedback = new Set((await sql`select comment from page_feedback`).map((r) => r.comment));
  const contacts = new Set((await sql`select name from contact`).map((r) => r.name));
  await sql.end();
  const all = {
    feedback: [...plain.acknowledged.feedback, ...faulted.acknowledged.feedback],
    contacts: [...plain.acknowledged.contacts, ...faulted.acknowledged.contacts],
  };
  const lost = [...all.feedback.filter((c) => !feedback.has(c)), ...all.contacts.filter((c) => !contacts.has(c))];
  log(`Bekräftade skrivningar: ${all.feedback.length} sidsvar och ${all.contacts.length} kontakter; saknas i databasen: ${lost.length}.`);
  if (lost.length) failures.push(`${lost.length} bekräftade skrivningar saknas, t.ex. ${lost.slice(0, 3).join(", ")}`);
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error));
} finally {
  stop(child);
}
if (failures.length) {
  for (const f of failures) console.error(`✗ ${f}`);
  setTimeout(() => process.exit(1), 1000);
} else {
  log("Last och avbrott: allt i ordning.");
  setTimeout(() => process.exit(0), 1000);
}
