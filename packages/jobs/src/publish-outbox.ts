import type { OrderChangedPayload } from '@facet/core/orders/order-events';
import { ORDER_CHANGED_TOPIC } from '@facet/core/orders/order-events';
import { roomsForOrderChange, type ServerToClientEvents } from '@facet/core/realtime/events';
import type { Emitter } from '@socket.io/redis-emitter';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { PublishMessage } from './outbox-relay';
import { enqueue } from './queues';

export const MODEL_UPLOADED_TOPIC = 'model.uploaded';

export interface OutboxTargets {
  queues: { priceOrder: Queue; analyseModel: Queue };
  emitter: Emitter<ServerToClientEvents>;
  /** The emitter's connection: a push is only sent when it is up, so a row is never marked sent in vain. */
  emitterRedis: Redis;
}

/** Routes each outbox topic to the queues and realtime rooms that must hear of it. */
export function createOutboxPublisher(targets: OutboxTargets): PublishMessage {
  return async (message) => {
    switch (message.topic) {
      case ORDER_CHANGED_TOPIC: {
        const event = message.payload as OrderChangedPayload;
        if (event.status === 'SUBMITTED') {
          await enqueue(targets.queues.priceOrder, 'priceOrder', {
            orderId: event.orderId,
            version: event.version,
          });
        }
        if (targets.emitterRedis.status !== 'ready') throw new Error('Redis is not connected');
        targets.emitter.to(roomsForOrderChange(event)).emit('order:changed', event);
        return;
      }
      case MODEL_UPLOADED_TOPIC: {
        await enqueue(targets.queues.analyseModel, 'analyseModel', { modelId: message.aggregateId });
        return;
      }
      default:
        throw new Error(`No route for outbox topic "${message.topic}"`);
    }
  };
}
