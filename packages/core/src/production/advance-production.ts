import type { Db } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import { claims } from '@facet/db/schema/production';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
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
  db: Db,
  actor: Actor,
  input: TAdvanceProductionInput,
): Promise<{ orderId: string; version: number; status: OrderStatus }> {
  assertOperator(actor);
  const to = NEXT_PRODUCTION_STEP[input.from];
  const { order } = await transitionOrder(db, {
    orderId: input.orderId,
    to,
    actor,
    expectedStatus: input.from,
    alsoWrite:
      to === 'SHIPPED'
        ? async (tx, shipped) => {
            await tx
              .update(claims)
              .set({ completedAt: sql`now()` })
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
