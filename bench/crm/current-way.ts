/**
 * The CRM screens as they were computed before the rollups and list indexes (copied from the code
 * they replaced), so `pnpm bench crm` measures both on the same data in the same run.
 */

import { selectSellerOrders } from '@facet/core/crm/seller-order-dto';
import { countOrdersByStatus } from '@facet/core/orders/count-orders-by-status';
import { lateness, STUCK_AFTER_S } from '@facet/core/sla/stuck-limits';
import { WATCHED_STATUSES } from '@facet/core/sla/stuck-orders-condition';
import type { Db } from '@facet/db/client';
import { orderSummaries } from '@facet/db/schema/orders';
import { and, desc, eq, inArray, lt, ne, or, type SQL, sql } from 'drizzle-orm';

const BOOKED = `('MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'SHIPPED', 'CLOSED')`;

/** The dashboard read live from the orders and their timelines (30 days, 12 weeks, 90 days of stays). */
export async function dashboardLive(db: Db, timeZone = 'Europe/Paris', days = 30, weeks = 12) {
  return Promise.all([
    db.execute(sql`
      with days as (
        select generate_series(
          date_trunc('day', now() at time zone ${timeZone}) - make_interval(days => ${days - 1}),
          date_trunc('day', now() at time zone ${timeZone}),
          interval '1 day') as day
      )
      select to_char(days.day, 'YYYY-MM-DD') as day,
        count(o.id) filter (where o.channel = 'shop')::int as shop,
        count(o.id) filter (where o.channel = 'crm')::int as crm,
        count(o.id) filter (where o.channel = 'api')::int as api
      from days
      left join orders o
        on o.created_at >= (days.day at time zone ${timeZone})
        and o.created_at < ((days.day + interval '1 day') at time zone ${timeZone})
        and not o.is_canary
      group by days.day
      order by days.day`),
    countOrdersByStatus(db),
    db.execute(sql`
      with recent as (
        select id from orders
        where created_at >= now() - make_interval(days => 90) and not is_canary
      ),
      steps as (
        select e.type, e.from_status, e.created_at,
          lag(e.created_at) over (partition by e.order_id order by e.version) as entered_at
        from order_events e
        join recent on recent.id = e.order_id
        where e.type in ('created', 'status_changed')
      )
      select from_status as status,
        percentile_cont(0.5) within group (order by extract(epoch from created_at - entered_at))::float8
          as median_s,
        count(*)::int as samples
      from steps
      where type = 'status_changed' and entered_at is not null and from_status is not null
      group by from_status`),
    db.execute(sql`
      with weeks as (
        select generate_series(
          date_trunc('week', now() at time zone ${timeZone}) - make_interval(weeks => ${weeks - 1}),
          date_trunc('week', now() at time zone ${timeZone}),
          interval '1 week') as week
      )
      select to_char(weeks.week, 'YYYY-MM-DD') as week_start,
        coalesce(sum(o.total_cents), 0)::bigint as total_cents,
        count(o.id)::int as orders
      from weeks
      left join orders o
        on o.created_at >= (weeks.week at time zone ${timeZone})
        and o.created_at < ((weeks.week + interval '1 week') at time zone ${timeZone})
        and not o.is_canary
        and (o.status in ${sql.raw(BOOKED)} or (o.status = 'ON_HOLD' and o.held_from_status in ${sql.raw(BOOKED)}))
      group by weeks.week
      order by weeks.week`),
  ]);
}

/** Every late order read and sorted in memory, then the first `limit`. */
export async function lateListInMemory(db: Db, limit = 200) {
  const now = new Date();
  // The sellers' rows come from the orders' published view, so the conditions name its columns.
  const stuck = WATCHED_STATUSES.map((status) =>
    and(
      eq(orderSummaries.status, status),
      lt(orderSummaries.statusChangedAt, new Date(now.getTime() - STUCK_AFTER_S[status]! * 1000)),
    ),
  );
  const rows = await selectSellerOrders(db).where(
    and(
      inArray(orderSummaries.status, WATCHED_STATUSES),
      eq(orderSummaries.offBooks, false),
      or(and(lt(orderSummaries.promisedAt, now), ne(orderSummaries.status, 'SHIPPED')), ...stuck),
    ),
  );
  const late = rows
    .flatMap((row) => {
      const verdict = lateness(row, now);
      return verdict ? [{ row, verdict }] : [];
    })
    .sort((a, b) => b.verdict.lateByS - a.verdict.lateByS);
  return { items: late.slice(0, limit), total: late.length };
}

/** A client's orders through one OR of the three arms, sorted after the fact. */
export async function clientOrdersThroughOr(db: Db, arms: SQL[], limit = 20) {
  return selectSellerOrders(db)
    .where(or(...arms))
    .orderBy(desc(orderSummaries.createdAt), desc(orderSummaries.id))
    .limit(limit + 1);
}
