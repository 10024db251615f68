import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import { type ExtractTablesWithRelations, type SQL, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import * as schema from "./schema/index.ts";
import { readTemplate, templateFile, templatesEnabled, writeTemplate } from "./template.ts";

export type Schema = typeof schema;
/** One type for both drivers: the embedded PGlite and postgres.js against a server. */
export type Database = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

/**
 * Where the committed SQL migrations live. Bundlers move this module, so callers may pass their own
 * path (or MIGRATIONS_DIR) instead of relying on import.meta.url.
 */
export const defaultMigrationsFolder = fileURLToPath(new URL("../drizzle", import.meta.url));

export interface OpenOptions {
  /** A postgres:// URL; when absent, the embedded PGlite is used. */
  url?: string;
  /** PGlite data directory; "memory://" (the default) keeps everything in memory. */
  dataDir?: string;
  /** A PGlite data-directory dump to start from (tests restore a migrated snapshot this way). */
  loadDataDir?: Blob | File;
  /**
   * Whether a new embedded database starts from the migrated template (template.ts, decision 014)
   * rather than from initdb. Default: yes, unless NARAVARD_DB_TEMPLATE=0.
   */
  template?: boolean;
  migrationsFolder?: string;
  /** Called with every SQL statement the application sends (statement counting, debugging). */
  onQuery?: (query: string, params: unknown[]) => void;
  /** Connection pool size for postgres.js. */
  max?: number;
}

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  /** Cheap liveness check of the database connection. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance, when embedded (for snapshots in tests). */
  pglite?: PGlite;
}

export async function openDatabase(options: OpenOptions = {}): Promise<DatabaseHandle> {
  const migrationsFolder = options.migrationsFolder ?? process.env.MIGRATIONS_DIR ?? defaultMigrationsFolder;
  const logger = options.onQuery ? { logQuery: (query: string, params: unknown[]) => options.onQuery?.(query, params) } : false;

  if (options.url) {
    const client = postgres(options.url, {
      max: options.max ?? 10,
      onnotice: () => {},
      connect_timeout: 5,
      idle_timeout: 30,
    });
    const db = drizzlePostgres(client, { schema, casing: "snake_case", logger });
    return {
      db,
      kind: "postgres",
      migrate: () => migratePostgres(db, { migrationsFolder }),
      ping: async () => {
        await db.execute(sql`select 1`);
      },
      close: () => client.end({ timeout: 5 }),
    };
  }

  const dataDir = options.dataDir ?? "memory://";
  const onDisk = !dataDir.includes("://");
  // PGlite creates its own directory but not the ones above it (a fresh clone has no .data/).
  if (onDisk) mkdirSync(dataDir, { recursive: true });
  // A new database (in memory, or a directory PostgreSQL has not initialised) starts from the
  // migrated template when there is one; without one, the first migration from scratch makes it.
  const fresh = !options.loadDataDir && (!onDisk || !existsSync(join(dataDir, "PG_VERSION")));
  const useTemplate = fresh && (options.template ?? templatesEnabled());
  const template = useTemplate ? readTemplate(migrationsFolder) : undefined;
  const loadDataDir = options.loadDataDir ?? template;
  // Loaded only here: a process on a PostgreSQL server does not carry the embedded engine (about
  // 60 MB of the API's memory).
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("drizzle-orm/pglite"),
    import("drizzle-orm/pglite/migrator"),
  ]);
  const pglite = await PGlite.create({ dataDir, ...(loadDataDir ? { loadDataDir } : {}) });
  const db = drizzlePglite(pglite, { schema, casing: "snake_case", logger });
  let templateWanted = useTemplate && !template;
  return {
    db,
    kind: "pglite",
    pglite,
    migrate: async () => {
      // Named for the migrations as they are read now: a file edited while they run must not
      // give its new name to a template made from its old text.
      const file = templateFile(migrationsFolder);
      await migratePglite(db, { migrationsFolder });
      if (!templateWanted) return;
      templateWanted = false;
      await writeTemplate(pglite, migrationsFolder, undefined, file).catch((error: unknown) => {
        console.warn(`Kunde inte spara databasmallen (nästa start kör initdb igen): ${String(error)}`);
      });
    },
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: () => pglite.close(),
  };
}

/**
 * Runs raw SQL and returns its rows whichever driver is underneath (PGlite answers
 * `{ rows }`, postgres.js an array).
 */
export async function queryRows<T>(db: Pick<Database, "execute">, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
