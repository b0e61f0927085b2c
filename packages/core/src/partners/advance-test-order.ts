import type { Db } from '@facet/db/client';
import type { OrderStatus } from '@facet/db/enums';
import { domainMessage } from '../i18n/domain-messages';
import type { Locale } from '../i18n/locale';
import { assertCanSeeOrder } from '../orders/order-access';
import { transitionOrder } from '../orders/transition-order';
import { SANDBOX_PATH } from '../orders/transitions';
import { type Actor, actorMode, systemActor } from '../shared/actor';
import { DomainError, isDomainError } from '../shared/errors';
import { assertOrderIdShape, readPartnerOrder, readPartnerOrderDetails } from './get-partner-order';
import { type TPartnerOrder, toPartnerOrder } from './partner-order-dto';

/** Who moves sandbox orders on, on their timelines. */
export const SANDBOX_ACTOR = systemActor('Facet sandbox');

/** The next status of a sandbox order on its own path, or null where the path has none. */
export function nextSandboxStatus(status: OrderStatus): OrderStatus | null {
  return SANDBOX_PATH.find(([from]) => from === status)?.[1] ?? null;
}

/**
 * The statuses the sandbox job moves a test order on from by itself: priced to packaging, so it comes
 * to rest at SHIPPED (a partner may still close it with the simulate call).
 */
export function isSandboxAutoStep(status: OrderStatus): boolean {
  const next = nextSandboxStatus(status);
  return next !== null && next !== 'CLOSED';
}

/** Those statuses, listed (as the partial index `orders_sandbox_idx` lists them). */
export const SANDBOX_AUTO_STATUSES: OrderStatus[] = SANDBOX_PATH.map(([from]) => from).filter(
  isSandboxAutoStep,
);

/**
 * The partner's simulate call (`POST /test/orders/{id}/advance`): moves one of its sandbox orders one
 * step along its path, through the one transition function, so the timeline, the change feed and the
 * test webhooks are those a live order's step makes. Live keys are refused: live orders move with
 * the workshop. The answer says the system's reasons in `locale` (English by default), as
 * `GET /orders/{id}` does.
 */
export async function advanceTestOrder(
  db: Db,
  actor: Actor,
  orderId: string,
  options: { locale?: Locale } = {},
): Promise<TPartnerOrder> {
  if (actor.kind === 'partner' && actorMode(actor) !== 'test') {
    throw new DomainError('FORBIDDEN', domainMessage('sandbox.live-key'), undefined, 'live-key-in-sandbox');
  }
  assertOrderIdShape(actor, orderId);
  const order = assertCanSeeOrder(actor, await readPartnerOrder(db, orderId));
  if (order.mode !== 'test') throw new DomainError('NOT_FOUND', domainMessage('order.not-found'));
  const next = nextSandboxStatus(order.status);
  if (!next) {
    throw new DomainError(
      'INVALID_TRANSITION',
      order.status === 'SUBMITTED'
        ? domainMessage('sandbox.awaiting-price')
        : domainMessage('sandbox.no-next-step', { status: order.status }),
      { from: order.status },
    );
  }
  const { order: moved } = await transitionOrder(db, {
    orderId: order.id,
    to: next,
    actor: SANDBOX_ACTOR,
    expectedStatus: order.status,
  });
  const { items, events } = await readPartnerOrderDetails(db, moved.id);
  return toPartnerOrder(moved, items, events, options.locale);
}

export type SandboxStepOutcome = { moved: true; to: OrderStatus } | { moved: false; why: string };

/**
 * The sandbox job's step: moves a test order on from where its change left it, unless it has moved
 * since (the simulate call, a cancellation) — then there is nothing to do, and a repeated job is harmless.
 */
export async function runSandboxStep(
  db: Db,
  input: { orderId: string; version: number },
): Promise<SandboxStepOutcome> {
  const order = await readPartnerOrder(db, input.orderId);
  if (order?.mode !== 'test') return { moved: false, why: 'not a sandbox order' };
  if (order.version !== input.version) return { moved: false, why: 'moved since' };
  const next = isSandboxAutoStep(order.status) ? nextSandboxStatus(order.status) : null;
  if (!next) return { moved: false, why: `rests at ${order.status}` };
  try {
    await transitionOrder(db, {
      orderId: order.id,
      to: next,
      actor: SANDBOX_ACTOR,
      expectedStatus: order.status,
    });
    return { moved: true, to: next };
  } catch (error) {
    if (isDomainError(error) && error.code === 'CONFLICT') return { moved: false, why: 'moved since' };
    throw error;
  }
}
