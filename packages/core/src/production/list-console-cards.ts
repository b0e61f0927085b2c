import type { Db } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { and, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { OPERATOR_STATUSES } from '../orders/operator-statuses';
import type { Actor } from '../shared/actor';
import { assertOperator } from './assert-operator';
import { consoleCardsStatement, selectConsoleCards, statusIn, type TConsoleCard } from './console-card';

export const ZListConsoleCardsInput = z.object({
  orderIds: z.array(z.string().uuid()).min(1).max(100),
});
export type TListConsoleCardsInput = z.infer<typeof ZListConsoleCardsInput>;

const cardsByIdStatement = consoleCardsStatement(() => ({
  where: and(
    // One text parameter rather than `in ($1, …, $n)`: the statement keeps one shape.
    sql`${orderSummaries.id} = any(string_to_array(${sql.placeholder('orderIds')}, ',')::uuid[])`,
    eq(orderSummaries.offBooks, false),
    or(statusIn(OPERATOR_STATUSES), eq(orderSummaries.claimedById, sql.placeholder('operatorId'))),
  ),
  limit: sql.placeholder('limit'),
}));

/**
 * The cards of a few orders the console was just told about (an approval pushed to it), by primary
 * key. Orders an operator may not see are left out, as if they did not exist.
 */
export async function listConsoleCards(
  db: Db,
  actor: Actor,
  input: TListConsoleCardsInput,
): Promise<TConsoleCard[]> {
  assertOperator(actor);
  const orderIds = [...new Set(input.orderIds)];
  const rows = await selectConsoleCards(db, cardsByIdStatement, {
    orderIds: orderIds.join(','),
    operatorId: actor.userId,
    limit: orderIds.length,
  });
  return rows.map((row) => row.card);
}
