import type { Db } from '@facet/db/client';
import { clientNotes } from '@facet/db/schema/crm';
import { people } from '@facet/db/schema/identity';
import { orderSummaries, orderTimeline } from '@facet/db/schema/orders';
import { and, desc, eq, getViewSelectedFields, lt } from 'drizzle-orm';
import { z } from 'zod';
import { toTimelineEntry } from '../orders/timeline-entry';
import type { Actor } from '../shared/actor';
import { ZInstant } from '../shared/instant';
import { assertSeller } from './assert-seller';
import type { TClientActivity } from './client-activity-dto';
import { ordersOfClient } from './client-orders-condition';
import { findClient } from './find-client';

export const ZListClientActivityInput = z.object({
  clientId: z.string().uuid(),
  /** The `at` of the last item of the previous page. */
  cursor: ZInstant.nullish(),
  limit: z.number().int().min(1).max(100).default(30),
});
export type TListClientActivityInput = z.input<typeof ZListClientActivityInput>;

/**
 * What happened with a client, newest first: the sellers' notes and every event of every one of the
 * client's orders (shop, CRM and API), merged into one timeline.
 */
export async function listClientActivity(
  db: Db,
  actor: Actor,
  rawInput: TListClientActivityInput,
): Promise<{ items: TClientActivity[]; nextCursor: Date | null }> {
  assertSeller(actor);
  const input = ZListClientActivityInput.parse(rawInput);
  const client = await findClient(db, input.clientId);
  const [notes, events] = await Promise.all([
    db
      .select({ note: clientNotes, authorName: people.name })
      .from(clientNotes)
      .innerJoin(people, eq(people.id, clientNotes.authorId))
      .where(
        and(
          eq(clientNotes.clientId, client.client.id),
          input.cursor ? lt(clientNotes.createdAt, input.cursor) : undefined,
        ),
      )
      .orderBy(desc(clientNotes.createdAt))
      .limit(input.limit),
    db
      .select({ event: getViewSelectedFields(orderTimeline), orderNumber: orderSummaries.number })
      .from(orderTimeline)
      .innerJoin(orderSummaries, eq(orderSummaries.id, orderTimeline.orderId))
      .where(
        and(ordersOfClient(client), input.cursor ? lt(orderTimeline.createdAt, input.cursor) : undefined),
      )
      .orderBy(desc(orderTimeline.createdAt), desc(orderTimeline.id))
      .limit(input.limit),
  ]);
  const merged: TClientActivity[] = [
    ...notes.map(({ note, authorName }) => ({
      kind: 'note' as const,
      id: `note-${note.id}`,
      at: note.createdAt,
      authorName,
      body: note.body,
    })),
    ...events.map(({ event, orderNumber }) => ({
      ...toTimelineEntry(event),
      kind: 'order_event' as const,
      id: `event-${event.id}`,
      orderId: event.orderId,
      orderNumber,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  const items = merged.slice(0, input.limit);
  const full = notes.length === input.limit || events.length === input.limit;
  return { items, nextCursor: full && items.length > 0 ? items.at(-1)!.at : null };
}
