import type { Db } from '@facet/db/client';
import { ORDER_CHANNELS, ORDER_STATUSES, type OrderChannel, type OrderStatus } from '@facet/db/enums';
import { ordersByDay, statusStaysByDay } from '@facet/db/schema/reports';
import { and, between, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import { countOrdersByStatus } from '../orders/count-orders-by-status';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertSeller } from './assert-seller';
import { daysBetween, MAX_PERIOD_DAYS, resolvePeriod, weekStartOf } from './dashboard-period';

const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, fieldMessage('period.day-format'))
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), fieldMessage('period.day-unknown'));

export const ZDashboardInput = z
  .object({
    /** First day of the period (orders placed from this day), in the workshop's time zone. */
    from: ZDay.optional(),
    /** Last day of the period, included. */
    to: ZDay.optional(),
    channel: z.enum(ORDER_CHANNELS).optional(),
    alloyCode: z.string().trim().min(1).max(20).optional(),
  })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    path: ['to'],
    message: fieldMessage('period.end-before-start'),
  });
export type TDashboardInput = z.input<typeof ZDashboardInput>;

export const ZDashboard = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  ordersPerDay: z.array(
    z.object({
      day: z.string(),
      shop: z.number().int(),
      crm: z.number().int(),
      api: z.number().int(),
      bookedOrders: z.number().int(),
      bookedCents: z.number().int(),
    }),
  ),
  /** Orders placed in the period (and channel, alloy), by the status they are in now. */
  ordersByStatus: z.record(z.enum(ORDER_STATUSES), z.number().int()),
  /** Priced orders waiting for a seller, all of them, whatever the filters. */
  waitingForApproval: z.number().int(),
  /** Mean time orders placed in the period spent in each status they have left. */
  timeInStatus: z.array(
    z.object({ status: z.enum(ORDER_STATUSES), meanS: z.number(), samples: z.number().int() }),
  ),
  /** Booked orders of the period by the week they were placed (the first and last week may be partial). */
  revenuePerWeek: z.array(
    z.object({ weekStart: z.string(), totalCents: z.number().int(), orders: z.number().int() }),
  ),
});
export type TDashboard = z.infer<typeof ZDashboard>;

/**
 * The CRM dashboard's figures, read only from the rollups that triggers keep with every change of an
 * order, as the orders publish them (`orders_by_day`, `status_stays_by_day`, and the status counters):
 * a few rows per day of the period, however many orders there are.
 */
export async function getDashboard(
  db: Db,
  actor: Actor,
  rawInput: TDashboardInput = {},
): Promise<TDashboard> {
  assertSeller(actor);
  const input = ZDashboardInput.parse(rawInput);
  const period = resolvePeriod(input, input.from && input.to ? input.to : await workshopToday(db));
  const days = daysBetween(period.from, period.to);
  if (days.length > MAX_PERIOD_DAYS) {
    throw new DomainError('INVALID_INPUT', domainMessage('crm.period-too-long', { days: MAX_PERIOD_DAYS }), {
      field: 'from',
    });
  }

  const filter = (table: typeof ordersByDay | typeof statusStaysByDay): SQL | undefined =>
    and(
      between(table.day, period.from, period.to),
      input.channel ? eq(table.channel, input.channel) : undefined,
      input.alloyCode ? eq(table.alloyCode, input.alloyCode) : undefined,
    );

  const [perDayAndChannel, perStatus, stays, counters] = await Promise.all([
    db
      .select({
        day: ordersByDay.day,
        channel: ordersByDay.channel,
        orders: sql<string>`sum(${ordersByDay.orders})`,
        bookedOrders: sql<string>`sum(${ordersByDay.bookedOrders})`,
        bookedCents: sql<string>`sum(${ordersByDay.bookedCents})`,
      })
      .from(ordersByDay)
      .where(filter(ordersByDay))
      .groupBy(ordersByDay.day, ordersByDay.channel),
    db
      .select({ status: ordersByDay.status, orders: sql<string>`sum(${ordersByDay.orders})` })
      .from(ordersByDay)
      .where(filter(ordersByDay))
      .groupBy(ordersByDay.status),
    db
      .select({
        status: statusStaysByDay.status,
        stays: sql<string>`sum(${statusStaysByDay.stays})`,
        totalSeconds: sql<string>`sum(${statusStaysByDay.totalSeconds})`,
      })
      .from(statusStaysByDay)
      .where(filter(statusStaysByDay))
      .groupBy(statusStaysByDay.status),
    countOrdersByStatus(db),
  ]);

  const byDay = new Map(
    days.map((day) => [day, { day, shop: 0, crm: 0, api: 0, bookedOrders: 0, bookedCents: 0 }]),
  );
  for (const row of perDayAndChannel) {
    const entry = byDay.get(row.day);
    if (!entry) continue;
    entry[row.channel as OrderChannel] += Number(row.orders);
    entry.bookedOrders += Number(row.bookedOrders);
    entry.bookedCents += Number(row.bookedCents);
  }
  const ordersPerDay = [...byDay.values()];

  const byWeek = new Map<string, { weekStart: string; totalCents: number; orders: number }>();
  for (const day of ordersPerDay) {
    const weekStart = weekStartOf(day.day);
    const week = byWeek.get(weekStart) ?? { weekStart, totalCents: 0, orders: 0 };
    week.totalCents += day.bookedCents;
    week.orders += day.bookedOrders;
    byWeek.set(weekStart, week);
  }

  const counted = new Map(perStatus.map((row) => [row.status, Number(row.orders)]));
  const statusOrder = (status: OrderStatus) => ORDER_STATUSES.indexOf(status);
  return {
    period,
    ordersPerDay,
    ordersByStatus: Object.fromEntries(
      ORDER_STATUSES.map((status) => [status, counted.get(status) ?? 0]),
    ) as Record<OrderStatus, number>,
    waitingForApproval: counters.PRICE_CALCULATED ?? 0,
    timeInStatus: stays
      .filter((row) => Number(row.stays) > 0)
      .map((row) => ({
        status: row.status,
        meanS: Number(row.totalSeconds) / Number(row.stays),
        samples: Number(row.stays),
      }))
      .sort((a, b) => statusOrder(a.status) - statusOrder(b.status)),
    revenuePerWeek: [...byWeek.values()],
  };
}

/** Today in the workshop's time zone, by the same rule that files orders under their day. */
async function workshopToday(db: Db): Promise<string> {
  const [row] = await db.execute<{ today: string }>(sql`select order_report_day(now())::text as today`);
  return row!.today;
}
