import {
  MODEL_ANALYSED_TOPIC,
  MODEL_PREVIEW_READY_TOPIC,
  MODEL_UPLOADED_TOPIC,
  type ModelEventPayload,
} from '@facet/core/models/model-events';
import { INTERNAL_EVENT_TYPES } from '@facet/core/orders/internal-events';
import { ORDER_CHANGED_TOPIC, type OrderChangedPayload } from '@facet/core/orders/order-events';
import { WEBHOOK_DELIVERY_TOPIC, type WebhookDeliveryMessage } from '@facet/core/partners/webhook-event';
import {
  ROOMS,
  roomsForModel,
  roomsForOrderChange,
  type ServerToClientEvents,
} from '@facet/core/realtime/events';
import type { Emitter } from '@socket.io/redis-emitter';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { PublishMessage } from './outbox-relay';
import { enqueue } from './queues';

export interface OutboxTargets {
  queues: { priceOrder: Queue; analyseModel: Queue; makePreview: Queue; deliverWebhook: Queue };
  emitter: Emitter<ServerToClientEvents>;
  /** The emitter's connection: a push is only sent when it is up, so a row is never marked sent in vain. */
  emitterRedis: Redis;
}

/** Routes each outbox topic to the queues and realtime rooms that must hear of it. Safe to repeat. */
export function createOutboxPublisher(targets: OutboxTargets): PublishMessage {
  const emitter = () => {
    if (targets.emitterRedis.status !== 'ready') throw new Error('Redis is not connected');
    return targets.emitter;
  };
  return async (message) => {
    // Jobs continue the trace of the request that wrote the outbox row.
    const add: typeof enqueue = (queue, key, payload) =>
      enqueue(queue, key, payload, { traceContext: message.traceContext });
    switch (message.topic) {
      case ORDER_CHANGED_TOPIC: {
        const event = message.payload as OrderChangedPayload;
        // An internal note (the SLA watchdog's flag) on a SUBMITTED order is not a new ask for a price.
        if (event.status === 'SUBMITTED' && !INTERNAL_EVENT_TYPES.has(event.type)) {
          await add(targets.queues.priceOrder, 'priceOrder', {
            orderId: event.orderId,
            trigger: `v${event.version}`,
          });
        }
        emitter().to(roomsForOrderChange(event)).emit('order:changed', event);
        return;
      }
      case MODEL_UPLOADED_TOPIC: {
        await add(targets.queues.analyseModel, 'analyseModel', { modelId: message.aggregateId });
        return;
      }
      case MODEL_ANALYSED_TOPIC: {
        const event = message.payload as ModelEventPayload;
        if (event.status === 'ANALYSED')
          await add(targets.queues.makePreview, 'makePreview', { modelId: event.modelId });
        for (const orderId of event.orderIds) {
          await add(targets.queues.priceOrder, 'priceOrder', {
            orderId,
            trigger: `model-${event.modelId}`,
          });
        }
        emitter()
          .to(roomsForModel(event))
          .emit('model:analysed', { modelId: event.modelId, status: event.status });
        return;
      }
      case MODEL_PREVIEW_READY_TOPIC: {
        const event = message.payload as ModelEventPayload;
        emitter()
          .to([...roomsForModel(event), ROOMS.operators, ROOMS.staff])
          .emit('model:preview-ready', {
            modelId: event.modelId,
            orderIds: event.orderIds,
            pngUrl: `/api/models/${event.modelId}/preview.png`,
          });
        return;
      }
      case WEBHOOK_DELIVERY_TOPIC: {
        const { deliveryId } = message.payload as WebhookDeliveryMessage;
        await add(targets.queues.deliverWebhook, 'deliverWebhook', { deliveryId });
        return;
      }
      default:
        throw new Error(`No route for outbox topic "${message.topic}"`);
    }
  };
}
