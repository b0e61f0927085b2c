import type { Db } from '@facet/db/client';
import { orders } from '@facet/db/schema/orders';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { type TOrderSummary, toOrderSummary, ZOrderCursor } from './order-dto';

export const ZListMyOrdersInput = z.object({
  cursor: ZOrderCursor.nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type TListMyOrdersInput = z.infer<typeof ZListMyOrdersInput>;

/** A shopper's own orders, newest first, one keyset page at a time. */
export async function listMyOrders(
  db: Db,
  actor: Actor,
  input: TListMyOrdersInput,
): Promise<{ items: TOrderSummary[]; nextCursor: { createdAt: Date; id: string } | null }> {
  if (actor.kind !== 'user') throw new DomainError('FORBIDDEN', domainMessage('order.people-only'));
  const after = input.cursor
    ? or(
        lt(orders.createdAt, input.cursor.createdAt),
        and(eq(orders.createdAt, input.cursor.createdAt), lt(orders.id, input.cursor.id)),
      )
    : undefined;
  const rows = await db
    .select()
    .from(orders)
    .where(and(eq(orders.customerUserId, actor.userId), after))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toOrderSummary),
    nextCursor: rows.length > input.limit && last ? { createdAt: last.createdAt, id: last.id } : null,
  };
}
