import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listOperatorEarnings } from '@facet/core/earnings/list-operator-earnings';
import type { Actor } from '@facet/core/shared/actor';
import { LocalDiskStorage } from '@facet/core/storage/local-disk-storage';
import { ORDER_CHANNELS, ORDER_STATUSES } from '@facet/db/enums';
import { users } from '@facet/db/schema/identity';
import { useTestDb } from '@facet/testing/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from './seed-demo';
import { type HistoryReport, seedDemoHistory } from './seed-history';

const { db } = useTestDb();
const storageDir = mkdtempSync(join(tmpdir(), 'facet-seed-history-'));
/** Before the demo's own orders of today: the history's orders were all placed before it. */
let historyEnd: Date;
let report: HistoryReport;

beforeAll(async () => {
  const storage = new LocalDiskStorage({ root: storageDir, signingSecret: 'seed' });
  historyEnd = new Date();
  await seedDemo(db, storage);
  const started = performance.now();
  report = await seedDemoHistory(db, storage);
  const seconds = (performance.now() - started) / 1000;
  console.log(`[seed] 90 days of history (${report.orders} orders) in ${seconds.toFixed(1)} s`);
}, 600_000);
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  return [...(await db.execute(query))] as T[];
}

const BOOKED = sql.raw(
  `('MANUFACTURING_APPROVED','MANUFACTURING_STARTED','MANUFACTURING_COMPLETED','PACKAGING','SHIPPED','CLOSED')`,
);

