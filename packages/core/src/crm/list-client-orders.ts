import type { Db } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { decodeCursor, encodeCursor } from '../shared/keyset-cursor';
import { assertSeller } from './assert-seller';
import { clientOrderArms } from './client-orders-condition';
import { findClient } from './find-client';
import { selectSellerOrders, type TSellerOrder, toSellerOrder } from './seller-order-dto';

export const ZListClientOrdersInput = z.object({
  clientId: z.string().uuid(),
  cursor: z.string().max(500).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type TListClientOrdersInput = z.input<typeof ZListClientOrdersInput>;

const ZCursor = z.object({ createdAt: z.coerce.date(), id: z.string().uuid() });

/** All of a client's orders, from the shop, the CRM and the API together, newest first. */
export async function listClientOrders(
  db: Db,
  actor: Actor,
  rawInput: TListClientOrdersInput,
): Promise<{ items: TSellerOrder[]; nextCursor: string | null }> {
  assertSeller(actor);
  const input = ZListClientOrdersInput.parse(rawInput);
  const client = await findClient(db, input.clientId);
  const after = input.cursor ? decodeCursor(ZCursor, input.cursor) : null;
  const afterCursor = after
    ? or(
        lt(orderSummaries.createdAt, after.createdAt),
        and(eq(orderSummaries.createdAt, after.createdAt), lt(orderSummaries.id, after.id)),
      )
    : undefined;
  // A page from each arm, then the newest of them: an order in two arms is kept once.
  const arms = await Promise.all(
    clientOrderArms(client).map((arm) =>
      selectSellerOrders(db)
        .where(and(arm, afterCursor))
        .orderBy(desc(orderSummaries.createdAt), desc(orderSummaries.id))
        .limit(input.limit + 1),
    ),
  );
  const rows = [...new Map(arms.flat().map((row) => [row.id, row])).values()]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toSellerOrder(row)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
        : null,
  };
}
