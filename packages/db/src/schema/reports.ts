import { bigint, date, numeric, primaryKey, smallint, text } from 'drizzle-orm/pg-core';
import { ordersSchema } from './contexts';
import { orderChannelEnum, orderStatusEnum } from './orders';

/*
 * The CRM's reports, kept by triggers in the same transaction as every change of an order (see the
 * migration `order_report_rollups`), so the dashboard reads a few hundred rows instead of the orders.
 * `day` is the day the order was placed in the workshop's time zone (`order_report_day()`); an order
 * without an alloy counts under alloy `''`. Canary orders count nowhere. Like the status counts, each
 * key has up to 64 rows (stripes), one per writing transaction at a time, so concurrent changes never
 * wait on one another's rows; a figure is the sum over the stripes.
 */

/** Orders placed on a day, through a channel, in an alloy, by the status they are in now. */
export const orderDayRollups = ordersSchema.table(
  'order_day_rollups',
  {
    day: date({ mode: 'string' }).notNull(),
    channel: orderChannelEnum().notNull(),
    alloyCode: text().notNull(),
    status: orderStatusEnum().notNull(),
    stripe: smallint().notNull().default(0),
    orders: bigint({ mode: 'number' }).notNull().default(0),
    totalCents: bigint({ mode: 'number' }).notNull().default(0),
    /** Orders approved for production or further (or on hold from there), and their totals. */
    bookedOrders: bigint({ mode: 'number' }).notNull().default(0),
    bookedCents: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.channel, t.alloyCode, t.status, t.stripe] })],
);

/** Stays in a status that ended (the order moved on), by the day, channel and alloy of the order. */
export const orderStatusTimeRollups = ordersSchema.table(
  'order_status_time_rollups',
  {
    day: date({ mode: 'string' }).notNull(),
    channel: orderChannelEnum().notNull(),
    alloyCode: text().notNull(),
    status: orderStatusEnum().notNull(),
    stripe: smallint().notNull().default(0),
    stays: bigint({ mode: 'number' }).notNull().default(0),
    /** Exact sum of the stays' lengths (from the timeline's timestamps), in seconds. */
    totalSeconds: numeric({ mode: 'string' }).notNull().default('0'),
  },
  (t) => [primaryKey({ columns: [t.day, t.channel, t.alloyCode, t.status, t.stripe] })],
);

/**
 * Published for the CRM dashboard (migration 0024): orders placed on a day, through a channel, in an
 * alloy, by the status they are in now, and the booked ones — a row per stripe, summed by the reader.
 * A plain projection of `order_day_rollups`, so the dashboard's filter keeps its primary key.
 */
export const ordersByDay = ordersSchema
  .view('orders_by_day', {
    day: date({ mode: 'string' }).notNull(),
    channel: orderChannelEnum().notNull(),
    alloyCode: text().notNull(),
    status: orderStatusEnum().notNull(),
    orders: bigint({ mode: 'number' }).notNull(),
    bookedOrders: bigint({ mode: 'number' }).notNull(),
    bookedCents: bigint({ mode: 'number' }).notNull(),
  })
  .existing();

/**
 * Published for the CRM dashboard (migration 0024): stays in a status that ended and their length, by
 * the day, channel and alloy of the order. A plain projection of `order_status_time_rollups`.
 */
export const statusStaysByDay = ordersSchema
  .view('status_stays_by_day', {
    day: date({ mode: 'string' }).notNull(),
    channel: orderChannelEnum().notNull(),
    alloyCode: text().notNull(),
    status: orderStatusEnum().notNull(),
    stays: bigint({ mode: 'number' }).notNull(),
    totalSeconds: numeric({ mode: 'string' }).notNull(),
  })
  .existing();
