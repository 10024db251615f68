#!/usr/bin/env node
// `pnpm test:mutants`: proof that the reliability suites fail on a broken build (issue 7). Each
// mutant below is a deliberate breakage — an edit of exact text in a tracked file — and the narrow
// test command that must catch it. For each one the file is edited in place, the command is run,
// and the original content is written back (always: also on errors, Ctrl-C and SIGTERM). A mutant
// is "caught" when the command fails, and fails in the test named by `expect`; "MISSED" otherwise.
// First every command runs once on the unbroken tree and must pass, or a failure proves nothing.
//
//   pnpm test:mutants                      every mutant (about 10 minutes on 2 cores)
//   pnpm test:mutants --only rls-policy-permissive --only csrf-short-circuit
//   pnpm test:mutants --list               names and what each breaks
//   pnpm test:mutants --no-baseline        skip the run on the unbroken tree
//
// The tests run on the embedded PGlite (TEST_DATABASE_URL is unset for them): the SIGKILL test
// only runs there. Logs of every run are kept in a temporary directory, printed at the end.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { log, root } from "./lib.mjs";

const api = (file, filter) => `pnpm --filter @naravard/api exec vitest run ${file}${filter ? ` -t "${filter}"` : ""}`;
const db = (file) => `pnpm --filter @naravard/db exec vitest run ${file}`;
const server = (file, filter) => `pnpm --filter @naravard/api-server exec vitest run ${file}${filter ? ` -t "${filter}"` : ""}`;
const admin = (file) => `pnpm --filter @naravard/admin exec vitest run ${file}`;
const portal = (file) => `pnpm --filter @naravard/portal exec vitest run ${file}`;

const isolation = api("src/isolation-matrix.test.ts");
const rls = db("src/rls-raw.test.ts");
const contactPolicy = `CREATE POLICY "tenant_isolation" ON "contact" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`;
const materialPolicy = contactPolicy.replace('"contact"', '"event_material"');

/**
 * { name, what, edits: [{ file, find, replace }], command, expect }. `find` must occur exactly
 * once in its file; `expect` must appear in the failing command's output (the test that catches it).
 */
