import { ORDER_STATUSES, type OrderStatus } from '@facet/db/enums';
import { orderEvents, orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makePartner, makeUser } from '@facet/testing/factories';
import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor, ActorRole } from '../shared/actor';
import { isDomainError } from '../shared/errors';
import { transitionOrder } from './transition-order';
import { TRANSITIONS } from './transitions';

const { db } = useTestDb();

const ROLES: ActorRole[] = ['customer', 'seller', 'operator', 'admin', 'partner', 'system'];
let actors: Record<ActorRole, Actor>;
let partnerId: string;

beforeAll(async () => {
  const people = Object.fromEntries(
    await Promise.all(
      (['customer', 'seller', 'operator', 'admin'] as const).map(async (role) => [
        role,
        await makeUser(db, { role }),
      ]),
    ),
  );
  partnerId = (await makePartner(db)).partner.id;
  actors = {
    customer: { kind: 'user', userId: people.customer.id, role: 'customer', name: 'Chloe' },
    seller: { kind: 'user', userId: people.seller.id, role: 'seller', name: 'Sam' },
    operator: { kind: 'user', userId: people.operator.id, role: 'operator', name: 'Olga' },
    admin: { kind: 'user', userId: people.admin.id, role: 'admin', name: 'Ada' },
    partner: { kind: 'partner', partnerId, name: 'Atelier' },
    system: { kind: 'system', name: 'pricing' },
    // The system acting on a sandbox (test) order: its moves are tried on test orders.
    sandbox: { kind: 'system', name: 'Facet sandbox' },
  };
});

/** An order at `status` that every actor in `actors` owns or may act on. */
function orderAt(
  status: OrderStatus,
  heldFromStatus: OrderStatus | null = null,
  mode: 'live' | 'test' = 'live',
) {
  return makeOrder(db, {
    status,
    heldFromStatus,
    mode,
    customerUserId: actors.customer.kind === 'user' ? actors.customer.userId : null,
    partnerId,
    claimedById: actors.operator.kind === 'user' ? actors.operator.userId : null,
  });
}

async function trailOf(orderId: string) {
  const [events] = await db.select({ n: count() }).from(orderEvents).where(eq(orderEvents.orderId, orderId));
  const [messages] = await db.select({ n: count() }).from(outbox).where(eq(outbox.aggregateId, orderId));
  return { events: events!.n, outbox: messages!.n };
}

describe('transitionOrder', () => {
  it('applies every allowed move, writing exactly one event and one outbox row', async () => {
    const moves = TRANSITIONS.flatMap((rule) => rule.by.map((by) => ({ ...rule, by })));
    expect(moves.length).toBeGreaterThan(40);
    for (const move of moves) {
      const order = await orderAt(
        move.from,
        move.from === 'ON_HOLD' ? move.to : null,
        move.by === 'sandbox' ? 'test' : 'live',
      );
      const result = await transitionOrder(db, {
        orderId: order.id,
        to: move.to,
        actor: actors[move.by],
        reason: 'test',
      });
      expect(result.order.status, `${move.from} → ${move.to} by ${move.by}`).toBe(move.to);
      expect(result.order.version).toBe(order.version + 1);
      expect(await trailOf(order.id)).toEqual({ events: 1, outbox: 1 });
      const [event] = await db.select().from(orderEvents).where(eq(orderEvents.orderId, order.id));
      expect(event).toMatchObject({ fromStatus: move.from, toStatus: move.to, version: order.version + 1 });
    }
  });

  it('refuses every forbidden move and leaves the order, its timeline and the outbox untouched', async () => {
    const allowed = new Set(
      TRANSITIONS.flatMap((rule) => rule.by.map((by) => `${rule.from}>${rule.to}>${by}`)),
    );
    let refused = 0;
    for (const from of ORDER_STATUSES) {
      const order = await orderAt(from, from === 'ON_HOLD' ? 'PACKAGING' : null);
      for (const to of ORDER_STATUSES) {
        for (const by of ROLES) {
          const resumesElsewhere = from === 'ON_HOLD' && to !== 'PACKAGING' && to !== 'CANCELLED';
          if (allowed.has(`${from}>${to}>${by}`) && !resumesElsewhere) continue;
          const attempt = transitionOrder(db, { orderId: order.id, to, actor: actors[by], reason: 'test' });
          await expect(attempt).rejects.toSatisfy(
            (error) => isDomainError(error) && error.code === 'INVALID_TRANSITION',
          );
          refused += 1;
        }
      }
      const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
      expect(after).toMatchObject({ status: from, version: order.version });
      expect(await trailOf(order.id)).toEqual({ events: 0, outbox: 0 });
    }
    expect(refused).toBeGreaterThan(900);
  });

  it('lets exactly one of many concurrent claims win and tells the others who won', async () => {
    const order = await orderAt('MANUFACTURING_APPROVED');
    const operators = await Promise.all(
      Array.from({ length: 16 }, (_, i) => makeUser(db, { role: 'operator', name: `Operator ${i}` })),
    );
    const results = await Promise.allSettled(
      operators.map((operator, i) =>
        transitionOrder(db, {
          orderId: order.id,
          to: 'MANUFACTURING_STARTED',
          // A claim insists on the status it saw, as claimOrder does: one who reads the order only
          // after another's claim is told who won, not that the step is not allowed.
          expectedStatus: 'MANUFACTURING_APPROVED',
          actor: { kind: 'user', userId: operator.id, role: 'operator', name: `Operator ${i}` },
          changes: { claimedById: operator.id, claimedAt: new Date() },
        }),
      ),
    );
    const winners = results.filter((r) => r.status === 'fulfilled');
    expect(winners).toHaveLength(1);
    const winner = operators.find((operator) => operator.id === winners[0]?.value.order.claimedById);
    for (const loser of results.filter((r) => r.status === 'rejected')) {
      expect(loser.reason).toMatchObject({ code: 'CONFLICT', details: { claimedBy: winner?.name } });
    }
    expect(await trailOf(order.id)).toEqual({ events: 1, outbox: 1 });
  });

  it('takes the production steps for the system only on a sandbox order, never on a live one', async () => {
    const live = await orderAt('MANUFACTURING_APPROVED');
    await expect(
      transitionOrder(db, { orderId: live.id, to: 'MANUFACTURING_STARTED', actor: actors.system }),
    ).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const test = await orderAt('MANUFACTURING_APPROVED', null, 'test');
    const { order } = await transitionOrder(db, {
      orderId: test.id,
      to: 'MANUFACTURING_STARTED',
      actor: actors.system,
    });
    expect(order.status).toBe('MANUFACTURING_STARTED');
    // Nobody of the workshop sees a sandbox order, so nobody of the workshop can move it.
    await expect(
      transitionOrder(db, { orderId: test.id, to: 'ON_HOLD', actor: actors.seller, reason: 'mine?' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("hides other people's orders as not found", async () => {
    const stranger = await makeUser(db, { role: 'customer' });
    const order = await makeOrder(db, { status: 'INITIATED', customerUserId: stranger.id });
    await expect(
      transitionOrder(db, { orderId: order.id, to: 'CANCELLED', actor: actors.customer, reason: 'mine?' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
