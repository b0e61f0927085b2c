import { INTERNAL_EVENT_TYPES } from '../orders/internal-events';
import { isOperatorStatus } from '../orders/operator-statuses';
import type { OrderChangedPayload } from '../orders/order-changed';

/** Rooms a socket may join; the realtime server decides which, from the session. */
export const ROOMS = {
  operators: 'operators',
  staff: 'staff',
  order: (orderId: string) => `order:${orderId}`,
  customer: (userId: string) => `customer:${userId}`,
} as const;

export interface ServerToClientEvents {
  'order:changed': (event: OrderChangedPayload) => void;
  'model:analysed': (event: { modelId: string; status: 'ANALYSED' | 'REJECTED' | 'UPLOADED' }) => void;
  'model:preview-ready': (event: { modelId: string; orderIds: string[]; pngUrl: string }) => void;
  /**
   * The server may have missed pushes (its Redis subscription was lost and is back): read the state
   * again, as on a reconnect.
   */
  resync: () => void;
}

export interface ClientToServerEvents {
  'order:watch': (orderId: string, ack: (result: { ok: boolean; error?: string }) => void) => void;
  'order:unwatch': (orderId: string) => void;
}

export interface SocketData {
  userId: string;
  role: 'customer' | 'seller' | 'operator' | 'admin';
  name: string;
}

/**
 * Rooms a socket joins on connecting, by its user's role; an order's own room is joined on request,
 * after `canWatchOrder`.
 */
export function roomsOnConnect(user: Pick<SocketData, 'userId' | 'role'>): string[] {
  switch (user.role) {
    case 'admin':
      return [ROOMS.operators, ROOMS.staff];
    case 'seller':
      return [ROOMS.staff];
    case 'operator':
      return [ROOMS.operators];
    case 'customer':
      return [ROOMS.customer(user.userId)];
  }
}

/** The rooms that hear about a model: its owner, the customers and watchers of orders holding it. */
export function roomsForModel(event: {
  ownerUserId: string | null;
  orderIds: string[];
  customerUserIds: string[];
}): string[] {
  const rooms = [...event.orderIds.map(ROOMS.order), ...event.customerUserIds.map(ROOMS.customer)];
  if (event.ownerUserId) rooms.push(ROOMS.customer(event.ownerUserId));
  return [...new Set(rooms)];
}

/**
 * The rooms an order change is pushed to. A canary order is pushed only to its own room (whoever
 * watches it in the flight recorder): operators and sellers never see it arrive. A sandbox (test)
 * order likewise: nobody of the workshop may watch it, so its pushes reach no one. An internal event
 * (the SLA watchdog's flag) reaches the workshop's staff, not the customer or the consoles.
 */
export function roomsForOrderChange(event: OrderChangedPayload): string[] {
  const rooms: string[] = [ROOMS.order(event.orderId)];
  if (event.isCanary || event.mode === 'test') return rooms;
  rooms.push(ROOMS.staff);
  if (INTERNAL_EVENT_TYPES.has(event.type)) return rooms;
  if (event.customerUserId) rooms.push(ROOMS.customer(event.customerUserId));
  if (isOperatorStatus(event.status) || (event.fromStatus && isOperatorStatus(event.fromStatus))) {
    rooms.push(ROOMS.operators);
  }
  return rooms;
}
