import { formatOrderNumber } from '@facet/core/orders/order-number';
import { flagSlaBreaches } from '@facet/core/sla/flag-sla-breaches';
import { resolveSlaBreaches } from '@facet/core/sla/resolve-sla-breaches';
import type { Db } from '@facet/db/client';
import type { Logger } from 'pino';

/**
 * One pass of the SLA watchdog: flags the orders that stayed in their status past its limit (one WARN
 * line each) and marks as resolved the breaches whose order has moved on.
 */
export async function runSlaWatchdog(db: Db, logger: Logger) {
  const flagged = await flagSlaBreaches(db);
  for (const breach of flagged) {
    logger.warn(
      {
        orderId: breach.orderId,
        orderNumber: formatOrderNumber(breach.number),
        status: breach.status,
        limitS: breach.limitS,
        inStatusForS: breach.inStatusForS,
      },
      `${formatOrderNumber(breach.number)}: ${breach.reason}`,
    );
  }
  const resolved = await resolveSlaBreaches(db);
  return { flagged: flagged.length, resolved };
}
