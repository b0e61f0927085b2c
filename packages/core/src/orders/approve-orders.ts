import type { Db } from '@facet/db/client';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { isDomainError } from '../shared/errors';
import { transitionOrder } from './transition-order';

export const ZApproveOrdersInput = z.object({
  orderIds: z.array(z.string().uuid()).min(1).max(200),
});
export type TApproveOrdersInput = z.infer<typeof ZApproveOrdersInput>;

export interface ApproveOrdersResult {
  approved: string[];
  /** Orders that could not be approved, each with the reason. */
  refused: Array<{ orderId: string; reason: string }>;
}

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
      result.refused.push({ orderId, reason: error.message });
    }
  }
  return result;
}
