import {
  MODEL_ANALYSED_TOPIC,
  MODEL_PREVIEW_READY_TOPIC,
  MODEL_UPLOADED_TOPIC,
  type ModelEventPayload,
} from '@facet/core/models/model-events';
import { INTERNAL_EVENT_TYPES } from '@facet/core/orders/internal-events';
import { ORDER_CHANGED_TOPIC, type OrderChangedPayload } from '@facet/core/orders/order-changed';
import { isSandboxAutoStep } from '@facet/core/partners/advance-test-order';
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
import { fairPriority, type PartnerLaneSettings } from './partner-lanes';
import { enqueue, type JobPayload, QUEUES } from './queues';

export interface OutboxTargets {
  queues: {
    priceOrder: Queue;
    analyseModel: Queue;
    makePreview: Queue;
    partnerPriceOrder: Queue;
    partnerAnalyseModel: Queue;
    partnerMakePreview: Queue;
    deliverWebhook: Queue;
    sandboxAdvance: Queue;
  };
  /** How long a sandbox order rests in a status before the sandbox moves it on (default 2 s). */
  sandboxStepDelayMs?: number;
  /** Where a partner's jobs get their fair-order priority (the producer's connection). */
  lanes: PartnerLaneSettings;
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
    const route = createPartnerRouting(targets, message.traceContext);
    switch (message.topic) {
      case ORDER_CHANGED_TOPIC: {
        const event = message.payload as OrderChangedPayload;
        // An internal note (the SLA watchdog's flag) on a SUBMITTED order is not a new ask for a price,
        // nor is the creation of an order priced as it was placed.
        if (event.status === 'SUBMITTED' && !INTERNAL_EVENT_TYPES.has(event.type) && !event.pricedAtOnce) {
          await route.priceOrder(event.partnerId, { orderId: event.orderId, trigger: `v${event.version}` });
        }
        // A sandbox order moves on by itself, a step after each of its changes, up to SHIPPED.
        if (event.mode === 'test' && isSandboxAutoStep(event.status)) {
          await enqueue(
            targets.queues.sandboxAdvance,
            'sandboxAdvance',
            { orderId: event.orderId, version: event.version },
            { traceContext: message.traceContext, delayMs: targets.sandboxStepDelayMs ?? 2_000 },
          );
        }
        emitter().to(roomsForOrderChange(event)).emit('order:changed', event);
        return;
      }
      case MODEL_UPLOADED_TOPIC: {
        const event = message.payload as Partial<ModelEventPayload>;
        await route.analyseModel(event.partnerId ?? null, { modelId: message.aggregateId });
        return;
      }
      case MODEL_ANALYSED_TOPIC: {
        const event = message.payload as ModelEventPayload;
        if (event.status === 'ANALYSED') await route.makePreview(event.partnerId, { modelId: event.modelId });
        // The orders waiting for a model are its owner's: a partner's model, the partner's orders.
        for (const orderId of event.orderIds) {
          await route.priceOrder(event.partnerId, { orderId, trigger: `model-${event.modelId}` });
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

/**
 * Puts model and pricing work on the shop's queues, or on the partner channel's queues (with its
 * fair-order priority) when it belongs to a partner. The sweeper routes what it re-drives the same way.
 */
export type RoutedQueues = Omit<OutboxTargets['queues'], 'deliverWebhook' | 'sandboxAdvance'>;

export function createPartnerRouting(
  targets: { queues: RoutedQueues; lanes: PartnerLaneSettings },
  traceContext: unknown = null,
) {
  const { queues, lanes } = targets;
  const forPartner = async <K extends 'partnerAnalyseModel' | 'partnerMakePreview' | 'partnerPriceOrder'>(
    queue: Queue,
    key: K,
    payload: JobPayload<K>,
  ) =>
    enqueue(queue, key, payload, {
      traceContext,
      priority: await fairPriority(lanes, QUEUES[key].name, payload.partnerId),
    });
  return {
    analyseModel: (partnerId: string | null, payload: JobPayload<'analyseModel'>) =>
      partnerId
        ? forPartner(queues.partnerAnalyseModel, 'partnerAnalyseModel', { ...payload, partnerId })
        : enqueue(queues.analyseModel, 'analyseModel', payload, { traceContext }),
    makePreview: (partnerId: string | null, payload: JobPayload<'makePreview'>) =>
      partnerId
        ? forPartner(queues.partnerMakePreview, 'partnerMakePreview', { ...payload, partnerId })
        : enqueue(queues.makePreview, 'makePreview', payload, { traceContext }),
    priceOrder: (partnerId: string | null, payload: JobPayload<'priceOrder'>) =>
      partnerId
        ? forPartner(queues.partnerPriceOrder, 'partnerPriceOrder', { ...payload, partnerId })
        : enqueue(queues.priceOrder, 'priceOrder', payload, { traceContext }),
  };
}
