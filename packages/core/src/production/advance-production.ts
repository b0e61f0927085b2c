import type { DbOrTx } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import { claims } from '@facet/db/schema/production';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import type { HistoryOptions } from '../shared/history-options';
import { assertOperator } from './assert-operator';
import { IN_PRODUCTION_STATUSES, NEXT_PRODUCTION_STEP } from './production-steps';

export const ZAdvanceProductionInput = z.object({
  orderId: z.string().uuid(),
  /** The status the operator saw: a double click, or a second screen, cannot skip a step. */
  from: z.enum(IN_PRODUCTION_STATUSES),
});
export type TAdvanceProductionInput = z.infer<typeof ZAdvanceProductionInput>;

/**
 * The claimant takes the next production step: STARTED → COMPLETED → PACKAGING → SHIPPED. Shipping
 * completes the claim (what the operator is paid for).
 */
export async function advanceProduction(
  db: DbOrTx,
  actor: Actor,
  input: TAdvanceProductionInput,
  options: HistoryOptions = {},
): Promise<{ orderId: string; version: number; status: OrderStatus }> {
  assertOperator(actor);
  const to = NEXT_PRODUCTION_STEP[input.from];
  const { order } = await transitionOrder(db, {
    orderId: input.orderId,
    to,
    actor,
    expectedStatus: input.from,
    at: options.at,
    alsoWrite:
      to === 'SHIPPED'
        ? async (tx, shipped) => {
            await tx
              .update(claims)
              .set({ completedAt: options.at ?? sql`now()` })
              .where(
                and(
                  eq(claims.orderId, shipped.id),
                  eq(claims.operatorId, actor.userId),
                  isNull(claims.releasedAt),
                  isNull(claims.completedAt),
                ),
              );
          }
        : undefined,
  });
  return { orderId: order.id, version: order.version, status: order.status };
}
