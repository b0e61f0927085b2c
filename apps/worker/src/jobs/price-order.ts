import { priceOrder } from '@facet/core/orders/price-order';
import type { Db } from '@facet/db/client';
import { QUEUES } from '@facet/jobs/queues';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';

/** SUBMITTED → PRICE_CALCULATED (or REJECTED with the reason). Repeats are no-ops. */
export function createPriceOrderProcessor(db: Db, logger: Logger) {
  return async (job: Job) => {
    const { orderId } = QUEUES.priceOrder.payload.parse(job.data);
    const result = await priceOrder(db, orderId);
    logger.info({ jobId: job.id, orderId, ...result }, 'order priced');
    return result;
  };
}
