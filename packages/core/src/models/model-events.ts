import type { DbOrTx } from '@facet/db/client';
import { announceOutboxRows } from '@facet/db/outbox-wake';
import type { models } from '@facet/db/schema/models';
import { orderLines, orderSummaries } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { and, eq } from 'drizzle-orm';
import { captureTraceContext } from '../shared/trace-context';

export const MODEL_UPLOADED_TOPIC = 'model.uploaded';
export const MODEL_ANALYSED_TOPIC = 'model.analysed';
export const MODEL_PREVIEW_READY_TOPIC = 'model.preview_ready';

export interface ModelEventPayload {
  modelId: string;
  status: (typeof models.$inferSelect)['status'];
  ownerUserId: string | null;
  partnerId: string | null;
  /** SUBMITTED orders waiting for this model (to price), or every order holding it (for previews). */
  orderIds: string[];
  customerUserIds: string[];
}

/** Writes an outbox row about a model, with the orders that care about it. */
export async function recordModelEvent(
  tx: DbOrTx,
  topic: string,
  model: typeof models.$inferSelect,
  options: { onlySubmittedOrders?: boolean } = {},
): Promise<void> {
  const holding = await tx
    .selectDistinct({ id: orderSummaries.id, customerUserId: orderSummaries.customerUserId })
    .from(orderLines)
    .innerJoin(orderSummaries, eq(orderSummaries.id, orderLines.orderId))
    .where(
      and(
        eq(orderLines.modelId, model.id),
        options.onlySubmittedOrders ? eq(orderSummaries.status, 'SUBMITTED') : undefined,
      ),
    );
  const payload: ModelEventPayload = {
    modelId: model.id,
    status: model.status,
    ownerUserId: model.ownerUserId,
    partnerId: model.partnerId,
    orderIds: holding.map((order) => order.id),
    customerUserIds: [
      ...new Set(holding.flatMap((order) => (order.customerUserId ? [order.customerUserId] : []))),
    ],
  };
  await tx
    .insert(outbox)
    .values({ topic, aggregateId: model.id, payload, traceContext: captureTraceContext() });
  await announceOutboxRows(tx);
}
