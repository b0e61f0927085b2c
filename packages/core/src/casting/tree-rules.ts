import type { OrderStatus } from '@facet/db/enums';
import { type DomainMessage, domainMessage } from '../i18n/domain-messages';
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
 * Why an order cannot go on a tree (a catalogue message), or null when it can: a tree holds orders of its alloy, claimed
 * by the operator who builds it, in production and not yet cast, and on no other tree.
 */
export function whyOrderCannotJoinTree(
  order: OrderForTree,
  tree: TreeForOrder,
  context: { claimantName: string | null; onFlask: number | null },
): DomainMessage | null {
  const number = formatOrderNumber(order.number);
  if (order.status === 'ON_HOLD') {
    return domainMessage('tree.order-on-hold', { number, note: order.statusReason ?? '' });
  }
  if (order.claimedById !== tree.operatorId) {
    if (!order.claimedById) return domainMessage('tree.order-not-claimed', { number });
    return context.claimantName
      ? domainMessage('tree.order-claimed-by-other', { number, name: context.claimantName })
      : domainMessage('tree.order-claimed-by-someone', { number });
  }
  if (order.status !== 'MANUFACTURING_STARTED') {
    return domainMessage('tree.order-past-casting', { number });
  }
  if (order.alloyCode !== tree.alloyCode) {
    const about = { number, flask: tree.flaskNumber, treeAlloy: tree.alloyCode };
    return order.alloyCode
      ? domainMessage('tree.order-other-alloy', { ...about, alloy: order.alloyCode })
      : domainMessage('tree.order-no-alloy', about);
  }
  if (context.onFlask !== null) {
    return context.onFlask === tree.flaskNumber
      ? domainMessage('tree.order-on-this-tree', { number })
      : domainMessage('tree.order-on-other-tree', { number, flask: context.onFlask });
  }
  return null;
}
