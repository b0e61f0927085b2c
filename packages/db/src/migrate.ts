import { join } from 'node:path';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { createDb } from './client';

export const MIGRATIONS_FOLDER = join(import.meta.dirname, '..', '..', '..', 'drizzle');

export async function migrateDatabase(url: string): Promise<void> {
  const { db, close } = createDb(url, { max: 2, applicationName: 'facet-migrate' });
  try {
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await close();
  }
}
