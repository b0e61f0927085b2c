import type { Db } from '@facet/db/client';
import { sql } from 'drizzle-orm';

/** True when Postgres answers a trivial query. */
export async function pingDatabase(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