const mutants = [
  // ---- Isolation: the application's where-clause gone and row-level security bypassed --------
  {
    name: "isolation-read",
    what: "a slide deck is looked up by id alone, outside the application role (no tenant filter, no row-level security)",
    edits: [
      {
        file: "packages/db/src/queries/events.ts",
        find: `  const [row] = await tx
    .select({ fileName: s.eventMaterial.fileName, mimeType: s.eventMaterial.mimeType, size: s.eventMaterial.size, content: s.eventMaterial.content })
    .from(s.eventMaterial)
    .where(and(eq(s.eventMaterial.tenantId, tenantId), eq(s.eventMaterial.id, materialId)));`,
        replace: `  await tx.execute(sql\`reset role\`);
  const [row] = await tx
    .select({ fileName: s.eventMaterial.fileName, mimeType: s.eventMaterial.mimeType, size: s.eventMaterial.size, content: s.eventMaterial.content })
    .from(s.eventMaterial)
    .where(eq(s.eventMaterial.id, materialId));`,
      },
    ],
    command: isolation,
    expect: /event\.material#1 with \w+'s ids/,
  },
  {
    name: "isolation-write",
    what: "a contact is updated by id alone, outside the application role (no tenant filter, no row-level security)",
    edits: [
      {
        file: "packages/db/src/queries/events.ts",
        find: `    const [row] = await tx.update(s.contact).set(fields).where(and(eq(s.contact.tenantId, tenantId), eq(s.contact.id, contactId))).returning({ id: s.contact.id });`,
        replace: `    await tx.execute(sql\`reset role\`);
    const [row] = await tx.update(s.contact).set(fields).where(eq(s.contact.id, contactId)).returning({ id: s.contact.id });`,
      },
    ],
    command: isolation,
    expect: /contact\.save#1 with \w+'s ids[\s\S]*left all of \w+'s data as it was/,
  },
  {
    name: "roles-viewer-edits",
    what: "editor procedures admit viewers",
    edits: [
      {
        file: "packages/api/src/trpc.ts",
        find: `export const editorProcedure = memberOf("editor");`,
        replace: `export const editorProcedure = memberOf("viewer");`,
      },
    ],
    command: api("src/access-matrix.test.ts"),
    expect: /lets viewer through exactly the procedures it may call/,
  },
  // ---- Row-level security ----------------------------------------------------------------------
  {
    name: "rls-policy-permissive",
    what: "the contact table's policy lets every row through (USING true)",
    edits: [
      {
        file: "packages/db/drizzle/0013_participation.sql",
        find: contactPolicy,
        replace: `CREATE POLICY "tenant_isolation" ON "contact" AS PERMISSIVE FOR ALL TO "naravard_app" USING (true) WITH CHECK (true);`,
      },
    ],
    command: rls,
    expect: /contact: saw \d+ foreign rows/,
  },
  {
    name: "rls-write-check-open",
    what: "the event_material table's policy filters reads but checks no write (WITH CHECK true)",
    edits: [
      {
        file: "packages/db/drizzle/0013_participation.sql",
        find: materialPolicy,
        replace: `CREATE POLICY "tenant_isolation" ON "event_material" AS PERMISSIVE FOR ALL TO "naravard_app" USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) WITH CHECK (true);`,
      },
    ],
    command: rls,
    expect: /FAIL .*refuses to insert or move a row into another tenant/,
  },
  {
    // Row-level security stays forced, so the application role may touch no row at all: the seed
    // itself is refused before any test runs.
    name: "rls-policy-dropped",
    what: "the event_material table's policy is never created",
    edits: [{ file: "packages/db/drizzle/0013_participation.sql", find: materialPolicy, replace: "SELECT 1;" }],
    command: rls,
    expect: /new row violates row-level security policy for table "event_material"/,
  },
  {
    name: "rls-disabled",
    what: "row-level security is disabled on the contact table",
    edits: [
      {
        file: "packages/db/drizzle/0013_participation.sql",
        find: "SELECT naravard_secure_tenant_table('contact');",
        replace: `ALTER TABLE "contact" DISABLE ROW LEVEL SECURITY;`,
      },
    ],
    command: rls,
    expect: /contact: saw \d+ foreign rows/,
  },
  {
    name: "rls-role-not-switched",
    what: "withTenant no longer switches to the application role (scope.ts), so row-level security never applies",
    edits: [{ file: "packages/db/src/scope.ts", find: "set_config('role', ${APP_ROLE}, true), ", replace: "" }],
    command: rls,
    expect: /saw \d+ foreign rows/,
  },
  // ---- Validation -----------------------------------------------------------------------------
  {
    name: "validation-title-unbounded",
    what: "an event title's .max(200) is removed (packages/domain)",
    edits: [
      {
        file: "packages/domain/src/participation.ts",
        find: `title: z.string({ error: "Skriv en rubrik." }).trim().min(3, { error: "Rubriken måste ha minst 3 tecken." }).max(200, { error: "Högst 200 tecken." }),`,
        replace: `title: z.string({ error: "Skriv en rubrik." }).trim().min(3, { error: "Rubriken måste ha minst 3 tecken." }),`,
      },
    ],
    command: api("src/input-bounds.test.ts", "bounds of every"),
    expect: /event\.create\.title: text without a maximum length/,
  },
  {
    name: "validation-nul-guard",
    what: "the base procedure no longer refuses NUL and lone surrogates",
    edits: [
      {
        file: "packages/api/src/trpc.ts",
        find: `  if (unstorable.length > 0) throw new TRPCError({ code: "BAD_REQUEST", cause: unstorableTextError(unstorable) });`,
        replace: "",
      },
    ],
    command: api("src/unstorable-text.test.ts"),
    expect: /answers BAD_REQUEST with the field named/,
  },
  // ---- Error leaks ----------------------------------------------------------------------------
  {
    name: "leak-internal-message",
    what: "the error formatter passes an internal error's own message (the driver's, with the SQL) to the client",
    edits: [{ file: "packages/api/src/trpc.ts", find: `error.code === "INTERNAL_SERVER_ERROR"`, replace: "false" }],
    command: server("src/error-leaks.test.ts"),
    expect: /answer a real server fault with the Swedish sentence/,
  },
  {
    name: "leak-stack",
    what: "the error formatter passes tRPC's data on, stack trace included",
    edits: [
      { file: "packages/api/src/trpc.ts", find: "isDev: false,", replace: "isDev: true," },
      {
        file: "packages/api/src/trpc.ts",
        find: "data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path, zodError, conflict }",
        replace: "data: { ...shape.data, zodError, conflict }",
      },
    ],
    command: server("src/error-leaks.test.ts"),
    expect: /never answer 500 or show a stack trace or SQL/,
  },
  // ---- Durability and backup ------------------------------------------------------------------
  {
    // A write-behind buffer: the answer goes out at once, the row is written a moment later. (The
    // same without the delay leaves only the few writes in flight at the kill at risk: too narrow
    // a window to be caught every time.)
    name: "durability-ack-before-commit",
    what: "page feedback is acknowledged at once and written in the background 100 ms later",
    edits: [
      {
        file: "packages/api/src/routers/participation.ts",
        find: "    await w(ctx.db, ctx.tenant.id, (tx) => db.insertFeedback(",
        replace: "    void new Promise((r) => setTimeout(r, 100)).then(() => w(ctx.db, ctx.tenant.id, (tx) => db.insertFeedback(",
      },
      {
        file: "packages/api/src/routers/participation.ts",
        find: `comment: input.comment }));
    return { ok: true as const };`,
        replace: `comment: input.comment })));
    return { ok: true as const };`,
      },
    ],
    command: server("src/durability.test.ts"),
    expect: /keeps every acknowledged write and opens again/,
  },
  {
    name: "durability-unlogged-table",
    what: "the page_feedback table is created UNLOGGED (not in the write-ahead log, emptied by crash recovery)",
    edits: [
      {
        file: "packages/db/drizzle/0013_participation.sql",
        find: `CREATE TABLE "page_feedback" (`,
        replace: `CREATE UNLOGGED TABLE "page_feedback" (`,
      },
    ],
    command: server("src/durability.test.ts"),
    expect: /keeps every acknowledged write and opens again/,
  },
  {
    name: "backup-export-skips-table",
    what: "the export leaves the contact table out",
    edits: [
      {
        file: "packages/db/src/backup.ts",
        find: "for (const table of await tenantTables(db)) {",
        replace: `for (const table of (await tenantTables(db)).filter((name) => name !== "contact")) {`,
      },
    ],
    command: api("src/backup.test.ts"),
    expect: /exports Värmland and imports it/,
  },
  {
    name: "backup-import-not-committed",
    what: "the import reports success but its transaction is rolled back",
    edits: [
      {
        file: "packages/db/src/backup.ts",
        find: `    return { tables: Object.keys(backup.tables).length, rows, users: backup.users.length };
  });
}`,
        replace: `    throw Object.assign(new Error("rollback"), { result: { tables: Object.keys(backup.tables).length, rows, users: backup.users.length } });
  }).catch((error: { result?: { tables: number; rows: number; users: number } }) => {
    if (error.result) return error.result;
    throw error;
  });
}`,
      },
    ],
    command: api("src/backup.test.ts"),
    expect: /exports Värmland and imports it/,
  },
  // ---- Headers and CSRF -----------------------------------------------------------------------
  {
    name: "header-admin-frame-ancestors",
    what: "frame-ancestors is dropped from the admin's CSP",
    edits: [{ file: "apps/admin/app/lib/security.server.ts", find: `    "frame-ancestors 'none'",\n`, replace: "" }],
    command: admin("app/lib/security.server.test.ts"),
    expect: /forbid framing/,
  },
  {
    name: "header-admin-no-store",
    what: "the admin's Cache-Control: private, no-store is removed",
    edits: [{ file: "apps/admin/app/lib/security.server.ts", find: `    "Cache-Control": "private, no-store",\n`, replace: "" }],
    command: admin("app/lib/security.server.test.ts"),
    expect: /include every protective header and directive/,
  },
  {
    name: "header-admin-hsts",
    what: "the admin never sends Strict-Transport-Security",
    edits: [
      {
        file: "apps/admin/app/lib/security.server.ts",
        find: `  if (https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";`,
        replace: "",
      },
    ],
    command: admin("app/lib/security.server.test.ts"),
    expect: /add HSTS only when the request came over TLS/,
  },
  {
    name: "header-portal-frame-ancestors",
    what: "frame-ancestors is dropped from the portal's CSP",
    edits: [{ file: "apps/portal/app/lib/security.server.ts", find: `    "frame-ancestors 'self'",\n`, replace: "" }],
    command: portal("app/lib/security.server.test.ts"),
    expect: /forbids framing by others/,
  },
  {
    name: "header-portal-nosniff",
    what: "the portal's X-Content-Type-Options: nosniff is removed",
    edits: [{ file: "apps/portal/app/lib/security.server.ts", find: `    "X-Content-Type-Options": "nosniff",\n`, replace: "" }],
    command: portal("app/lib/security.server.test.ts"),
    expect: /sends every protective header and directive/,
  },
  {
    name: "csrf-short-circuit",
    what: "the cross-site check (server and assertSameOrigin) lets every request through",
    edits: [
      {
        file: "packages/app-server/src/cross-site.ts",
        find: "  if (SAFE_METHODS.has(method.toUpperCase())) return false;",
        replace: "  return false;",
      },
    ],
    command: admin("app/lib/security.server.test.ts"),
    expect: /refuses a post from another site/,
  },
  {
    name: "csrf-same-site",
    what: "a post from another subdomain of the same site (Sec-Fetch-Site: same-site) is let through",
    edits: [
      {
        file: "packages/app-server/src/cross-site.ts",
        find: `site !== "same-origin" && site !== "none"`,
        replace: `site === "cross-site"`,
      },
    ],
    command: admin("app/lib/security.server.test.ts"),
    expect: /refuses a post from another site/,
  },
  // Each file in tooling/scripts/mutants/ adds the mutants of one area (the security classes of issue 20).
  ...(await loadMutantFiles()),
];

