import { orderEvents, orders } from '@facet/db/schema/orders';
import { outbox } from '@facet/db/schema/outbox';
import { claims } from '@facet/db/schema/production';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makeUser } from '@facet/testing/factories';
import { and, eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor';
import { isDomainError } from '../shared/errors';
import { claimOrder } from './claim-order';

// Enough connections that many claims really are in flight at the same moment.
const { db } = useTestDb({ max: 32 });

const CLAIMERS = 64;
const ORDERS = 8;
let operators: Array<Extract<Actor, { kind: 'user' }>>;

beforeAll(async () => {
  operators = await Promise.all(
    Array.from({ length: CLAIMERS }, async (_, i) => {
      const user = await makeUser(db, { role: 'operator', name: `Operator ${i}` });
      return { kind: 'user' as const, userId: user.id, role: 'operator' as const, name: user.name };
    }),
  );
});

describe('claimOrder', () => {
  it(`gives each order to exactly one of ${CLAIMERS} concurrent claimers, and tells the others who won`, async () => {
    const pool = await Promise.all(
      Array.from({ length: ORDERS }, () => makeOrder(db, { status: 'MANUFACTURING_APPROVED' })),
    );
    const attempts = pool.flatMap((order) => operators.map((operator) => ({ order, operator })));
    // Shuffled, so claims of different orders interleave too.
    attempts.sort(() => Math.random() - 0.5);
    const outcomes = await Promise.all(
      attempts.map(async ({ order, operator }) => {
        try {
          await claimOrder(db, operator, { orderId: order.id });
          return { orderId: order.id, operator, won: true as const };
        } catch (error) {
          if (!isDomainError(error) || error.code !== 'CONFLICT') throw error;
          return { orderId: order.id, operator, won: false as const, claimedBy: error.details?.claimedBy };
        }
      }),
    );

    for (const order of pool) {
      const mine = outcomes.filter((outcome) => outcome.orderId === order.id);
      const winners = mine.filter((outcome) => outcome.won);
      expect(winners, `order ${order.number}`).toHaveLength(1);
      const winner = winners[0]!.operator;
      for (const loser of mine.filter((outcome) => !outcome.won)) expect(loser.claimedBy).toBe(winner.name);

      const [after] = await db.select().from(orders).where(eq(orders.id, order.id));
      expect(after).toMatchObject({
        status: 'MANUFACTURING_STARTED',
        claimedById: winner.userId,
        version: order.version + 1,
      });
      const paid = await db.select().from(claims).where(eq(claims.orderId, order.id));
      expect(paid.map((claim) => claim.operatorId)).toEqual([winner.userId]);
      const events = await db
        .select()
        .from(orderEvents)
        .where(and(eq(orderEvents.orderId, order.id), eq(orderEvents.toStatus, 'MANUFACTURING_STARTED')));
      expect(events).toHaveLength(1);
      expect(events[0]!.actorName).toBe(winner.name);
    }
    const announced = await db
      .select()
      .from(outbox)
      .where(
        inArray(
          outbox.aggregateId,
          pool.map((order) => order.id),
        ),
      );
    expect(announced).toHaveLength(ORDERS);
  });

  it('refuses an order that is not in the pool, and a seller', async () => {
    const submitted = await makeOrder(db, { status: 'SUBMITTED' });
    await expect(claimOrder(db, operators[0]!, { orderId: submitted.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const approved = await makeOrder(db, { status: 'MANUFACTURING_APPROVED' });
    const seller = await makeUser(db, { role: 'seller' });
    await expect(
      claimOrder(
        db,
        { kind: 'user', userId: seller.id, role: 'seller', name: 'Sam' },
        { orderId: approved.id },
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
