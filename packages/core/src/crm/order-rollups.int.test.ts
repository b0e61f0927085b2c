import { ORDER_CHANNELS, type OrderStatus } from '@facet/db/enums';
import { orderEvents, orders } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { makeOrder, makeUser } from '@facet/testing/factories';
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { transitionOrder } from '../orders/transition-order';
import type { Actor } from '../shared/actor';
import { isDomainError } from '../shared/errors';
import { getDashboard } from './get-dashboard';

const { db } = useTestDb({ max: 24 });

const ORDERS = 600;
/** Changes that must be applied (each order takes up to eight), and the most attempts made for them. */
const CHANGES = 2000;
const MAX_ATTEMPTS = 10_000;
const CONCURRENCY = 20;
const ALLOYS = ['AG925', 'AU750Y', 'PT950', null] as const;

let seller: Actor;
let operator: Actor;
const pricing: Actor = { kind: 'system', name: 'pricing' };

/** The next step a test actor takes from a status: the main road, or a hold, resume or cancellation. */
function nextMove(
  order: { status: OrderStatus; heldFromStatus: OrderStatus | null },
  dice: number,
): { to: OrderStatus; actor: Actor; reason?: string; totalCents?: number } | null {
  const cancel = { to: 'CANCELLED' as const, actor: seller, reason: 'Client changed their mind' };
  const hold = { to: 'ON_HOLD' as const, actor: seller, reason: 'Waiting for the client' };
  switch (order.status) {
    case 'SUBMITTED':
      return dice < 0.15 ? cancel : dice < 0.3 ? hold : { to: 'PRICE_CALCULATED', actor: pricing };
    case 'PRICE_CALCULATED':
      // Repricing on the way: the total changes with the status.
      return dice < 0.1
        ? cancel
        : dice < 0.25
          ? hold
          : { to: 'MANUFACTURING_APPROVED', actor: seller, totalCents: 1000 + Math.floor(dice * 90_000) };
    case 'MANUFACTURING_APPROVED':
      return dice < 0.1 ? cancel : dice < 0.2 ? hold : { to: 'MANUFACTURING_STARTED', actor: operator };
    case 'MANUFACTURING_STARTED':
      return dice < 0.15 ? hold : { to: 'MANUFACTURING_COMPLETED', actor: operator };
    case 'MANUFACTURING_COMPLETED':
      return { to: 'PACKAGING', actor: operator };
    case 'PACKAGING':
      return { to: 'SHIPPED', actor: operator };
    case 'SHIPPED':
      return { to: 'CLOSED', actor: seller };
    case 'ON_HOLD':
      return dice < 0.3 ? cancel : { to: order.heldFromStatus!, actor: seller };
    default:
      return null;
  }
}

const BOOKED = [
  'MANUFACTURING_APPROVED',
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
  'SHIPPED',
  'CLOSED',
].map((status) => `'${status}'`);

/** The day-by-channel-alloy-status report recomputed from the orders themselves. */
async function recomputedDayReport() {
  return [
    ...(await db.execute(sql`
    select (created_at at time zone 'Europe/Paris')::date::text as day, channel::text,
      coalesce(alloy_code, '') as alloy_code, status::text,
      count(*)::int as orders, coalesce(sum(total_cents), 0)::bigint::text as total_cents,
      (count(*) filter (where status in (${sql.raw(BOOKED.join(','))})
        or (status = 'ON_HOLD' and held_from_status in (${sql.raw(BOOKED.join(','))}))))::int as booked_orders,
      coalesce(sum(total_cents) filter (where status in (${sql.raw(BOOKED.join(','))})
        or (status = 'ON_HOLD' and held_from_status in (${sql.raw(BOOKED.join(','))}))), 0)::bigint::text
        as booked_cents
    from orders where not is_canary
    group by 1, 2, 3, 4 order by 1, 2, 3, 4`)),
  ];
}

async function rolledUpDayReport() {
  return [
    ...(await db.execute(sql`
    select day::text, channel::text, alloy_code, status::text, sum(orders)::int as orders,
      sum(total_cents)::text as total_cents, sum(booked_orders)::int as booked_orders,
      sum(booked_cents)::text as booked_cents
    from order_day_rollups group by 1, 2, 3, 4 having sum(orders) <> 0
    order by 1, 2, 3, 4`)),
  ];
}

/** Time in status recomputed from the timelines: each stay runs from one status event to the next. */
async function recomputedStays() {
  return [
    ...(await db.execute(sql`
    with steps as (
      select e.order_id, e.type, e.from_status, e.created_at,
        lag(e.created_at) over (partition by e.order_id order by e.version) as entered_at
      from order_events e where e.type in ('created', 'status_changed')
    )
    select (o.created_at at time zone 'Europe/Paris')::date::text as day, o.channel::text,
      coalesce(o.alloy_code, '') as alloy_code, s.from_status::text as status,
      count(*)::int as stays, sum(extract(epoch from s.created_at - s.entered_at))::text as total_seconds
    from steps s join orders o on o.id = s.order_id and not o.is_canary
    where s.type = 'status_changed' and s.from_status is not null and s.entered_at is not null
    group by 1, 2, 3, 4 order by 1, 2, 3, 4`)),
  ];
}

async function rolledUpStays() {
  return [
    ...(await db.execute(sql`
    select day::text, channel::text, alloy_code, status::text, sum(stays)::int as stays,
      sum(total_seconds)::text as total_seconds
    from order_status_time_rollups group by 1, 2, 3, 4 having sum(stays) <> 0 order by 1, 2, 3, 4`)),
  ];
}

