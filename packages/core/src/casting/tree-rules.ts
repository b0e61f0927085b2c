import type { OrderStatus } from '@facet/db/enums';
import { formatOrderNumber } from '../orders/order-number';

export interface OrderForTree {
  number: number;
  status: OrderStatus;
  alloyCode: string | null;
  claimedById: string | null;
  statusReason: string | null;
}

export interface TreeForOrder {
  flaskNumber: number;
  alloyCode: string;
  operatorId: string;
}

/**
 * Why an order cannot go on a tree, or null when it can: a tree holds orders of its alloy, claimed
 * by the operator who builds it, in production and not yet cast, and on no other tree.
 */
export function whyOrderCannotJoinTree(
  order: OrderForTree,
  tree: TreeForOrder,
  context: { claimantName: string | null; onFlask: number | null },
): string | null {
  const number = formatOrderNumber(order.number);
  if (order.status === 'ON_HOLD') {
    const why = order.statusReason ? ` (“${order.statusReason}”)` : '';
    return `${number} is on hold${why}: it can go on a tree once a seller resumes it.`;
  }
  if (order.claimedById !== tree.operatorId) {
    return order.claimedById
      ? `${number} is claimed by ${context.claimantName ?? 'another operator'}: only the operator who claimed an order puts it on their tree.`
      : `${number} is not claimed: claim it from the pool first.`;
  }
  if (order.status !== 'MANUFACTURING_STARTED') {
    return `${number} is past casting already: only orders in production and not yet cast go on a tree.`;
  }
  if (order.alloyCode !== tree.alloyCode) {
    return `${number} is in ${order.alloyCode ?? 'no alloy'}, but the tree on flask ${tree.flaskNumber} is for ${tree.alloyCode}: a tree is cast in one alloy.`;
  }
  if (context.onFlask !== null) {
    return context.onFlask === tree.flaskNumber
      ? `${number} is on this tree already.`
      : `${number} is on the tree on flask ${context.onFlask} already: take it off that tree first.`;
  }
  return null;
}
