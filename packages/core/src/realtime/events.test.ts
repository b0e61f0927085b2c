import { describe, expect, it } from 'vitest';
import type { OrderChangedPayload } from '../orders/order-changed';
import { ROOMS, roomsForOrderChange, roomsOnConnect } from './events';

const change = (overrides: Partial<OrderChangedPayload>): OrderChangedPayload => ({
  orderId: '01970f7e-6c1a-7d45-9c1b-2b4f0a1d9e11',
  number: 1042,
  version: 3,
  changeNumber: 48_211,
  type: 'status_changed',
  fromStatus: 'PRICE_CALCULATED',
  status: 'MANUFACTURING_APPROVED',
  channel: 'shop',
  customerUserId: 'customer-1',
  partnerId: null,
  claimedById: null,
  alloyCode: 'AG925',
  totalCents: 12_000,
  actorName: 'Approval rule',
  actorKind: 'system',
  reason: null,
  at: '2026-03-10T12:00:00.000Z',
  isCanary: false,
  ...overrides,
});

describe('roomsForOrderChange', () => {
  it('pushes an approval to the order, the staff, its customer and the operators', () => {
    expect(roomsForOrderChange(change({}))).toEqual([
      ROOMS.order(change({}).orderId),
      ROOMS.staff,
      ROOMS.customer('customer-1'),
      ROOMS.operators,
    ]);
  });

  it('pushes a canary order to its own room only: no console or seller sees it arrive', () => {
    expect(roomsForOrderChange(change({ isCanary: true }))).toEqual([ROOMS.order(change({}).orderId)]);
  });

  it('pushes a sandbox (test) order to its own room only, even in the operators’ statuses', () => {
    const approved = change({
      mode: 'test',
      fromStatus: 'PRICE_CALCULATED',
      status: 'MANUFACTURING_APPROVED',
    });
    expect(roomsForOrderChange(approved)).toEqual([ROOMS.order(approved.orderId)]);
    expect(roomsForOrderChange({ ...approved, mode: 'live' })).toContain(ROOMS.operators);
  });

  it("keeps the SLA watchdog's flag among the staff: the order did not move for the console or the shopper", () => {
    expect(
      roomsForOrderChange(
        change({
          type: 'sla_breached',
          fromStatus: 'MANUFACTURING_APPROVED',
          status: 'MANUFACTURING_APPROVED',
        }),
      ),
    ).toEqual([ROOMS.order(change({}).orderId), ROOMS.staff]);
  });
});

describe('roomsOnConnect', () => {
  it('puts each role in the rooms of its screens, a customer in its own room only', () => {
    expect(roomsOnConnect({ userId: 'a', role: 'admin' })).toEqual([ROOMS.operators, ROOMS.staff]);
    expect(roomsOnConnect({ userId: 's', role: 'seller' })).toEqual([ROOMS.staff]);
    expect(roomsOnConnect({ userId: 'o', role: 'operator' })).toEqual([ROOMS.operators]);
    expect(roomsOnConnect({ userId: 'c', role: 'customer' })).toEqual([ROOMS.customer('c')]);
  });
});