beforeAll(async () => {
  const sellerUser = await makeUser(db, { role: 'seller' });
  const operatorUser = await makeUser(db, { role: 'operator' });
  seller = { kind: 'user', userId: sellerUser.id, role: 'seller', name: 'Sam' };
  operator = { kind: 'user', userId: operatorUser.id, role: 'operator', name: 'Olga' };
});

describe('order rollups', () => {
  it('stay exact against count(*) and sum() after thousands of concurrent changes', {
    timeout: 300_000,
  }, async () => {
    const now = Date.now();
    const made = await Promise.all(
      Array.from({ length: ORDERS }, (_, i) =>
        makeOrder(db, {
          status: 'SUBMITTED',
          channel: ORDER_CHANNELS[i % ORDER_CHANNELS.length]!,
          alloyCode: ALLOYS[i % ALLOYS.length],
          // Spread over ten days, some close to midnight in Paris.
          createdAt: new Date(now - (i % 10) * 86_400_000 - (i % 7) * 3_300_000),
          totalCents: i % 5 === 0 ? null : 5_000 + i,
          isCanary: i % 97 === 0,
        }),
      ),
    );
    await db.insert(orderEvents).values(
      made.map((order) => ({
        orderId: order.id,
        version: 1,
        type: 'created',
        toStatus: 'SUBMITTED' as const,
        actorKind: 'system' as const,
        actorName: 'test',
        createdAt: order.createdAt,
      })),
    );

    const outcome = {
      applied: 0,
      lostRaces: 0,
      cancelled: 0,
      held: 0,
      resumed: 0,
    };
    let attempt = 0;
    const worker = async () => {
      while (outcome.applied < CHANGES && attempt < MAX_ATTEMPTS) {
        attempt += 1;
        // A small hot set, so the same orders and rollup rows are fought over.
        const pick =
          Math.random() < 0.3 ? Math.floor(Math.random() * 20) : Math.floor(Math.random() * ORDERS);
        const current = await db.query.orders.findFirst({ where: eq(orders.id, made[pick]!.id) });
        const move = current && nextMove(current, Math.random());
        if (!current || !move) continue;
        try {
          await transitionOrder(db, {
            orderId: current.id,
            to: move.to,
            actor: move.actor,
            reason: move.reason,
            expectedStatus: current.status,
            changes: {
              ...(move.totalCents === undefined ? {} : { totalCents: move.totalCents }),
              ...(move.to === 'MANUFACTURING_STARTED' && operator.kind === 'user'
                ? { claimedById: operator.userId }
                : {}),
            },
          });
          outcome.applied += 1;
          if (move.to === 'CANCELLED') outcome.cancelled += 1;
          if (move.to === 'ON_HOLD') outcome.held += 1;
          if (current.status === 'ON_HOLD' && move.to !== 'CANCELLED') outcome.resumed += 1;
        } catch (error) {
          // An operator who read the order in the pool no longer sees it once another hand held it.
          const lostRace = ['CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND'];
          if (isDomainError(error) && lostRace.includes(error.code)) {
            outcome.lostRaces += 1;
          } else throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(outcome.applied).toBeGreaterThanOrEqual(CHANGES);
    expect(outcome.cancelled).toBeGreaterThan(30);
    expect(outcome.held).toBeGreaterThan(30);
    expect(outcome.resumed).toBeGreaterThan(10);

    const recomputed = await recomputedDayReport();
    expect(recomputed.length).toBeGreaterThan(50);
    expect(await rolledUpDayReport()).toEqual(recomputed);

    const stays = await recomputedStays();
    expect(stays.length).toBeGreaterThan(50);
    expect(await rolledUpStays()).toEqual(stays);
  });

  it('feed the dashboard, filtered by period, channel and alloy', async () => {
    const figures = await getDashboard(db, seller, { channel: 'api', alloyCode: 'PT950' });
    const [direct] = await db.execute<{ orders: number; booked_cents: string }>(sql`
      select count(*)::int as orders,
        coalesce(sum(total_cents) filter (where status in (${sql.raw(BOOKED.join(','))})
          or (status = 'ON_HOLD' and held_from_status in (${sql.raw(BOOKED.join(','))}))), 0)::text as booked_cents
      from orders
      where not is_canary and channel = 'api' and alloy_code = 'PT950'
        and (created_at at time zone 'Europe/Paris')::date between ${figures.period.from}::date and ${figures.period.to}::date`);
    expect(direct!.orders).toBeGreaterThan(0);
    expect(figures.ordersPerDay).toHaveLength(30);
    expect(figures.ordersPerDay.reduce((sum, day) => sum + day.api, 0)).toBe(direct!.orders);
    expect(figures.ordersPerDay.reduce((sum, day) => sum + day.shop + day.crm, 0)).toBe(0);
    expect(Object.values(figures.ordersByStatus).reduce((a, b) => a + b, 0)).toBe(direct!.orders);
    expect(figures.revenuePerWeek.reduce((sum, week) => sum + week.totalCents, 0)).toBe(
      Number(direct!.booked_cents),
    );
    expect(figures.timeInStatus.find((row) => row.status === 'SUBMITTED')?.meanS).toBeGreaterThan(0);

    const lastThreeDays = await getDashboard(db, seller, {
      from: figures.ordersPerDay.at(-3)!.day,
      to: figures.period.to,
    });
    expect(lastThreeDays.ordersPerDay.map((day) => day.day)).toEqual(
      figures.ordersPerDay.slice(-3).map((day) => day.day),
    );
  });

  it('refuses a period that ends before it starts, or is longer than a year', async () => {
    await expect(getDashboard(db, seller, { from: '2026-03-10', to: '2026-03-01' })).rejects.toThrow(
      /before its start/,
    );
    await expect(getDashboard(db, seller, { from: '2024-01-01', to: '2026-01-01' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
