import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { EVENT_ACTOR_KINDS, FINISHES, ORDER_CHANNELS, ORDER_STATUSES } from '../enums';
import { createdAt, id, updatedAt } from './columns';
import { clients } from './crm';
import { users } from './identity';
import { models } from './models';
import { partners } from './partners';
import { alloys } from './pricing';

export const orderStatusEnum = pgEnum('order_status', ORDER_STATUSES);
export const orderChannelEnum = pgEnum('order_channel', ORDER_CHANNELS);
export const finishEnum = pgEnum('finish', FINISHES);
export const eventActorKindEnum = pgEnum('event_actor_kind', EVENT_ACTOR_KINDS);

export const orders = pgTable(
  'orders',
  {
    id: id(),
    /** Human-facing number, shown as FCT-000042. */
    number: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity({ startWith: 1000 }),
    status: orderStatusEnum().notNull(),
    /** Incremented by every change; realtime clients apply an event only if it is newer. */
    version: integer().notNull().default(1),
    channel: orderChannelEnum().notNull(),
    customerUserId: uuid().references(() => users.id),
    clientId: uuid().references(() => clients.id),
    partnerId: uuid().references(() => partners.id),
    /** The partner's own reference for the order. */
    externalRef: text(),
    createdById: uuid().references(() => users.id),
    /** Alloy of the first item, kept on the order for the operators' pool filter. */
    alloyCode: text(),
    currency: text().notNull().default('EUR'),
    totalCents: integer(),
    priceBreakdown: jsonb(),
    leadTimeDays: integer(),
    promisedAt: timestamp({ withTimezone: true }),
    /** Why the order was rejected, cancelled or put on hold. */
    statusReason: text(),
    /** The status to go back to when an order on hold is resumed. */
    heldFromStatus: orderStatusEnum(),
    claimedById: uuid().references(() => users.id),
    claimedAt: timestamp({ withTimezone: true }),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    shippingAddress: jsonb(),
    /**
     * A synthetic order the worker sends through the whole pipeline to prove it works (see
     * core/canary). Kept out of the CRM, the operators' console, the status counts and revenue.
     */
    isCanary: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('orders_number_key').on(t.number),
    // The operators' pool: only approved orders are in this index, however many closed orders exist.
    index('orders_pool_idx')
      .on(t.statusChangedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'MANUFACTURING_APPROVED'`),
    index('orders_pool_alloy_idx')
      .on(t.alloyCode, t.statusChangedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'MANUFACTURING_APPROVED'`),
    index('orders_claimed_idx')
      .on(t.claimedById, t.statusChangedAt.desc().nullsFirst())
      .where(sql`${t.status} in ('MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING')`),
    index('orders_status_created_idx').on(
      t.status,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('orders_created_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('orders_customer_idx').on(t.customerUserId, t.createdAt.desc().nullsFirst()),
    index('orders_client_idx').on(t.clientId, t.createdAt.desc().nullsFirst()),
    index('orders_partner_created_idx').on(
      t.partnerId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('orders_partner_updated_idx').on(t.partnerId, t.updatedAt, t.id),
    uniqueIndex('orders_partner_ref_key').on(t.partnerId, t.externalRef),
  ],
);

export const orderItems = pgTable(
  'order_items',
  {
    id: id(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    modelId: uuid()
      .notNull()
      .references(() => models.id),
    alloyId: uuid()
      .notNull()
      .references(() => alloys.id),
    alloyCode: text().notNull(),
    finish: finishEnum().notNull().default('polished'),
    /** Ring size (EU / ISO 8653 circumference in mm), when the piece is a ring to be resized. */
    ringSize: numeric({ mode: 'number', precision: 5, scale: 1 }),
    scale: numeric({ mode: 'number', precision: 6, scale: 3 }).notNull().default(1),
    quantity: integer().notNull().default(1),
    engraving: text(),
    unitPriceCents: integer(),
    priceBreakdown: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [
    index('order_items_order_idx').on(t.orderId, t.position),
    index('order_items_model_idx').on(t.modelId),
  ],
);

/** The timeline: one row for every change of an order, written in the same transaction. */
export const orderEvents = pgTable(
  'order_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    type: text().notNull(),
    fromStatus: orderStatusEnum(),
    toStatus: orderStatusEnum(),
    actorKind: eventActorKindEnum().notNull(),
    actorUserId: uuid().references(() => users.id),
    actorPartnerId: uuid().references(() => partners.id),
    actorName: text().notNull(),
    reason: text(),
    data: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('order_events_order_version_key').on(t.orderId, t.version)],
);

/** Counts kept by a trigger on `orders`, so a dashboard never counts the whole table. */
export const orderStatusCounts = pgTable('order_status_counts', {
  status: orderStatusEnum().primaryKey(),
  count: bigint({ mode: 'number' }).notNull().default(0),
});

/**
 * An order that stayed in one status longer than its limit (core/crm/stuck-limits), flagged once per
 * stay: the unique key is the order, the status and the moment it entered that status. The breach
 * is open while the order is still in that stay; `resolvedAt` records when it left.
 */
export const slaBreaches = pgTable(
  'sla_breaches',
  {
    id: id(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    status: orderStatusEnum().notNull(),
    /** The order's `status_changed_at` when it was flagged: which stay in the status this is. */
    statusEnteredAt: timestamp({ withTimezone: true }).notNull(),
    /** The status's limit at the time, in seconds. */
    limitS: integer().notNull(),
    flaggedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Version of the timeline event that announced the breach. */
    eventVersion: integer(),
    resolvedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('sla_breaches_stay_key').on(t.orderId, t.status, t.statusEnteredAt),
    // The watchdog's look-up of breaches whose order has moved on.
    index('sla_breaches_unresolved_idx').on(t.flaggedAt).where(sql`${t.resolvedAt} is null`),
  ],
);
