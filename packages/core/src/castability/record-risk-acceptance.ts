import type { DbOrTx } from '@facet/db/client';
import { orders } from '@facet/db/schema/orders';
import { and, eq, isNull } from 'drizzle-orm';
import { domainMessage, isKnownMessage } from '../i18n/domain-messages';
import { CASTABILITY_RISK_ACCEPTED_EVENT } from '../orders/internal-events';
import { recordOrderChange } from '../orders/record-order-change';
import type { Actor } from '../shared/actor';
import type { TCastability } from './judge-castability';

/**
 * The buyer accepted the risk of pieces judged "castable with risk": stamped on the order (the first
 * time) and written on its timeline with what was accepted, for the seller and the operator. Call
 * inside the transaction that adds the items.
 */
export async function recordRiskAcceptance(
  tx: DbOrTx,
  input: {
    orderId: string;
    actor: Actor;
    accepted: Array<{ modelName: string; verdict: TCastability }>;
  },
): Promise<void> {
  if (input.accepted.length === 0) return;
  await tx
    .update(orders)
    .set({ castabilityRiskAcceptedAt: new Date() })
    .where(and(eq(orders.id, input.orderId), isNull(orders.castabilityRiskAcceptedAt)));
  await recordOrderChange(tx, {
    orderId: input.orderId,
    actor: input.actor,
    type: CASTABILITY_RISK_ACCEPTED_EVENT,
    reason: domainMessage('timeline.items', {
      items: input.accepted.map(({ modelName, verdict }) =>
        domainMessage('timeline.item', {
          model: modelName,
          text: isKnownMessage(verdict.summaryLocalized) ? verdict.summaryLocalized : verdict.summary,
        }),
      ),
    }),
    data: {
      items: input.accepted.map(({ modelName, verdict }) => ({
        model: modelName,
        alloyCode: verdict.alloyCode,
        findings: verdict.findings.map((finding) => finding.message),
      })),
    },
  });
}