/** The mutants kept in tooling/scripts/mutants/*.mjs (each file: `export default [{ name, what, edits, command, expect }]`). */
async function loadMutantFiles() {
  const dir = join(root, "tooling", "scripts", "mutants");
  if (!existsSync(dir)) return [];
  const found = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".mjs")).sort())
    found.push(...(await import(pathToFileURL(join(dir, file)).href)).default);
  return found;
}

// ---- Arguments --------------------------------------------------------------------------------

const args = process.argv.slice(2);
const only = args.flatMap((arg, i) =>
  arg === "--only" ? (args[i + 1] ?? "").split(",") : arg.startsWith("--only=") ? arg.slice(7).split(",") : [],
);
const unknown = only.filter((name) => !mutants.some((m) => m.name === name));
if (unknown.length) {
  console.error(`Okänd mutant: ${unknown.join(", ")}. Finns: ${mutants.map((m) => m.name).join(", ")}`);
  process.exit(2);
}
if (args.includes("--list")) {
  for (const m of mutants) console.log(`${m.name.padEnd(30)} ${m.what}\n${"".padEnd(30)} → ${m.command}`);
  process.exit(0);
}
const chosen = only.length ? mutants.filter((m) => only.includes(m.name)) : mutants;
const baseline = !args.includes("--no-baseline");
const timeoutMs = Number(process.env.MUTANT_TIMEOUT_SECONDS ?? 900) * 1000;

