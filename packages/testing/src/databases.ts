import { randomBytes } from 'node:crypto';
import { migrateDatabase } from '@facet/db/migrate';
import postgres from 'postgres';

/** A server connection allowed to create and drop databases (the tests' own, never the demo's). */
export const ADMIN_DATABASE_URL =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrlFor(name: string): string {
  const url = new URL(ADMIN_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates a fresh, migrated database and returns its URL and a function that drops it. */
export async function createTestDatabase(label: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `facet_${label}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(ADMIN_DATABASE_URL, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = databaseUrlFor(name);
  await migrateDatabase(url);
  return {
    url,
    drop: async () => {
      const sql = postgres(ADMIN_DATABASE_URL, { max: 1, onnotice: () => {} });
      await sql.unsafe(`drop database if exists "${name}" with (force)`);
      await sql.end();
    },
  };
}
