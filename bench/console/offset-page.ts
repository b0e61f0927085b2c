import { consoleCardsStatement } from '@facet/core/production/console-card';
import { poolFilter } from '@facet/core/production/list-pool';
import { sql } from 'drizzle-orm';

/** The pool's page the OFFSET way, only for the comparison with the keyset page. */
export const poolPageByOffset = consoleCardsStatement(() => ({
  where: poolFilter({}),
  limit: sql.placeholder('limit'),
  offset: sql.placeholder('offset'),
}));
