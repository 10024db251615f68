import { sql } from "drizzle-orm";
import { type Database, queryRows } from "./client.ts";
import { recountActivityTally } from "./tally.ts";

/**
 * Backup of one programme: its tenant row, every row of every table with a `tenant_id` (found in
 * the catalogue, so tables added later are included), and the accounts its rows refer to. Rows are
 * kept as PostgreSQL's own JSON of them (`to_jsonb`) and read back with `jsonb_populate_recordset`,
 * so every type (dates, enums, arrays, bytea slide decks) round-trips exactly, ids included.
 *
 * The dump holds password hashes and the public's personal data: keep it as safely as the database.
 * Export and import run as the database owner (the embedded database's default user, or the
 * `DATABASE_URL` user), since they read and write across the row-level security walls.
 */
export const BACKUP_FORMAT = "naravard-tenant-backup/1";

export interface TenantBackup {
  format: typeof BACKUP_FORMAT;
  exportedAt: string;
  slug: string;
  tenant: Record<string, unknown>;
  users: Record<string, unknown>[];
  tables: Record<string, Record<string, unknown>[]>;
}

const ident = (name: string) => sql.identifier(name);

/** Tables holding a tenant's rows, in the order their foreign keys need (parents first). */
export async function tenantTables(db: Database): Promise<string[]> {
  const tables = (
    await queryRows<{ table_name: string }>(
      db,
      sql`select c.table_name from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
          where c.table_schema = 'public' and c.column_name = 'tenant_id' order by 1`,
    )
  ).map((r) => r.table_name);
  const edges = await queryRows<{ child: string; parent: string }>(
    db,
    sql`select conrelid::regclass::text as child, confrelid::regclass::text as parent from pg_constraint where contype = 'f'`,
  );
  const ordered: string[] = [];
  const visit = (table: string, path: Set<string>) => {
    if (ordered.includes(table) || path.has(table)) return;
    path.add(table);
    for (const e of edges) if (e.child === table && e.parent !== table && tables.includes(e.parent)) visit(e.parent, path);
    ordered.push(table);
  };
  for (const table of tables) visit(table, new Set());
  return ordered;
}

/** The accounts a tenant's rows point at (members, inviters, moderators, audit actors …). */
async function referencedUsers(db: Database, tenantId: string) {
  const refs = await queryRows<{ child: string; column: string }>(
    db,
    sql`select c.conrelid::regclass::text as child, a.attname as column
        from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        where c.contype = 'f' and c.confrelid = 'app_user'::regclass and cardinality(c.conkey) = 1`,
  );
  const tables = await tenantTables(db);
  const ids = new Set<string>();
  for (const ref of refs.filter((r) => tables.includes(r.child))) {
    const rows = await queryRows<{ id: string | null }>(db, sql`select distinct ${ident(ref.column)}::text as id from ${ident(ref.child)} where tenant_id = ${tenantId}`);
    for (const r of rows) if (r.id) ids.add(r.id);
  }
  if (!ids.size) return [];
  return (await queryRows<{ row: Record<string, unknown> }>(db, sql`select to_jsonb(u) as row from app_user u where u.id::text in ${sql`(${sql.join([...ids].map((id) => sql`${id}`), sql`, `)})`}`)).map(
    (r) => r.row,
  );
}

export async function exportTenant(db: Database, slug: string): Promise<TenantBackup> {
  const [tenant] = await queryRows<{ row: Record<string, unknown> }>(db, sql`select to_jsonb(t) as row from tenant t where slug = ${slug}`);
  if (!tenant) throw new Error(`Programmet ${slug} finns inte.`);
  const tenantId = String(tenant.row.id);
  const tables: TenantBackup["tables"] = {};
  for (const table of await tenantTables(db)) {
    const [row] = await queryRows<{ rows: Record<string, unknown>[] | null }>(
      db,
      sql`select jsonb_agg(to_jsonb(x)) as rows from ${ident(table)} x where tenant_id = ${tenantId}`,
    );
    tables[table] = row?.rows ?? [];
  }
  return { format: BACKUP_FORMAT, exportedAt: new Date().toISOString(), slug, tenant: tenant.row, users: await referencedUsers(db, tenantId), tables };
}

/**
 * Reads a backup into a database that does not hold the programme (an empty, migrated one, or
 * another installation). Accounts that already exist (same id or e-mail) are kept as they are.
 * All in one transaction: a failed import leaves nothing behind.
 */
export async function importTenant(db: Database, backup: TenantBackup, progress?: (table: string, rows: number) => void) {
  if (backup.format !== BACKUP_FORMAT) throw new Error(`Okänt format: ${String(backup.format)}`);
  return db.transaction(async (tx) => {
    const [taken] = await queryRows<{ slug: string }>(tx, sql`select slug from tenant where slug = ${backup.slug} or id = ${String(backup.tenant.id)}::uuid`);
    if (taken) throw new Error(`Programmet ${backup.slug} finns redan i databasen.`);
    await tx.execute(sql`insert into tenant select * from jsonb_populate_record(null::tenant, ${JSON.stringify(backup.tenant)}::jsonb)`);
    await tx.execute(
      sql`insert into app_user select * from jsonb_populate_recordset(null::app_user, ${JSON.stringify(backup.users)}::jsonb) on conflict do nothing`,
    );
    // The audit trail comes with the backup; the import itself is not anyone's edit.
    await tx.execute(sql`set local session_replication_role = replica`);
    let rows = 0;
    for (const table of await tenantTables(tx as unknown as Database)) {
      const data = backup.tables[table] ?? [];
      if (data.length) await tx.execute(sql`insert into ${ident(table)} select * from jsonb_populate_recordset(null::${ident(table)}, ${JSON.stringify(data)}::jsonb)`);
      rows += data.length;
      progress?.(table, data.length);
    }
    // Derived rows are counted again from what was imported (the triggers were off, and a backup
    // from before the tally has none).
    await recountActivityTally(tx as unknown as Database, String(backup.tenant.id));
    return { tables: Object.keys(backup.tables).length, rows, users: backup.users.length };
  });
}
