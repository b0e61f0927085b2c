import type { Db } from '@facet/db/client';
import { z } from 'zod';
import { ZLocalizedMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { isDomainError } from '../shared/errors';
import { transitionOrder } from './transition-order';

export const ZApproveOrdersInput = z.object({
  orderIds: z.array(z.string().uuid()).min(1).max(200),
});
export type TApproveOrdersInput = z.infer<typeof ZApproveOrdersInput>;

export const ZApproveOrdersResult = z.object({
  approved: z.array(z.string()),
  /**
   * Orders that could not be approved, each with the reason in English and as a catalogue message
   * (`reasonMessage`), for the page to say in the seller's language.
   */
  refused: z.array(
    z.object({ orderId: z.string(), reason: z.string(), reasonMessage: ZLocalizedMessage.nullable() }),
  ),
});
export type ApproveOrdersResult = z.infer<typeof ZApproveOrdersResult>;

/** PRICE_CALCULATED → MANUFACTURING_APPROVED for one or many orders; each succeeds or fails on its own. */
export async function approveOrders(
  db: Db,
  actor: Actor,
  input: TApproveOrdersInput,
): Promise<ApproveOrdersResult> {
  const result: ApproveOrdersResult = { approved: [], refused: [] };
  for (const orderId of new Set(input.orderIds)) {
    try {
      await transitionOrder(db, {
        orderId,
        to: 'MANUFACTURING_APPROVED',
        actor,
        expectedStatus: 'PRICE_CALCULATED',
      });
      result.approved.push(orderId);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      result.refused.push({ orderId, reason: error.message, reasonMessage: error.localized ?? null });
    }
  }
  return result;
}
