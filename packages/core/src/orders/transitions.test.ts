import { ORDER_STATUSES, type OrderStatus } from '@facet/db/enums';
import { describe, expect, it } from 'vitest';
import { domainMessage } from '../i18n/domain-messages';
import type { ActorRole } from '../shared/actor';
import { checkTransition, nextStatuses } from './transitions';

const ROLES: ActorRole[] = ['customer', 'seller', 'operator', 'admin', 'partner', 'system', 'sandbox'];

/** The workshop's rules written out move by move (DESIGN.md, "The order's life"). */
const ALLOWED: Record<string, ActorRole[]> = {
  'INITIATED>FILE_UPLOADED': ['customer', 'seller', 'admin', 'partner'],
  'FILE_UPLOADED>SUBMITTED': ['customer', 'seller', 'admin', 'partner'],
  'SUBMITTED>PRICE_CALCULATED': ['system', 'sandbox'],
  'SUBMITTED>REJECTED': ['system', 'sandbox', 'seller', 'admin'],
  'PRICE_CALCULATED>REJECTED': ['seller', 'admin'],
  // The sandbox (the system on a test order) takes a test order along by itself, without a person.
  'PRICE_CALCULATED>MANUFACTURING_APPROVED': ['seller', 'admin', 'system', 'sandbox'],
  'MANUFACTURING_APPROVED>MANUFACTURING_STARTED': ['operator', 'sandbox'],
  'MANUFACTURING_STARTED>MANUFACTURING_APPROVED': ['operator'],
  'MANUFACTURING_STARTED>MANUFACTURING_COMPLETED': ['operator', 'sandbox'],
  'MANUFACTURING_COMPLETED>PACKAGING': ['operator', 'sandbox'],
  'PACKAGING>SHIPPED': ['operator', 'sandbox'],
  'SHIPPED>CLOSED': ['seller', 'admin', 'system', 'sandbox'],
  'INITIATED>CANCELLED': ['customer', 'seller', 'admin', 'partner'],
  'FILE_UPLOADED>CANCELLED': ['customer', 'seller', 'admin', 'partner'],
  'SUBMITTED>CANCELLED': ['customer', 'seller', 'admin', 'partner'],
  'PRICE_CALCULATED>CANCELLED': ['customer', 'seller', 'admin', 'partner'],
  'MANUFACTURING_APPROVED>CANCELLED': ['customer', 'seller', 'admin', 'partner'],
  'ON_HOLD>CANCELLED': ['seller', 'admin'],
  'SUBMITTED>ON_HOLD': ['seller', 'admin'],
  'PRICE_CALCULATED>ON_HOLD': ['seller', 'admin'],
  'MANUFACTURING_APPROVED>ON_HOLD': ['seller', 'admin'],
  'MANUFACTURING_STARTED>ON_HOLD': ['seller', 'admin'],
  'MANUFACTURING_COMPLETED>ON_HOLD': ['seller', 'admin'],
  'PACKAGING>ON_HOLD': ['seller', 'admin'],
};
const RESUMABLE: OrderStatus[] = [
  'SUBMITTED',
  'PRICE_CALCULATED',
  'MANUFACTURING_APPROVED',
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
];

function expectedAllowed(from: OrderStatus, to: OrderStatus, by: ActorRole): boolean {
  if (from === 'ON_HOLD' && RESUMABLE.includes(to)) return by === 'seller' || by === 'admin';
  return ALLOWED[`${from}>${to}`]?.includes(by) ?? false;
}

const everyMove = ORDER_STATUSES.flatMap((from) =>
  ORDER_STATUSES.flatMap((to) => ROLES.map((by) => ({ from, to, by }))),
);

describe('order transitions', () => {
  it.each(everyMove)('$from → $to by $by', ({ from, to, by }) => {
    const verdict = checkTransition({
      from,
      to,
      by,
      heldFromStatus: to,
      isClaimant: true,
      reason: 'because',
    });
    expect(verdict.allowed).toBe(expectedAllowed(from, to, by));
    if (!verdict.allowed) expect(verdict.why.length).toBeGreaterThan(10);
  });

  it('lets the sandbox take a production step without a claim, and an operator never', () => {
    const step = { from: 'PACKAGING', to: 'SHIPPED', isClaimant: false } as const;
    expect(checkTransition({ ...step, by: 'sandbox' }).allowed).toBe(true);
    expect(checkTransition({ ...step, by: 'operator' }).allowed).toBe(false);
    expect(checkTransition({ ...step, by: 'system' }).allowed).toBe(false);
  });

  it('never lets a terminal status go anywhere', () => {
    for (const from of ['CLOSED', 'REJECTED', 'CANCELLED'] as const) {
      for (const by of ROLES) expect(nextStatuses(from, by)).toEqual([]);
    }
  });

  it('resumes an order on hold only to the status it was held from', () => {
    const base = { from: 'ON_HOLD', by: 'seller', heldFromStatus: 'PACKAGING' } as const;
    expect(checkTransition({ ...base, to: 'PACKAGING' }).allowed).toBe(true);
    expect(checkTransition({ ...base, to: 'SUBMITTED' })).toEqual({
      allowed: false,
      why: 'This order was put on hold from PACKAGING.',
      message: domainMessage('order.held-from-other-status', { status: 'PACKAGING' }),
    });
    expect(nextStatuses('ON_HOLD', 'seller', 'PACKAGING')).toEqual(['PACKAGING', 'CANCELLED']);
  });

  it('lets only the claimant take production steps', () => {
    const step = { from: 'MANUFACTURING_STARTED', to: 'MANUFACTURING_COMPLETED', by: 'operator' } as const;
    expect(checkTransition({ ...step, isClaimant: false }).allowed).toBe(false);
    expect(checkTransition({ ...step, isClaimant: true }).allowed).toBe(true);
  });

  it('asks for a reason to reject, cancel or hold', () => {
    for (const to of ['REJECTED', 'CANCELLED', 'ON_HOLD'] as const) {
      const verdict = checkTransition({ from: 'SUBMITTED', to, by: 'seller', reason: '  ' });
      expect(verdict).toEqual({
        allowed: false,
        why: `Moving an order to ${to} needs a reason.`,
        message: domainMessage('order.reason-required', { to }),
      });
    }
  });
});
