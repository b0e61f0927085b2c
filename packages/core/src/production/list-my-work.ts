import type { Db } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import { assertOperator } from './assert-operator';
import { consoleCardsStatement, selectConsoleCards, statusIn, type TConsoleCard } from './console-card';
import { IN_PRODUCTION_STATUSES } from './production-steps';

/** More than anyone has on a bench at once; the list is not paginated. */
const MY_WORK_LIMIT = 200;

const myWorkStatement = consoleCardsStatement(() => ({
  // Matches the partial index `orders_claimed_idx`.
  where: and(eq(orderSummaries.claimedById, sql.placeholder('operatorId')), statusIn(IN_PRODUCTION_STATUSES)),
  limit: MY_WORK_LIMIT,
}));

/** The orders the operator has claimed and not yet shipped, the most recently moved first. */
export async function listMyWork(db: Db, actor: Actor): Promise<TConsoleCard[]> {
  assertOperator(actor);
  const rows = await selectConsoleCards(db, myWorkStatement, { operatorId: actor.userId });
  return rows.map((row) => row.card);
}
