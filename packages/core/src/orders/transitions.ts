import type { OrderStatus } from '@facet/db/enums';
import { type DomainMessage, domainMessage, renderDomainMessage } from '../i18n/domain-messages';
import type { ActorRole } from '../shared/actor';

/** The statuses an order never leaves. */
export const TERMINAL_STATUSES: readonly OrderStatus[] = ['CLOSED', 'REJECTED', 'CANCELLED'];

/** Before production starts, an order may still be cancelled. */
const CANCELLABLE: readonly OrderStatus[] = [
  'INITIATED',
  'FILE_UPLOADED',
  'SUBMITTED',
  'PRICE_CALCULATED',
  'MANUFACTURING_APPROVED',
];

/** A seller may pause any order that is alive and not yet shipped. */
const HOLDABLE: readonly OrderStatus[] = [
  'SUBMITTED',
  'PRICE_CALCULATED',
  'MANUFACTURING_APPROVED',
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
];

const PRODUCTION_STEPS: ReadonlyArray<[OrderStatus, OrderStatus]> = [
  ['MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED'],
  ['MANUFACTURING_COMPLETED', 'PACKAGING'],
  ['PACKAGING', 'SHIPPED'],
];

export interface TransitionRule {
  from: OrderStatus;
  to: OrderStatus;
  by: readonly ActorRole[];
  /** A reason must be given (rejections, cancellations, holds). */
  needsReason?: boolean;
  /** Only the operator who claimed the order may take this step. */
  claimantOnly?: boolean;
}

const CUSTOMER_SIDE: readonly ActorRole[] = ['customer', 'seller', 'admin', 'partner'];
const SELLER_SIDE: readonly ActorRole[] = ['seller', 'admin'];

/**
 * The path a sandbox (test) order takes by itself, one step at a time, once it is priced: the
 * approval and the production steps that on a live order only a seller or an operator may take.
 * `sandbox` is the system acting on a test order (transitionOrder decides, from the order's mode),
 * so no live order can ever be moved this way.
 */
export const SANDBOX_PATH: ReadonlyArray<[OrderStatus, OrderStatus]> = [
  ['PRICE_CALCULATED', 'MANUFACTURING_APPROVED'],
  ['MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED'],
  ...PRODUCTION_STEPS,
  ['SHIPPED', 'CLOSED'],
];

export const TRANSITIONS: readonly TransitionRule[] = [
  { from: 'INITIATED', to: 'FILE_UPLOADED', by: CUSTOMER_SIDE },
  { from: 'FILE_UPLOADED', to: 'SUBMITTED', by: CUSTOMER_SIDE },
  { from: 'SUBMITTED', to: 'PRICE_CALCULATED', by: ['system', 'sandbox'] },
  { from: 'SUBMITTED', to: 'REJECTED', by: ['system', 'sandbox', 'seller', 'admin'], needsReason: true },
  { from: 'PRICE_CALCULATED', to: 'REJECTED', by: SELLER_SIDE, needsReason: true },
  { from: 'PRICE_CALCULATED', to: 'MANUFACTURING_APPROVED', by: ['seller', 'admin', 'system', 'sandbox'] },
  { from: 'MANUFACTURING_APPROVED', to: 'MANUFACTURING_STARTED', by: ['operator', 'sandbox'] },
  { from: 'MANUFACTURING_STARTED', to: 'MANUFACTURING_APPROVED', by: ['operator'], claimantOnly: true },
  ...PRODUCTION_STEPS.map(([from, to]) => ({
    from,
    to,
    by: ['operator', 'sandbox'] as const,
    claimantOnly: true,
  })),
  { from: 'SHIPPED', to: 'CLOSED', by: ['seller', 'admin', 'system', 'sandbox'] },
  ...CANCELLABLE.map((from) => ({ from, to: 'CANCELLED' as const, by: CUSTOMER_SIDE, needsReason: true })),
  ...HOLDABLE.map((from) => ({ from, to: 'ON_HOLD' as const, by: SELLER_SIDE, needsReason: true })),
  // Resuming goes back to where the order was held from; see `findTransitionRule`.
  ...HOLDABLE.map((to) => ({ from: 'ON_HOLD' as const, to, by: SELLER_SIDE })),
  { from: 'ON_HOLD', to: 'CANCELLED', by: SELLER_SIDE, needsReason: true },
];

export interface TransitionRequest {
  from: OrderStatus;
  to: OrderStatus;
  by: ActorRole;
  /** For ON_HOLD orders: the status they were held from. */
  heldFromStatus?: OrderStatus | null;
  /** For claimant-only steps: whether the actor is the order's claimant. */
  isClaimant?: boolean;
  reason?: string | null;
}

export type TransitionVerdict =
  | { allowed: true; rule: TransitionRule }
  | { allowed: false; why: string; message: DomainMessage };

/** A refusal: the catalogue message, and its English text as `why`. */
function refused(message: DomainMessage): TransitionVerdict {
  return { allowed: false, why: renderDomainMessage(message, 'en'), message };
}

export function findTransitionRule(from: OrderStatus, to: OrderStatus): TransitionRule | undefined {
  return TRANSITIONS.find((rule) => rule.from === from && rule.to === to);
}

/** Decides whether `by` may move an order from `from` to `to`, and says why not. */
export function checkTransition(request: TransitionRequest): TransitionVerdict {
  const { from, to, by } = request;
  const rule = findTransitionRule(from, to);
  if (!rule) return refused(domainMessage('order.transition-unknown', { from, to }));
  if (!rule.by.includes(by)) return refused(domainMessage('order.transition-not-yours', { by, from, to }));
  if (from === 'ON_HOLD' && to !== 'CANCELLED' && request.heldFromStatus !== to) {
    return refused(
      request.heldFromStatus
        ? domainMessage('order.held-from-other-status', { status: request.heldFromStatus })
        : domainMessage('order.held-from-unknown-status'),
    );
  }
  // The sandbox has no operator: its production steps are nobody's claim.
  if (rule.claimantOnly && by !== 'sandbox' && !request.isClaimant) {
    return refused(domainMessage('order.claimant-only'));
  }
  if (rule.needsReason && !request.reason?.trim()) {
    return refused(domainMessage('order.reason-required', { to }));
  }
  return { allowed: true, rule };
}

/** The statuses an actor may move an order to from where it is now (for buttons in the UIs). */
export function nextStatuses(
  from: OrderStatus,
  by: ActorRole,
  heldFromStatus?: OrderStatus | null,
): OrderStatus[] {
  return TRANSITIONS.filter((rule) => rule.from === from && rule.by.includes(by))
    .filter((rule) => from !== 'ON_HOLD' || rule.to === 'CANCELLED' || rule.to === heldFromStatus)
    .map((rule) => rule.to);
}

export function isTerminal(status: OrderStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}