// ---- Edits, and putting them back whatever happens ----------------------------------------------

/** Files edited right now, with their original content: written back on every way out. */
const applied = new Map();
function restore() {
  for (const [path, original] of applied) writeFileSync(path, original);
  applied.clear();
}
let child = null;
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    restore();
    console.error(`\n${signal}: filerna är återställda.`);
    process.exit(130);
  });
}
process.on("exit", restore);

const git = (...a) => spawnSync("git", ["-C", root, ...a], { encoding: "utf8" });
function unchangedInGit(file) {
  if (git("ls-files", "--error-unmatch", "--", file).status !== 0) return `${file} är inte incheckad i git`;
  if (git("status", "--porcelain", "--", file).stdout.trim()) return `${file} har ändringar som inte är incheckade`;
  return null;
}

/** Applies a mutant's edits; returns a problem (text) instead when a file or a find string is wrong. */
function apply(mutant) {
  const next = new Map();
  for (const { file, find, replace } of mutant.edits) {
    const problem = unchangedInGit(file);
    if (problem) return problem;
    const path = join(root, file);
    const text = next.get(path) ?? readFileSync(path, "utf8");
    const count = text.split(find).length - 1;
    if (count !== 1)
      return `${file}: texten att ändra finns ${count} gånger (ska finnas exakt en gång): ${find.split("\n")[0].slice(0, 80)}`;
    next.set(
      path,
      text.replace(find, () => replace),
    );
  }
  for (const [path, text] of next) {
    applied.set(path, readFileSync(path, "utf8"));
    writeFileSync(path, text);
  }
  return null;
}

