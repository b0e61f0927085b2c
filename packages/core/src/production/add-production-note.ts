import type { Db } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { productionNotes } from '@facet/db/schema/production';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';
import { assertCanSeeOrder } from '../orders/order-access';
import type { Actor } from '../shared/actor';
import { assertOperator } from './assert-operator';

export const ZAddProductionNoteInput = z.object({
  orderId: z.string().uuid(),
  body: z.string().trim().min(1, fieldMessage('note.empty')).max(2_000, fieldMessage('note.production-long')),
});
export type TAddProductionNoteInput = z.infer<typeof ZAddProductionNoteInput>;

export const ZProductionNote = z.object({
  id: z.string().uuid(),
  body: z.string(),
  authorName: z.string(),
  createdAt: z.date(),
});
export type TProductionNote = z.infer<typeof ZProductionNote>;

/**
 * A note on the shop floor about an order ("sprue on the inside, polish by hand"). Notes are for
 * the workshop only: they are not order events, so customers and partners never see them.
 */
export async function addProductionNote(
  db: Db,
  actor: Actor,
  input: TAddProductionNoteInput,
): Promise<TProductionNote> {
  assertOperator(actor);
  const [order] = await db.select().from(orderSummaries).where(eq(orderSummaries.id, input.orderId));
  assertCanSeeOrder(actor, order);
  const [note] = await db
    .insert(productionNotes)
    .values({ orderId: input.orderId, authorId: actor.userId, body: input.body })
    .returning();
  if (!note) throw new Error('Note insert returned nothing');
  return { id: note.id, body: note.body, authorName: actor.name, createdAt: note.createdAt };
}
