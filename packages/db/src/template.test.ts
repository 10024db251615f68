import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type DatabaseHandle, defaultMigrationsFolder, openDatabase, queryRows } from "./client.ts";
import { sql } from "drizzle-orm";
import { templateFile, writeTemplate } from "./template.ts";

// Only the embedded database has templates.
describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))("the embedded database's template", () => {
  let directory: string;
  const handles: DatabaseHandle[] = [];
  const open = async (options: Parameters<typeof openDatabase>[0] = {}) => {
    const handle = await openDatabase(options);
    handles.push(handle);
    return handle;
  };
  const hasMarker = async (handle: DatabaseHandle) =>
    (await queryRows<{ found: string | null }>(handle.db, sql`select to_regclass('public.template_marker')::text as found`))[0]
      ?.found === "template_marker";

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), "naravard-template-"));
    vi.stubEnv("NARAVARD_DB_TEMPLATE_DIR", directory);
    vi.stubEnv("NARAVARD_DB_TEMPLATE", "1");
  });
  afterAll(async () => {
    await Promise.all(handles.map((h) => h.close()));
    vi.unstubAllEnvs();
    rmSync(directory, { recursive: true, force: true });
  });

  it("is written by the first database migrated from scratch, and a new database starts from it", async () => {
    const file = templateFile(defaultMigrationsFolder, directory);
    expect(existsSync(file)).toBe(false);
    const first = await open();
    await first.migrate();
    expect(existsSync(file)).toBe(true);

    // Replace it with one carrying a marker, to see where the next database comes from.
    await first.db.execute(sql`create table template_marker (id int)`);
    await writeTemplate(first.pglite!, defaultMigrationsFolder, directory);
    const second = await open();
    expect(await hasMarker(second)).toBe(true);
    await second.migrate(); // nothing left to apply
    expect(
      (await queryRows<{ n: number }>(second.db, sql`select count(*)::int as n from drizzle.__drizzle_migrations`))[0]?.n,
    ).toBeGreaterThan(10);

    // Asked not to, it runs initdb like any PostgreSQL.
    expect(await hasMarker(await open({ template: false }))).toBe(false);
  }, 120_000);

  it("is never used for other migrations", async () => {
    const changed = mkdtempSync(join(tmpdir(), "naravard-migrations-"));
    cpSync(defaultMigrationsFolder, changed, { recursive: true });
    writeFileSync(join(changed, "9999_later.sql"), "select 1;");
    expect(templateFile(changed, directory)).not.toBe(templateFile(defaultMigrationsFolder, directory));
    expect(await hasMarker(await open({ migrationsFolder: changed }))).toBe(false);
    rmSync(changed, { recursive: true, force: true });
  }, 120_000);

  it("fills a new data directory, and never one that already holds a database", async () => {
    const dataDir = join(directory, "data");
    const onDisk = await open({ dataDir });
    expect(await hasMarker(onDisk)).toBe(true);
    await onDisk.db.execute(sql`drop table template_marker`);
    await onDisk.close();
    handles.splice(handles.indexOf(onDisk), 1);
    expect(await hasMarker(await open({ dataDir }))).toBe(false);
  }, 120_000);
});