// ---- Running a command ------------------------------------------------------------------------

const logDir = mkdtempSync(join(tmpdir(), "naravard-mutants-"));
const stripAnsi = (text) => text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "");

function runCommand(command, logName) {
  const env = { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" };
  delete env.TEST_DATABASE_URL;
  const started = Date.now();
  return new Promise((resolve) => {
    let output = "";
    child = spawn("sh", ["-c", command], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"], detached: true });
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    const timer = setTimeout(() => {
      output += `\n[mutants] avbröts efter ${timeoutMs / 1000} s\n`;
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      child = null;
      const text = stripAnsi(output);
      const file = join(logDir, `${logName}.log`);
      writeFileSync(file, `$ ${command}\n${text}`);
      resolve({ code: code ?? (signal ? 128 : 1), output: text, seconds: Math.round((Date.now() - started) / 1000), log: file });
    });
  });
}

// ---- The run ----------------------------------------------------------------------------------

const problems = [];
log(`${chosen.length} mutanter; loggar i ${logDir}`);

if (baseline) {
  const commands = [...new Set(chosen.map((m) => m.command))];
  for (const [i, command] of commands.entries()) {
    log(`Utan ändring (${i + 1}/${commands.length}): ${command}`);
    const result = await runCommand(command, `baseline-${i + 1}`);
    if (result.code !== 0)
      problems.push(`Testet går inte igenom ens utan ändring (${result.seconds} s, se ${result.log}): ${command}`);
  }
  if (problems.length) {
    for (const p of problems) console.error(`✗ ${p}`);
    process.exit(1);
  }
}

const rows = [];
for (const mutant of chosen) {
  log(`${mutant.name}: ${mutant.what}`);
  const problem = apply(mutant);
  if (problem) {
    rows.push({ mutant, result: "NOT APPLIED", seconds: 0, note: problem });
    restore();
    continue;
  }
  let result;
  try {
    result = await runCommand(mutant.command, mutant.name);
  } finally {
    restore();
  }
  const named = mutant.expect.test(result.output);
  const outcome = result.code === 0 ? "MISSED" : named ? "caught" : "WRONG FAILURE";
  rows.push({ mutant, result: outcome, seconds: result.seconds, note: outcome === "caught" ? "" : `se ${result.log}` });
  log(`${mutant.name}: ${outcome} (${result.seconds} s)`);
}

// The tree must be exactly as it was.
const dirty = [...new Set(chosen.flatMap((m) => m.edits.map((e) => e.file)))].filter((file) =>
  git("status", "--porcelain", "--", file).stdout.trim(),
);
if (dirty.length) problems.push(`Filer är inte återställda: ${dirty.join(", ")}`);

const width = Math.max(...rows.map((r) => r.mutant.name.length));
console.log(`\n${"mutant".padEnd(width)}  ${"result".padEnd(13)}  ${"s".padStart(4)}  caught by`);
for (const r of rows)
  console.log(
    `${r.mutant.name.padEnd(width)}  ${r.result.padEnd(13)}  ${String(r.seconds).padStart(4)}  ${r.mutant.command}${r.note ? `  (${r.note})` : ""}`,
  );
const bad = rows.filter((r) => r.result !== "caught");
console.log(`\n${rows.length - bad.length} av ${rows.length} fångade.`);
for (const p of problems) console.error(`✗ ${p}`);
process.exit(bad.length || problems.length ? 1 : 0);
