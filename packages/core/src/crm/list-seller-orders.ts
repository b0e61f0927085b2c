import type { Db } from '@facet/db/client';
import { ORDER_CHANNELS, ORDER_STATUSES } from '@facet/db/enums';
import { orderSummaries } from '@facet/db/schema/orders';
import { and, asc, desc, eq, gt, gte, inArray, isNotNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';
import type { Actor } from '../shared/actor';
import { ZInstant } from '../shared/instant';
import { decodeCursor, encodeCursor } from '../shared/keyset-cursor';
import { assertSeller } from './assert-seller';
import { ordersOfClient } from './client-orders-condition';
import { findClient } from './find-client';
import {
  selectSellerOrders,
  type TSellerOrder,
  toSellerOrder,
  UNFINISHED_ORDER,
  ZSellerOrder,
} from './seller-order-dto';

export const ORDER_SORTS = ['newest', 'oldest', 'total_desc', 'total_asc'] as const;
export type OrderSort = (typeof ORDER_SORTS)[number];

export const ZListSellerOrdersInput = z
  .object({
    statuses: z.array(z.enum(ORDER_STATUSES)).max(ORDER_STATUSES.length).optional(),
    channel: z.enum(ORDER_CHANNELS).optional(),
    clientId: z.string().uuid().optional(),
    /** Placed on or after this day (inclusive). */
    createdFrom: ZInstant.optional(),
    /** Placed before the end of this day. */
    createdTo: ZInstant.optional(),
    /** Only orders past their promised date and not yet shipped. */
    overdue: z.boolean().optional(),
    sort: z.enum(ORDER_SORTS).default('newest'),
    cursor: z.string().max(500).nullish(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .refine((input) => !input.createdFrom || !input.createdTo || input.createdFrom <= input.createdTo, {
    path: ['createdTo'],
    message: fieldMessage('period.end-date-before-start-date'),
  });
export type TListSellerOrdersInput = z.input<typeof ZListSellerOrdersInput>;

export const ZSellerOrderPage = z.object({ items: z.array(ZSellerOrder), nextCursor: z.string().nullable() });
export type TSellerOrderPage = { items: TSellerOrder[]; nextCursor: string | null };

const ZCreatedCursor = z.object({ v: z.coerce.date(), id: z.string().uuid() });
const ZTotalCursor = z.object({ v: z.number().int(), id: z.string().uuid() });

/** Orders without a price sort below every priced one, whichever the direction. */
const totalKey = sql<number>`coalesce(${orderSummaries.totalCents}, -1)`;

/** Every order a seller may look at (canaries and sandbox orders aside), filtered and sorted, one keyset page at a time. */
export async function listSellerOrders(
  db: Db,
  actor: Actor,
  rawInput: TListSellerOrdersInput,
): Promise<TSellerOrderPage> {
  assertSeller(actor);
  const input = ZListSellerOrdersInput.parse(rawInput);
  // Off-books orders (the worker's canaries, partners' sandbox orders) are not the workshop's business.
  const conditions: Array<SQL | undefined> = [eq(orderSummaries.offBooks, false)];
  if (input.statuses?.length) conditions.push(inArray(orderSummaries.status, input.statuses));
  if (input.channel) conditions.push(eq(orderSummaries.channel, input.channel));
  if (input.clientId) conditions.push(ordersOfClient(await findClient(db, input.clientId)));
  if (input.createdFrom) conditions.push(gte(orderSummaries.createdAt, input.createdFrom));
  if (input.createdTo) conditions.push(lt(orderSummaries.createdAt, endOfDay(input.createdTo)));
  if (input.overdue) {
    conditions.push(
      and(isNotNull(orderSummaries.promisedAt), lt(orderSummaries.promisedAt, new Date()), UNFINISHED_ORDER),
    );
  }
  if (input.cursor) conditions.push(afterCursor(input.sort, input.cursor));

  const rows = await selectSellerOrders(db)
    .where(and(...conditions))
    .orderBy(...orderFor(input.sort))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map((row) => toSellerOrder(row)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({
            v:
              input.sort === 'newest' || input.sort === 'oldest'
                ? last.createdAt.toISOString()
                : (last.totalCents ?? -1),
            id: last.id,
          })
        : null,
  };
}

function orderFor(sort: OrderSort): SQL[] {
  switch (sort) {
    case 'newest':
      return [desc(orderSummaries.createdAt), desc(orderSummaries.id)];
    case 'oldest':
      return [asc(orderSummaries.createdAt), asc(orderSummaries.id)];
    case 'total_desc':
      return [desc(totalKey), desc(orderSummaries.id)];
    case 'total_asc':
      return [asc(totalKey), asc(orderSummaries.id)];
  }
}

function afterCursor(sort: OrderSort, cursor: string): SQL | undefined {
  switch (sort) {
    case 'newest': {
      const { v, id } = decodeCursor(ZCreatedCursor, cursor);
      return or(
        lt(orderSummaries.createdAt, v),
        and(eq(orderSummaries.createdAt, v), lt(orderSummaries.id, id)),
      );
    }
    case 'oldest': {
      const { v, id } = decodeCursor(ZCreatedCursor, cursor);
      return or(
        gt(orderSummaries.createdAt, v),
        and(eq(orderSummaries.createdAt, v), gt(orderSummaries.id, id)),
      );
    }
    case 'total_desc': {
      const { v, id } = decodeCursor(ZTotalCursor, cursor);
      return or(lt(totalKey, v), and(eq(totalKey, v), lt(orderSummaries.id, id)));
    }
    case 'total_asc': {
      const { v, id } = decodeCursor(ZTotalCursor, cursor);
      return or(gt(totalKey, v), and(eq(totalKey, v), gt(orderSummaries.id, id)));
    }
  }
}

function endOfDay(day: Date): Date {
  return new Date(day.getTime() + 24 * 3600 * 1000);
}
