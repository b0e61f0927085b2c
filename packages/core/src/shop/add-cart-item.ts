import type { Db } from '@facet/db/client';
import { modelDetails } from '@facet/db/schema/models';
import { orderItems } from '@facet/db/schema/orders';
import { currentAlloys } from '@facet/db/schema/pricing';
import { and, eq, sql } from 'drizzle-orm';
import { assertMayOrder, judgeOrderItem } from '../castability/judge-order-item';
import { recordRiskAcceptance } from '../castability/record-risk-acceptance';
import { domainMessage } from '../i18n/domain-messages';
import { createOrder, ZOrderItemInput } from '../orders/create-order';
import { recordOrderChange } from '../orders/record-order-change';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { findCart, shopperId } from './find-cart';

export const ZAddCartItemInput = ZOrderItemInput;

/**
 * Puts a configured model in the shopper's cart. The first item opens the cart as a new order
 * (INITIATED, then FILE_UPLOADED since its file is already uploaded), so even an abandoned cart is
 * an order the workshop can see.
 */
export async function addCartItem(
  db: Db,
  actor: Actor,
  input: typeof ZAddCartItemInput._output,
): Promise<{ orderId: string }> {
  shopperId(actor);
  const [model] = await db.select().from(modelDetails).where(eq(modelDetails.id, input.modelId));
  if (!model || model.ownerUserId !== shopperId(actor)) {
    throw new DomainError('NOT_FOUND', domainMessage('cart.model-not-found', { modelId: input.modelId }), {
      field: 'modelId',
    });
  }
  const [alloy] = await db
    .select()
    .from(currentAlloys)
    .where(and(eq(currentAlloys.code, input.alloyCode), eq(currentAlloys.active, true)));
  if (!alloy)
    throw new DomainError('INVALID_INPUT', domainMessage('alloy.unknown', { code: input.alloyCode }), {
      field: 'alloyCode',
    });
  const verdict = judgeOrderItem(model, alloy, input.scale);
  assertMayOrder(verdict, input.acceptCastabilityRisk ?? false, model.originalName, {
    alloy: 'alloyCode',
    acceptRisk: 'acceptCastabilityRisk',
  });
  const cart = await findCart(db, actor);
  if (!cart) {
    const order = await createOrder(
      db,
      actor,
      { items: [input] },
      { channel: 'shop', initialStatus: 'INITIATED' },
    );
    await transitionOrder(db, { orderId: order.id, to: 'FILE_UPLOADED', actor });
    return { orderId: order.id };
  }
  await db.transaction(async (tx) => {
    await tx.insert(orderItems).values({
      orderId: cart.id,
      position: sql`(select coalesce(max(position), -1) + 1 from order_items where order_id = ${cart.id})`,
      modelId: model.id,
      alloyId: alloy.id,
      alloyCode: alloy.code,
      finish: input.finish,
      ringSize: input.ringSize ?? null,
      scale: input.scale,
      quantity: input.quantity,
      engraving: input.engraving || null,
      castability: verdict,
      castabilityRiskAccepted: input.acceptCastabilityRisk ?? false,
    });
    await recordOrderChange(tx, {
      orderId: cart.id,
      actor,
      type: 'item_added',
      data: { model: model.originalName },
    });
    if (verdict?.verdict === 'CASTABLE_WITH_RISK' && input.acceptCastabilityRisk === true) {
      await recordRiskAcceptance(tx, {
        orderId: cart.id,
        actor,
        accepted: [{ modelName: model.originalName, verdict }],
      });
    }
  });
  return { orderId: cart.id };
}
