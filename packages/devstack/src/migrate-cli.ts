/** Applies the migrations in drizzle/ to DATABASE_URL (deployments run this before the apps). */
import { migrateDatabase } from '@facet/db/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set: it must be the postgres:// URL of the database to migrate.');
  process.exit(2);
}
await migrateDatabase(url);
console.log('migrations applied');