describe('the demo with history', () => {
  it('has orders placed on at least 80 of the last 90 days, in the workshop’s time zone', async () => {
    const [days] = await rows<{ orders: number; days: number; oldest: number }>(sql`
      select count(*)::int as orders,
        count(distinct (created_at at time zone 'Europe/Paris')::date)::int as days,
        max(extract(epoch from now() - created_at) / 86400)::float as oldest
      from orders where not is_canary and created_at < ${historyEnd.toISOString()}::timestamptz`);
    expect(days!.orders).toBe(report.orders);
    expect(days!.days).toBeGreaterThanOrEqual(80);
    expect(days!.oldest).toBeLessThanOrEqual(90);
    expect(days!.oldest).toBeGreaterThan(80);
  });

  it('has orders through every channel and in every status, the history alone in all but the unpriced ones', async () => {
    const channels = await rows<{ channel: string }>(sql`
      select distinct channel::text from orders where created_at < ${historyEnd.toISOString()}::timestamptz`);
    expect(channels.map((row) => row.channel).sort()).toEqual([...ORDER_CHANNELS].sort());
    const statuses = await rows<{ status: string }>(sql`select distinct status::text from orders`);
    expect(statuses.map((row) => row.status).sort()).toEqual([...ORDER_STATUSES].sort());
    const historic = await rows<{ status: string }>(sql`
      select distinct status::text from orders where created_at < ${historyEnd.toISOString()}::timestamptz`);
    expect(historic.map((row) => row.status).sort()).toEqual(
      ORDER_STATUSES.filter((status) => status !== 'SUBMITTED' && status !== 'FILE_UPLOADED').sort(),
    );
  });

  it('has both operators’ claims, each on an order its claimant took, and shipped ones completed', async () => {
    const operators = await rows<{ email: string; claims: number; shipped: number }>(sql`
      select u.email, count(*)::int as claims, count(c.completed_at)::int as shipped
      from claims c join users u on u.id = c.operator_id
      join orders o on o.id = c.order_id and o.created_at < ${historyEnd.toISOString()}::timestamptz
      group by u.email order by u.email`);
    expect(operators.map((row) => row.email)).toEqual(['anna@facet.local', 'operator@facet.local']);
    for (const operator of operators) expect(operator.shipped).toBeGreaterThan(5);

    // A claim for every order that was claimed (its timeline says so), by its claimant, at the claim.
    const [mismatch] = await rows<{ unclaimed: number; wrong: number; open: number }>(sql`
      with history as (select * from orders where created_at < ${historyEnd.toISOString()}::timestamptz),
      claimed as (
        select e.order_id, e.actor_user_id, e.created_at from order_events e join history o on o.id = e.order_id
        where e.to_status = 'MANUFACTURING_STARTED' and e.type = 'status_changed'
      )
      select
        (select count(*) from claimed k
          where not exists (select 1 from claims c where c.order_id = k.order_id))::int as unclaimed,
        (select count(*) from claims c join history o on o.id = c.order_id
          where c.operator_id is distinct from o.claimed_by_id or c.claimed_at <> o.claimed_at
            or not exists (select 1 from claimed k where k.order_id = c.order_id
              and k.actor_user_id = c.operator_id and k.created_at = c.claimed_at))::int as wrong,
        (select count(*) from claims c join history o on o.id = c.order_id
          where (c.completed_at is not null) <> (o.status in ('SHIPPED', 'CLOSED')))::int as open`);
    expect(mismatch).toEqual({ unclaimed: 0, wrong: 0, open: 0 });
  });

  it('pays both operators for the orders they finished, at the rate the admin set', async () => {
    const [admin] = await db.select().from(users).where(eq(users.email, 'admin@facet.local'));
    const actor: Actor = { kind: 'user', userId: admin!.id, role: admin!.role, name: admin!.name };
    const to = new Date(Date.now() + 60_000);
    const report = await listOperatorEarnings(db, actor, {
      from: new Date(to.getTime() - 91 * 86_400_000),
      to,
    });
    expect(report.rate).toMatchObject({ kind: 'work_share', workSharePct: 12 });
    const finished = await rows<{ email: string; finished: number }>(sql`
      select u.email, count(distinct e.order_id)::int as finished
      from order_events e join users u on u.id = e.actor_user_id
      where e.type = 'status_changed' and e.to_status = 'MANUFACTURING_COMPLETED'
      group by u.email order by u.email`);
    const byEmail = new Map(report.operators.map((operator) => [operator.operatorEmail, operator]));
    expect(finished.map((row) => row.email)).toEqual(['anna@facet.local', 'operator@facet.local']);
    for (const { email, finished: count } of finished) {
      const operator = byEmail.get(email)!;
      expect(operator.finished).toBe(count);
      expect(operator.earnedCents).toBeGreaterThan(0);
      expect(operator.earnedCents).toBe(operator.orders.reduce((sum, order) => sum + order.earnedCents, 0));
      for (const order of operator.orders)
        expect(order.earnedCents).toBe(Math.round((order.workCents * 12) / 100));
    }
  });

  it('keeps every timeline whole and in order: versions one by one, each step from where the last left', async () => {
    const [bad] = await rows<{
      early: number;
      future: number;
      gaps: number;
      broken: number;
      ends: number;
    }>(sql`
      with steps as (
        select e.*, o.created_at as placed_at, o.status as order_status, o.version as order_version,
          lag(e.to_status) over (partition by e.order_id order by e.version) as previous_status,
          lag(e.created_at) over (partition by e.order_id order by e.version) as previous_at,
          row_number() over (partition by e.order_id order by e.version) as position,
          count(*) over (partition by e.order_id) as events,
          max(e.version) over (partition by e.order_id) as last_version
        from order_events e join orders o on o.id = e.order_id
      )
      select
        count(*) filter (where created_at < placed_at)::int as early,
        count(*) filter (where created_at > now())::int as future,
        count(*) filter (where version <> position or (version = last_version and version <> order_version))::int as gaps,
        count(*) filter (where type = 'status_changed' and (from_status is distinct from previous_status
          or created_at < previous_at))::int as broken,
        count(*) filter (where version = last_version and to_status <> order_status)::int as ends
      from steps`);
    expect(bad).toEqual({ early: 0, future: 0, gaps: 0, broken: 0, ends: 0 });
  });

  it('keeps the status counts and the dashboard’s rollups equal to a recomputation from the orders', async () => {
    const counted = await rows<{ status: string; count: number }>(sql`
      select status::text, sum(count)::int as count from order_status_counts
      group by status having sum(count) <> 0 order by status`);
    const recounted = await rows<{ status: string; count: number }>(sql`
      select status::text, count(*)::int as count from orders where not is_canary group by status order by status`);
    expect(counted).toEqual(recounted);

    const rolledUp = await rows(sql`
      select day::text, channel::text, alloy_code, status::text, sum(orders)::int as orders,
        sum(total_cents)::text as total_cents, sum(booked_orders)::int as booked_orders,
        sum(booked_cents)::text as booked_cents
      from order_day_rollups group by 1, 2, 3, 4 having sum(orders) <> 0 order by 1, 2, 3, 4`);
    const recomputed = await rows(sql`
      select (created_at at time zone 'Europe/Paris')::date::text as day, channel::text,
        coalesce(alloy_code, '') as alloy_code, status::text, count(*)::int as orders,
        coalesce(sum(total_cents), 0)::bigint::text as total_cents,
        (count(*) filter (where status in ${BOOKED}
          or (status = 'ON_HOLD' and held_from_status in ${BOOKED})))::int as booked_orders,
        coalesce(sum(total_cents) filter (where status in ${BOOKED}
          or (status = 'ON_HOLD' and held_from_status in ${BOOKED})), 0)::bigint::text as booked_cents
      from orders where not is_canary group by 1, 2, 3, 4 order by 1, 2, 3, 4`);
    expect(rolledUp.length).toBeGreaterThan(100);
    expect(rolledUp).toEqual(recomputed);

    const stays = await rows(sql`
      select day::text, channel::text, alloy_code, status::text, sum(stays)::int as stays,
        sum(total_seconds)::text as total_seconds
      from order_status_time_rollups group by 1, 2, 3, 4 having sum(stays) <> 0 order by 1, 2, 3, 4`);
    const restayed = await rows(sql`
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
      group by 1, 2, 3, 4 order by 1, 2, 3, 4`);
    expect(stays).toEqual(restayed);
  });

  it('leaves the history told: its changes published, nothing for the worker to send at start-up but today’s demo', async () => {
    const outbox = await rows<{ history: boolean; topic: string; published: boolean; rows: number }>(sql`
      select (o.created_at < ${historyEnd.toISOString()}::timestamptz) as history, x.topic, x.published_at is not null as published,
        count(*)::int as rows
      from outbox x left join orders o on o.id::text = x.aggregate_id
      where x.topic = 'order.changed' group by 1, 2, 3 order by 1, 2, 3`);
    expect(outbox.map(({ history, published }) => ({ history, published }))).toEqual([
      { history: false, published: false },
      { history: true, published: true },
    ]);
    const [events] = await rows<{ events: number }>(sql`
      select count(*)::int as events from order_events e join orders o on o.id = e.order_id
      where o.created_at < ${historyEnd.toISOString()}::timestamptz`);
    // One outbox row per timeline event, as the use cases write them.
    expect(outbox.find((row) => row.history)!.rows).toBe(events!.events);
    // The models' own events stay for the worker: it makes their previews.
    const [models] = await rows<{ unpublished: number }>(sql`
      select count(*)::int as unpublished from outbox where topic = 'model.analysed' and published_at is null`);
    expect(models!.unpublished).toBeGreaterThan(0);
  });

  it('writes the history in a few transactions, not one per step', async () => {
    // An order's change number is the transaction that last changed it: a batch of orders shares one.
    const [written] = await rows<{ orders: number; transactions: number }>(sql`
      select count(*)::int as orders, count(distinct change_number)::int as transactions
      from orders where created_at < ${historyEnd.toISOString()}::timestamptz`);
    expect(written!.transactions).toBeLessThanOrEqual(Math.ceil(written!.orders / 10));
  });
});
