import { followOrderOutOfTree } from './casting/leave-casting-tree';
import { wireOrderChangeListeners } from './orders/order-change-listeners';
import { recordOrderWebhookDeliveries } from './partners/record-webhook-deliveries';

/**
 * What other contexts write when an order changes, in the same transaction as the change. Orders
 * sits below partners and casting and imports neither; they subscribe here instead, and every process
 * that changes orders imports this file once where it starts (web's db, the worker's runtime, the
 * dev stack's seeds, benches, e2e support, the test setup). Unwired, an order change throws.
 * - partners: one webhook delivery (and its outbox row) per active endpoint of the order's partner,
 *   for every event that is not internal, beside the event's outbox row;
 * - casting: a released or cancelled order leaves its open tree, right after its status changed.
 */
wireOrderChangeListeners([
  { eventRecorded: (tx, { change, order }) => recordOrderWebhookDeliveries(tx, change, order) },
  { statusChanged: (tx, { order, actor, reason }) => followOrderOutOfTree(tx, order, actor, reason) },
]);
