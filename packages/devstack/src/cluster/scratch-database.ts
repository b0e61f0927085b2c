import postgres from 'postgres';

const ADMIN_URL = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STALE_AFTER_MS = 2 * 3600_000;

export interface ScratchDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

/**
 * A new, empty database on the local PostgreSQL server, named `<prefix>_<start time>[_<suffix>]`.
 * Databases of the same prefix left by runs that were killed before they could clean up (older than
 * two hours, so runs side by side never drop each other's) are dropped first.
 */
export async function createScratchDatabase(prefix: string, suffix?: string): Promise<ScratchDatabase> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    const existing = await admin<{ datname: string }[]>`
      select datname from pg_database where datname like ${`${prefix}\\_%`}`;
    for (const { datname } of existing) {
      const startedAt = Number.parseInt(datname.slice(prefix.length + 1).split('_')[0] ?? '', 36);
      if (Date.now() - startedAt > STALE_AFTER_MS)
        await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    }
    const name = [prefix, Date.now().toString(36), suffix].filter(Boolean).join('_');
    await admin.unsafe(`create database "${name}"`);
    const url = new URL(ADMIN_URL);
    url.pathname = `/${name}`;
    return {
      name,
      url: url.toString(),
      drop: async () => {
        const sql = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
        await sql.unsafe(`drop database if exists "${name}" with (force)`);
        await sql.end();
      },
    };
  } finally {
    await admin.end();
  }
}

/** Ends every connection to the database but the caller's own: what a failover or a restart does. */
export async function terminateConnections(databaseName: string): Promise<number> {
  const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin<{ terminated: boolean }[]>`
      select pg_terminate_backend(pid) as terminated from pg_stat_activity
      where datname = ${databaseName} and pid <> pg_backend_pid()`;
    return rows.filter((row) => row.terminated).length;
  } finally {
    await admin.end();
  }
}
