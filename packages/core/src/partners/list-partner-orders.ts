import type { Db } from '@facet/db/client';
import { ORDER_STATUSES } from '@facet/db/enums';
import { partnerOrders } from '@facet/db/schema/orders';
import { and, asc, desc, eq, gt, gte, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import type { Locale } from '../i18n/locale';
import { type Actor, actorMode } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { ZInstant } from '../shared/instant';
import { decodeCursor, encodeCursor } from '../shared/keyset-cursor';
import { type TPartnerOrderSummary, toPartnerOrderSummary } from './partner-order-dto';

export const ZListPartnerOrdersInput = z.object({
  status: z.array(z.enum(ORDER_STATUSES)).max(ORDER_STATUSES.length).optional(),
  /** The change feed: orders changed at or after this instant, in the order their changes committed. */
  updatedSince: ZInstant.optional(),
  externalRef: z.string().min(1).max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(100).default(50),
});
export type TListPartnerOrdersInput = z.input<typeof ZListPartnerOrdersInput>;

export interface PartnerOrderPage {
  items: TPartnerOrderSummary[];
  /**
   * Pass as `cursor` for the next page. Newest first: null on the last page. In the change feed never
   * null: keep the last one and poll with it to get the changes committed since.
   */
  nextCursor: string | null;
}

/**
 * The position after the last row of a page; opaque to partners (base64url JSON). In the change feed
 * it is a change number and the order id within it (none: every order of that change number is seen).
 */
const ZCursor = z.discriminatedUnion('by', [
  z.object({ by: z.literal('created'), at: z.coerce.date(), id: z.string().uuid() }),
  z.object({ by: z.literal('changes'), n: z.number().int().nonnegative(), id: z.string().uuid().nullable() }),
]);
type Cursor = z.infer<typeof ZCursor>;
type ChangesCursor = Extract<Cursor, { by: 'changes' }>;

const INVALID_CURSOR = domainMessage('api.orders-cursor-invalid');

function invalidCursor() {
  return new DomainError('INVALID_INPUT', INVALID_CURSOR, { field: 'cursor' });
}

/**
 * A partner's own orders, one keyset page at a time: newest first, or — with `updatedSince` or a
 * change-feed cursor — the change feed; the reasons the system wrote are said in `locale`.
 */
export async function listPartnerOrders(
  db: Db,
  actor: Actor,
  rawInput: TListPartnerOrdersInput,
  options: { locale?: Locale } = {},
): Promise<PartnerOrderPage> {
  const toSummary = (order: typeof partnerOrders.$inferSelect) =>
    toPartnerOrderSummary(order, options.locale);
  if (actor.kind !== 'partner') throw new DomainError('FORBIDDEN', domainMessage('api.orders-partners-only'));
  const input = ZListPartnerOrdersInput.parse(rawInput);
  const cursor = input.cursor ? decodeCursor(ZCursor, input.cursor, INVALID_CURSOR) : null;
  // A key lists the orders of its own mode: live keys never see the sandbox's, test keys only those.
  const filters: Array<SQL | undefined> = [
    eq(partnerOrders.partnerId, actor.partnerId),
    eq(partnerOrders.mode, actorMode(actor)),
  ];
  if (input.status?.length) filters.push(inArray(partnerOrders.status, input.status));
  if (input.externalRef) filters.push(eq(partnerOrders.externalRef, input.externalRef));

  if (cursor?.by === 'changes' || (input.updatedSince && !cursor)) {
    return listChanges(db, filters, input, cursor?.by === 'changes' ? cursor : null, toSummary);
  }
  if (input.updatedSince || (cursor && cursor.by !== 'created')) throw invalidCursor();

  if (cursor) {
    filters.push(
      or(
        lt(partnerOrders.createdAt, cursor.at),
        and(eq(partnerOrders.createdAt, cursor.at), lt(partnerOrders.id, cursor.id)),
      ),
    );
  }
  const rows = await db
    .select()
    .from(partnerOrders)
    .where(and(...filters))
    .orderBy(desc(partnerOrders.createdAt), desc(partnerOrders.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(toSummary),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ by: 'created', at: last.createdAt, id: last.id })
        : null,
  };
}

/**
 * The oldest transaction still running that could write this database: the statement's snapshot
 * lists the running ones (cluster-wide), and those a session of another database is running are left
 * out, so a long transaction elsewhere on the server does not hold the feed back. One whose database
 * cannot be seen (another role's session) is kept: the horizon only ever errs on the early side.
 * Without any, the snapshot's xmax: the next transaction id.
 */
const FEED_HORIZON = sql`
  select coalesce(
    (
      select min(running) from pg_snapshot_xip(now.snapshot) as running
      where not exists (
        select 1 from pg_stat_activity elsewhere
        where elsewhere.datname <> current_database()
          and elsewhere.backend_xid::text::bigint = running::text::bigint % 4294967296
      )
    ),
    pg_snapshot_xmax(now.snapshot)
  )::text as horizon
  from (select pg_current_snapshot() as snapshot) as now`;

/**
 * The change feed, by change number (the id of the transaction that last changed the order). Only
 * changes below the horizon are shown: the oldest transaction of this database still running when
 * the page is read (FEED_HORIZON). Every transaction below it has ended, and any later one gets a
 * higher number, so nothing can appear behind a cursor later — a transaction held open only holds
 * the feed back until it ends. `updatedSince` only picks the first page; the cursor carries on from there.
 */
async function listChanges(
  db: Db,
  filters: Array<SQL | undefined>,
  input: z.output<typeof ZListPartnerOrdersInput>,
  cursor: ChangesCursor | null,
  toSummary: (order: typeof partnerOrders.$inferSelect) => TPartnerOrderSummary,
): Promise<PartnerOrderPage> {
  // Read first, in its own statement: every transaction below it has ended before the rows are read.
  const [snapshot] = await db.execute<{ horizon: string }>(sql`${FEED_HORIZON}`);
  const horizon = Number(snapshot?.horizon);
  filters.push(lt(partnerOrders.changeNumber, horizon));
  if (cursor) {
    // A row comparison, so the index's range starts right at the cursor.
    filters.push(
      cursor.id === null
        ? gt(partnerOrders.changeNumber, cursor.n)
        : sql`(${partnerOrders.changeNumber}, ${partnerOrders.id}) > (${cursor.n}, ${cursor.id})`,
    );
  } else if (input.updatedSince) {
    filters.push(gte(partnerOrders.updatedAt, input.updatedSince));
  }
  const rows = await db
    .select()
    .from(partnerOrders)
    .where(and(...filters))
    .orderBy(asc(partnerOrders.changeNumber), asc(partnerOrders.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const next: ChangesCursor =
    rows.length > input.limit && last
      ? { by: 'changes', n: last.changeNumber, id: last.id }
      : // Everything below the horizon is seen: the next poll starts there.
        { by: 'changes', n: horizon - 1, id: null };
  return { items: page.map(toSummary), nextCursor: encodeCursor(next) };
}
