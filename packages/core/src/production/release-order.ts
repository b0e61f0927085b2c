import type { Db } from '@facet/db/client';
import { claims } from '@facet/db/schema/production';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { assertOperator } from './assert-operator';

export const ZReleaseOrderInput = z.object({
  orderId: z.string().uuid(),
  reason: z.string().trim().max(500).nullish(),
});
export type TReleaseOrderInput = z.infer<typeof ZReleaseOrderInput>;

/**
 * The claimant gives an order back: MANUFACTURING_STARTED → MANUFACTURING_APPROVED. It re-enters
 * the pool at the top (its status changed now), and the claim is marked released, so it is not paid.
 */
export async function releaseOrder(
  db: Db,
  actor: Actor,
  input: TReleaseOrderInput,
): Promise<{ orderId: string; version: number }> {
  assertOperator(actor);
  const { order } = await transitionOrder(db, {
    orderId: input.orderId,
    to: 'MANUFACTURING_APPROVED',
    actor,
    reason: input.reason,
    expectedStatus: 'MANUFACTURING_STARTED',
    changes: { claimedById: null, claimedAt: null },
    alsoWrite: async (tx, released) => {
      await tx
        .update(claims)
        .set({ releasedAt: sql`now()` })
        .where(
          and(
            eq(claims.orderId, released.id),
            eq(claims.operatorId, actor.userId),
            isNull(claims.releasedAt),
            isNull(claims.completedAt),
          ),
        );
    },
  });
  return { orderId: order.id, version: order.version };
}
