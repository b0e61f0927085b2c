import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { EVENT_ACTOR_KINDS, FINISHES, ORDER_CHANNELS, ORDER_STATUSES } from '../enums';
import { createdAt, id, updatedAt } from './columns';
import { ordersSchema } from './contexts';
import { clients } from './crm';
import { users } from './identity';
import { models } from './models';
import { apiModeEnum, partners } from './partners';
import { alloys } from './pricing';

export const orderStatusEnum = pgEnum('order_status', ORDER_STATUSES);
export const orderChannelEnum = pgEnum('order_channel', ORDER_CHANNELS);
export const finishEnum = pgEnum('finish', FINISHES);
export const eventActorKindEnum = pgEnum('event_actor_kind', EVENT_ACTOR_KINDS);

export const orders = ordersSchema.table(
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
    /** The reason as a catalogue message (`{ key, params }`) when the system gave it; null when a person typed it. */
    statusReasonMessage: jsonb(),
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
    /**
     * `test` for a partner's sandbox order (placed with a `fct_test_` key): it moves through the
     * statuses by itself and only the partner's test keys and test webhook endpoints hear of it.
     */
    mode: apiModeEnum().notNull().default('live'),
    /**
     * Not the workshop's business: a canary or a sandbox order. The one column every workshop reader
     * (CRM lists, pool, console, late list, SLA watchdog, client pages) and the counting triggers
     * (status counts, report rollups) skip, so neither kind can reach them.
     */
    offBooks: boolean().notNull().generatedAlwaysAs(sql`is_canary or mode = 'test'`),
    /** When the buyer accepted the risk of an item judged "castable with risk" (items say which). */
    castabilityRiskAcceptedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    /**
     * The change number: the id (xid8) of the transaction that last changed the order, set by the
     * `orders_change_number` trigger on every version bump. The partners' change feed walks it below
     * the snapshot's xmin, so a transaction still open can never be overtaken (see the README).
     */
    changeNumber: bigint({ mode: 'number' }).notNull().default(sql`pg_current_xact_id()::text::bigint`),
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
    index('orders_customer_idx').on(
      t.customerUserId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('orders_client_idx').on(t.clientId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // The sellers' list by total, highest or lowest first (unpriced orders sort below every priced one).
    index('orders_total_idx').on(sql`coalesce(${t.totalCents}, -1) desc`, t.id.desc().nullsFirst()),
    // Orders whose promised date still matters, newest first: the overdue list reads only these (the
    // trailing columns let it skip the ones not yet due without reading the table).
    index('orders_unfinished_created_idx')
      .on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst(), t.promisedAt, t.offBooks)
      .where(sql`${t.status} not in ('SHIPPED', 'CLOSED', 'REJECTED', 'CANCELLED')`),
    // The late list: every order in a status with a time limit, by when it entered that status (the
    // trailing columns let the list and its count read the index alone).
    index('orders_watched_idx')
      .on(t.status, t.statusChangedAt, t.id, t.promisedAt, t.offBooks)
      .where(
        sql`${t.status} in ('SUBMITTED', 'PRICE_CALCULATED', 'MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'SHIPPED', 'ON_HOLD')`,
      ),
    // …and those of them with a promised date that has not shipped, by that date.
    index('orders_promised_idx')
      .on(t.promisedAt, t.id, t.status, t.statusChangedAt, t.offBooks)
      .where(
        sql`${t.promisedAt} is not null and ${t.status} in ('SUBMITTED', 'PRICE_CALCULATED', 'MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'ON_HOLD')`,
      ),
    index('orders_partner_created_idx').on(
      t.partnerId,
      t.mode,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('orders_partner_change_idx').on(t.partnerId, t.mode, t.changeNumber, t.id),
    // A reference is unique per partner and mode: a sandbox order may reuse a live order's reference.
    uniqueIndex('orders_partner_ref_key').on(t.partnerId, t.mode, t.externalRef),
    // The sweeper's look-up of sandbox orders the sandbox job should have moved on (core/system/find-stalled-work).
    index('orders_sandbox_idx')
      .on(t.statusChangedAt)
      .where(
        sql`${t.mode} = 'test' and ${t.status} in ('PRICE_CALCULATED', 'MANUFACTURING_APPROVED', 'MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING')`,
      ),
    // Retention: closed canary orders past their time (core/system/prune-old-records).
    index('orders_canary_idx').on(t.updatedAt).where(sql`${t.isCanary}`),
  ],
);

export const orderItems = ordersSchema.table(
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
    /** The currency of the unit price and its breakdown. */
    currency: text().notNull().default('EUR'),
    priceBreakdown: jsonb(),
    /**
     * The castability verdict (core's `ZCastability`) judged when the item was added, or when the order
     * was priced if its model was still being analysed; later rule changes never alter it.
     */
    castability: jsonb(),
    /** The buyer accepted the risk of a verdict "castable with risk". */
    castabilityRiskAccepted: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index('order_items_order_idx').on(t.orderId, t.position),
    index('order_items_model_idx').on(t.modelId),
  ],
);

