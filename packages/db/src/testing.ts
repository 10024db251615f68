import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { type DatabaseHandle, openDatabase } from "./client.ts";
import { seedDatabase } from "./seed/index.ts";

export const TEST_PASSWORD = "test-losenord-123";

export interface TestDatabase extends DatabaseHandle {
  /** Drops the database (PostgreSQL) or closes the embedded one. */
  close(): Promise<void>;
}

/**
 * A fresh, migrated (and by default seeded) database for one test file: an in-memory PGlite, or,
 * when TEST_DATABASE_URL is set, a uniquely named database on that server, dropped afterwards.
 */
export async function createTestDatabase(
  options: { seed?: boolean; onQuery?: (query: string, params: unknown[]) => void } = {},
): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  let handle: DatabaseHandle;
  let drop: () => Promise<void> = async () => {};

  if (serverUrl) {
    const name = `naravard_test_${Date.now()}_${randomBytes(4).toString("hex")}`;
    const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    handle = await openDatabase({ url: url.toString(), max: 4, onQuery: options.onQuery });
    drop = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    };
  } else {
    handle = await openDatabase({ onQuery: options.onQuery });
  }

  await handle.migrate();
  if (options.seed !== false) await seedDatabase(handle.db, { coordinatorPassword: TEST_PASSWORD });
  const closeHandle = handle.close;
  return {
    ...handle,
    close: async () => {
      await closeHandle();
      await drop();
    },
  };
}
