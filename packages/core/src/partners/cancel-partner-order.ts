import type { Db } from '@facet/db/client';
import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';
import type { Locale } from '../i18n/locale';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { isDomainError } from '../shared/errors';
import { assertOrderIdShape, readPartnerOrderDetails } from './get-partner-order';
import { type TPartnerOrder, toPartnerOrder } from './partner-order-dto';

export const ZCancelPartnerOrderInput = z.object({
  reason: z
    .string()
    .trim()
    .min(3, fieldMessage('api.cancel-reason-short'))
    .max(500)
    .meta({ example: 'The end customer changed their mind.' }),
});
export type TCancelPartnerOrderInput = z.infer<typeof ZCancelPartnerOrderInput>;

const ATTEMPTS = 3;

/**
 * Cancels an order before production starts; later the transition rules refuse it with the reason.
 * The partner asks to cancel whatever step the order is at, so losing a race with the workshop's
 * own progress (the order priced meanwhile) means trying again from the new status. The order is
 * read once, by the transition (which also checks that the partner may see it); the answer is the
 * order it wrote, with its items and timeline, the system's reasons said in `locale`.
 */
export async function cancelPartnerOrder(
  db: Db,
  actor: Actor,
  orderId: string,
  input: TCancelPartnerOrderInput,
  options: { locale?: Locale } = {},
): Promise<TPartnerOrder> {
  assertOrderIdShape(actor, orderId);
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { order } = await transitionOrder(db, { orderId, to: 'CANCELLED', actor, reason: input.reason });
      const { items, events } = await readPartnerOrderDetails(db, order.id);
      return toPartnerOrder(order, items, events, options.locale);
    } catch (error) {
      if (!(isDomainError(error) && error.code === 'CONFLICT') || attempt === ATTEMPTS) throw error;
    }
  }
}
