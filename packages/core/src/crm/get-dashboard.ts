import type { Db } from '@facet/db/client';
import { ORDER_STATUSES, type OrderStatus } from '@facet/db/enums';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { countOrdersByStatus } from '../orders/count-orders-by-status';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const ZDashboardInput = z.object({
  days: z.number().int().min(7).max(180).default(30),
  weeks: z.number().int().min(4).max(52).default(12),
  /** Days and weeks are counted in the workshop's time zone. */
  timeZone: z.string().max(64).refine(isTimeZone, 'Unknown time zone.').default('Europe/Paris'),
});
export type TDashboardInput = z.input<typeof ZDashboardInput>;

/** Statuses in which an order counts as sold: approved for production, or further along. */
const BOOKED: readonly OrderStatus[] = [
  'MANUFACTURING_APPROVED',
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
  'SHIPPED',
  'CLOSED',
];

export const ZDashboard = z.object({
  ordersPerDay: z.array(
    z.object({ day: z.string(), shop: z.number().int(), crm: z.number().int(), api: z.number().int() }),
  ),
  ordersByStatus: z.record(z.enum(ORDER_STATUSES), z.number().int()),
  /** Median time orders placed in the window spent in each status they left. */
  timeInStatus: z.array(
    z.object({ status: z.enum(ORDER_STATUSES), medianS: z.number(), samples: z.number().int() }),
  ),
  revenuePerWeek: z.array(
    z.object({ weekStart: z.string(), totalCents: z.number().int(), orders: z.number().int() }),
  ),
  timeInStatusDays: z.number().int(),
});
export type TDashboard = z.infer<typeof ZDashboard>;

const TIME_IN_STATUS_DAYS = 90;

/**
 * The CRM dashboard's figures. Every query starts from an index range (orders by creation time, the
 * status counters, events by order), so none reads the whole history. Canary orders count nowhere
 * (the status counters skip them too).
 */
export async function getDashboard(
  db: Db,
  actor: Actor,
  rawInput: TDashboardInput = {},
): Promise<TDashboard> {
  assertSeller(actor);
  const { days, weeks, timeZone } = ZDashboardInput.parse(rawInput);
  const [ordersPerDay, ordersByStatus, timeInStatus, revenuePerWeek] = await Promise.all([
    db.execute<{ day: string; shop: number; crm: number; api: number }>(sql`
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
    db.execute<{ status: OrderStatus; median_s: number; samples: number }>(sql`
      with recent as (
        select id from orders
        where created_at >= now() - make_interval(days => ${TIME_IN_STATUS_DAYS}) and not is_canary
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
    db.execute<{ week_start: string; total_cents: string | number; orders: number }>(sql`
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
        and (o.status in ${sql.raw(`(${BOOKED.map((status) => `'${status}'`).join(', ')})`)}
          or (o.status = 'ON_HOLD' and o.held_from_status in
            ${sql.raw(`(${BOOKED.map((status) => `'${status}'`).join(', ')})`)}))
      group by weeks.week
      order by weeks.week`),
  ]);
  const statusOrder = (status: OrderStatus) => ORDER_STATUSES.indexOf(status);
  return {
    ordersPerDay: [...ordersPerDay],
    ordersByStatus: Object.fromEntries(
      ORDER_STATUSES.map((status) => [status, ordersByStatus[status] ?? 0]),
    ) as Record<OrderStatus, number>,
    timeInStatus: [...timeInStatus]
      .map((row) => ({ status: row.status, medianS: Number(row.median_s), samples: row.samples }))
      .sort((a, b) => statusOrder(a.status) - statusOrder(b.status)),
    revenuePerWeek: [...revenuePerWeek].map((row) => ({
      weekStart: row.week_start,
      totalCents: Number(row.total_cents),
      orders: row.orders,
    })),
    timeInStatusDays: TIME_IN_STATUS_DAYS,
  };
}
