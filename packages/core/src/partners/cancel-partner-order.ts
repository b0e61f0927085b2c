import type { Db } from '@facet/db/client';
import { z } from 'zod';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { isDomainError } from '../shared/errors';
import { getPartnerOrder } from './get-partner-order';
import type { TPartnerOrder } from './partner-order-dto';

export const ZCancelPartnerOrderInput = z.object({
  reason: z
    .string()
    .trim()
    .min(3, 'Say why the order is cancelled (at least 3 characters).')
    .max(500)
    .meta({ example: 'The end customer changed their mind.' }),
});
export type TCancelPartnerOrderInput = z.infer<typeof ZCancelPartnerOrderInput>;

const ATTEMPTS = 3;

/**
 * Cancels an order before production starts; later the transition rules refuse it with the reason.
 * The partner asks to cancel whatever step the order is at, so losing a race with the workshop's
 * own progress (the order priced meanwhile) means trying again from the new status.
 */
export async function cancelPartnerOrder(
  db: Db,
  actor: Actor,
  orderId: string,
  input: TCancelPartnerOrderInput,
): Promise<TPartnerOrder> {
  await getPartnerOrder(db, actor, orderId);
  for (let attempt = 1; ; attempt += 1) {
    try {
      await transitionOrder(db, { orderId, to: 'CANCELLED', actor, reason: input.reason });
      return await getPartnerOrder(db, actor, orderId);
    } catch (error) {
      if (!(isDomainError(error) && error.code === 'CONFLICT') || attempt === ATTEMPTS) throw error;
    }
  }
}
