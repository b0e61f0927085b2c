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

async function withAdmin<T>(run: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(ADMIN_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    return await run(sql);
  } finally {
    await sql.end();
  }
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(4).toString('hex')}`;
}

/** Creates a migrated database to copy test databases from. */
export async function createTemplateDatabase(): Promise<{ name: string; drop: () => Promise<void> }> {
  const name = uniqueDatabaseName('facet_tpl');
  await withAdmin((sql) => sql.unsafe(`create database "${name}"`));
  await migrateDatabase(databaseUrlFor(name));
  return { name, drop: () => dropDatabase(name) };
}

/** A copy of the template: each test file gets its own, so files never see each other's rows. */
export async function cloneDatabase(template: string, name: string): Promise<void> {
  await withAdmin(async (sql) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await sql.unsafe(`create database "${name}" template "${template}"`);
        await copyDatabaseSettings(sql, template, name);
        return;
      } catch (error) {
        // Two clones of one template at the same instant: the second waits its turn.
        if (attempt > 50 || !String(error).includes('is being accessed by other users')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
      }
    }
  });
}

/**
 * A copy does not take its template's `ALTER DATABASE … SET` settings (the search path that lists
 * the contexts' schemas, migration 0018), so they are set again on the copy.
 */
async function copyDatabaseSettings(sql: postgres.Sql, template: string, name: string): Promise<void> {
  const rows = await sql<{ setconfig: string[] }[]>`
    select s.setconfig from pg_db_role_setting s join pg_database d on d.oid = s.setdatabase
    where d.datname = ${template} and s.setrole = 0`;
  for (const setting of rows[0]?.setconfig ?? []) {
    const at = setting.indexOf('=');
    await sql.unsafe(`alter database "${name}" set ${setting.slice(0, at)} = ${setting.slice(at + 1)}`);
  }
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((sql) => sql.unsafe(`drop database if exists "${name}" with (force)`));
}
