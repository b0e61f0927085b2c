import type { Db } from '@facet/db/client';
import { ORDER_STATUSES } from '@facet/db/enums';
import { orders } from '@facet/db/schema/orders';
import { and, asc, desc, eq, gt, gte, inArray, lt, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { type TPartnerOrderSummary, toPartnerOrderSummary } from './partner-order-dto';

export const ZListPartnerOrdersInput = z.object({
  status: z.array(z.enum(ORDER_STATUSES)).max(ORDER_STATUSES.length).optional(),
  /** Reconciliation: orders changed at or after this instant, oldest change first. */
  updatedSince: z.coerce.date().optional(),
  externalRef: z.string().min(1).max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type TListPartnerOrdersInput = z.input<typeof ZListPartnerOrdersInput>;

export interface PartnerOrderPage {
  items: TPartnerOrderSummary[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/** The position after the last row of a page; opaque to partners (base64url JSON). */
const ZCursor = z.object({ by: z.enum(['created', 'updated']), at: z.coerce.date(), id: z.string().uuid() });
type Cursor = z.infer<typeof ZCursor>;

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ ...cursor, at: cursor.at.toISOString() })).toString('base64url');
}

function decodeCursor(raw: string, by: Cursor['by']): Cursor {
  try {
    const cursor = ZCursor.parse(JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')));
    if (cursor.by === by) return cursor;
  } catch {
    // fall through to the one clear error below
  }
  throw new DomainError(
    'INVALID_INPUT',
    'This cursor is not valid for this listing: pass back nextCursor unchanged, with the same filters.',
    { field: 'cursor' },
  );
}

/**
 * A partner's own orders, one keyset page at a time: newest first, or — with `updatedSince` — in
 * the order they changed, so a partner can walk every change since its last sync without gaps.
 */
export async function listPartnerOrders(
  db: Db,
  actor: Actor,
  rawInput: TListPartnerOrdersInput,
): Promise<PartnerOrderPage> {
  if (actor.kind !== 'partner') throw new DomainError('FORBIDDEN', 'Only partners list their orders here.');
  const input = ZListPartnerOrdersInput.parse(rawInput);
  const by: Cursor['by'] = input.updatedSince ? 'updated' : 'created';
  const cursor = input.cursor ? decodeCursor(input.cursor, by) : null;

  const filters: Array<SQL | undefined> = [eq(orders.partnerId, actor.partnerId)];
  if (input.status?.length) filters.push(inArray(orders.status, input.status));
  if (input.externalRef) filters.push(eq(orders.externalRef, input.externalRef));
  if (by === 'updated') {
    filters.push(gte(orders.updatedAt, input.updatedSince!));
    if (cursor) {
      filters.push(
        or(gt(orders.updatedAt, cursor.at), and(eq(orders.updatedAt, cursor.at), gt(orders.id, cursor.id))),
      );
    }
  } else if (cursor) {
    filters.push(
      or(lt(orders.createdAt, cursor.at), and(eq(orders.createdAt, cursor.at), lt(orders.id, cursor.id))),
    );
  }

  const rows = await db
    .select()
    .from(orders)
    .where(and(...filters))
    .orderBy(
      ...(by === 'updated'
        ? [asc(orders.updatedAt), asc(orders.id)]
        : [desc(orders.createdAt), desc(orders.id)]),
    )
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toPartnerOrderSummary),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ by, at: by === 'updated' ? last.updatedAt : last.createdAt, id: last.id })
        : null,
  };
}
