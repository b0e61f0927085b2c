import type { Db } from '@facet/db/client';
import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';
import { createOrder, ZOrderItemInput } from '../orders/create-order';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';
import { findClient } from './find-client';

export const ZCreateClientOrderInput = z.object({
  clientId: z.string().uuid(),
  items: z.array(ZOrderItemInput).min(1, fieldMessage('crm.order-models-missing')).max(20),
});
export type TCreateClientOrderInput = z.input<typeof ZCreateClientOrderInput>;

/** A seller places an order on a client's behalf (channel `crm`); it is priced like any other. */
export async function createClientOrder(
  db: Db,
  actor: Actor,
  rawInput: TCreateClientOrderInput,
): Promise<{ orderId: string; number: number }> {
  assertSeller(actor);
  const input = ZCreateClientOrderInput.parse(rawInput);
  await findClient(db, input.clientId);
  const order = await createOrder(
    db,
    actor,
    { items: input.items, clientId: input.clientId },
    { channel: 'crm' },
  );
  return { orderId: order.id, number: order.number };
}
