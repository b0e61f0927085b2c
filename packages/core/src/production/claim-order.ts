import type { DbOrTx } from '@facet/db/client';
import { claims } from '@facet/db/schema/production';
import { z } from 'zod';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import type { HistoryOptions } from '../shared/history-options';
import { assertOperator } from './assert-operator';

export const ZClaimOrderInput = z.object({ orderId: z.string().uuid() });
export type TClaimOrderInput = z.infer<typeof ZClaimOrderInput>;

export interface ClaimOrderResult {
  orderId: string;
  number: number;
  version: number;
  claimedAt: Date;
}

/**
 * An operator takes an approved order: MANUFACTURING_APPROVED → MANUFACTURING_STARTED with one
 * conditional UPDATE, so of any number of concurrent claimers exactly one wins. The claim is
 * recorded for the operator's pay in the same transaction. A loser gets a CONFLICT whose details
 * name the winner (`claimedBy`, `claimedAt`).
 */
export async function claimOrder(
  db: DbOrTx,
  actor: Actor,
  input: TClaimOrderInput,
  options: HistoryOptions = {},
): Promise<ClaimOrderResult> {
  assertOperator(actor);
  const claimedAt = options.at ?? new Date();
  const { order } = await transitionOrder(db, {
    orderId: input.orderId,
    to: 'MANUFACTURING_STARTED',
    actor,
    expectedStatus: 'MANUFACTURING_APPROVED',
    changes: { claimedById: actor.userId, claimedAt },
    at: options.at,
    alsoWrite: async (tx, claimed) => {
      await tx.insert(claims).values({ orderId: claimed.id, operatorId: actor.userId, claimedAt });
    },
  });
  return { orderId: order.id, number: order.number, version: order.version, claimedAt };
}