/** The timeline: one row for every change of an order, written in the same transaction. */
export const orderEvents = ordersSchema.table(
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
  (t) => [
    uniqueIndex('order_events_order_version_key').on(t.orderId, t.version),
    // What each operator finished, by period (core/production/get-operator-earnings).
    index('order_events_finished_by_idx')
      .on(t.actorUserId, t.createdAt)
      .where(sql`${t.toStatus} = 'MANUFACTURING_COMPLETED' and ${t.type} = 'status_changed'`),
  ],
);

/** How many counter rows each status has; writers spread over them (see `order_status_counts_track`). */
export const ORDER_STATUS_COUNT_STRIPES = 64;

/**
 * Counts kept by a trigger on `orders`, so a dashboard never counts the whole table. Each status has
 * up to ORDER_STATUS_COUNT_STRIPES rows: a writing transaction adds to a stripe no concurrent
 * transaction holds, so creations and claims never queue on one hot row. A status's count is the sum
 * of its stripes.
 */
export const orderStatusCounts = ordersSchema.table(
  'order_status_counts',
  {
    status: orderStatusEnum().notNull(),
    stripe: smallint().notNull().default(0),
    count: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.status, t.stripe] })],
);

/**
 * An order that stayed in one status longer than its limit (core/sla/stuck-limits), flagged once per
 * stay: the unique key is the order, the status and the moment it entered that status. The breach
 * is open while the order is still in that stay; `resolvedAt` records when it left.
 */
export const slaBreaches = ordersSchema.table(
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

/**
 * Published for the other contexts (migration 0020): an order's head as the workshop, the CRM,
 * casting, earnings and the partners read it — without its price breakdown, shipping address or
 * bookkeeping columns. A plain projection of `orders`, so a query keeps the table's indexes.
 */
export const orderSummaries = ordersSchema
  .view('order_summaries', {
    id: uuid().notNull(),
    number: bigint({ mode: 'number' }).notNull(),
    status: orderStatusEnum().notNull(),
    version: integer().notNull(),
    channel: orderChannelEnum().notNull(),
    customerUserId: uuid(),
    clientId: uuid(),
    partnerId: uuid(),
    externalRef: text(),
    mode: apiModeEnum().notNull(),
    alloyCode: text(),
    currency: text().notNull(),
    totalCents: integer(),
    leadTimeDays: integer(),
    promisedAt: timestamp({ withTimezone: true }),
    statusReason: text(),
    heldFromStatus: orderStatusEnum(),
    claimedById: uuid(),
    claimedAt: timestamp({ withTimezone: true }),
    statusChangedAt: timestamp({ withTimezone: true }).notNull(),
    offBooks: boolean().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  })
  .existing();

/** Published: an order's items, what to make and at what price (every column but the alloy's id). */
export const orderLines = ordersSchema
  .view('order_lines', {
    id: uuid().notNull(),
    orderId: uuid().notNull(),
    position: integer().notNull(),
    modelId: uuid().notNull(),
    alloyCode: text().notNull(),
    finish: finishEnum().notNull(),
    ringSize: numeric({ mode: 'number', precision: 5, scale: 1 }),
    scale: numeric({ mode: 'number', precision: 6, scale: 3 }).notNull(),
    quantity: integer().notNull(),
    engraving: text(),
    unitPriceCents: integer(),
    currency: text().notNull(),
    priceBreakdown: jsonb(),
    castability: jsonb(),
    castabilityRiskAccepted: boolean().notNull(),
  })
  .existing();

/** Published: an order's timeline, as every screen that shows it reads it. */
export const orderTimeline = ordersSchema
  .view('order_timeline', {
    id: bigint({ mode: 'number' }).notNull(),
    orderId: uuid().notNull(),
    version: integer().notNull(),
    type: text().notNull(),
    fromStatus: orderStatusEnum(),
    toStatus: orderStatusEnum(),
    actorKind: eventActorKindEnum().notNull(),
    actorUserId: uuid(),
    actorPartnerId: uuid(),
    actorName: text().notNull(),
    reason: text(),
    data: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  })
  .existing();

/**
 * Published for the partner API (migration 0023): a partner's order as its routes and the sandbox job
 * read it — the head a partner is shown, the change number and last change its feed walks, and the
 * customer and claiming operator only for the one rule of who may see an order. A plain projection of
 * `orders`, so a partner's keyset page and change feed keep their indexes.
 */
export const partnerOrders = ordersSchema
  .view('partner_orders', {
    id: uuid().notNull(),
    number: bigint({ mode: 'number' }).notNull(),
    partnerId: uuid(),
    mode: apiModeEnum().notNull(),
    externalRef: text(),
    status: orderStatusEnum().notNull(),
    version: integer().notNull(),
    changeNumber: bigint({ mode: 'number' }).notNull(),
    totalCents: integer(),
    currency: text().notNull(),
    leadTimeDays: integer(),
    promisedAt: timestamp({ withTimezone: true }),
    statusReason: text(),
    statusReasonMessage: jsonb(),
    customerUserId: uuid(),
    claimedById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    statusChangedAt: timestamp({ withTimezone: true }).notNull(),
  })
  .existing();
