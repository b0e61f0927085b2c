import { priceOrder } from '@facet/core/orders/price-order';
import type { Db } from '@facet/db/client';
import { QUEUES } from '@facet/jobs/queues';
import type { JobHandler } from './with-job-log';

/** SUBMITTED → PRICE_CALCULATED (or REJECTED with the reason). Repeats are no-ops. */
export function createPriceOrderProcessor(db: Db): JobHandler {
  return async (job) => {
    const { orderId } = QUEUES.priceOrder.payload.parse(job.data);
    return priceOrder(db, orderId);
  };
}
