import type { Db } from '@facet/db/client';
import { modelDetails } from '@facet/db/schema/models';
import { orderItems } from '@facet/db/schema/orders';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { rejectionOf } from '../models/model-rejection';
import { ZShippingAddress } from '../orders/order-details';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { findCart } from './find-cart';

export const ZCheckOutInput = z.object({ shippingAddress: ZShippingAddress });

/** Places the cart's order (FILE_UPLOADED → SUBMITTED), to be paid on invoice. The worker prices it next. */
export async function checkOut(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZCheckOutInput>,
): Promise<{ orderId: string }> {
  const cart = await findCart(db, actor);
  if (!cart) throw new DomainError('NOT_FOUND', domainMessage('cart.empty'));
  const rejected = await db
    .select({
      name: modelDetails.originalName,
      rejectionReason: modelDetails.rejectionReason,
      rejectionMessage: modelDetails.rejectionMessage,
    })
    .from(orderItems)
    .innerJoin(modelDetails, eq(modelDetails.id, orderItems.modelId))
    .where(and(eq(orderItems.orderId, cart.id), eq(modelDetails.status, 'REJECTED')));
  const reason = rejected[0] ? rejectionOf(rejected[0]) : null;
  if (rejected.length > 0) {
    throw new DomainError(
      'UNPROCESSABLE',
      reason
        ? domainMessage('checkout.remove-rejected', {
            names: rejected.map((model) => model.name).join(', '),
            reason,
          })
        : domainMessage('checkout.remove-unmakeable', {
            names: rejected.map((model) => model.name).join(', '),
          }),
    );
  }
  await transitionOrder(db, {
    orderId: cart.id,
    to: 'SUBMITTED',
    actor,
    expectedStatus: 'FILE_UPLOADED',
    changes: { shippingAddress: input.shippingAddress },
  });
  return { orderId: cart.id };
}
