import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CASTING_TREE_STATUSES, PAY_RATE_KINDS } from '../enums';
import { createdAt, id, updatedAt } from './columns';
import { productionSchema } from './contexts';
import { users } from './identity';
import { orders } from './orders';
import { alloys } from './pricing';

/** Every claim of an order by an operator: what operators are paid by. */
export const claims = productionSchema.table(
  'claims',
  {
    id: id(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    operatorId: uuid()
      .notNull()
      .references(() => users.id),
    claimedAt: createdAt(),
    releasedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('claims_operator_idx').on(t.operatorId, t.claimedAt.desc().nullsFirst()),
    index('claims_order_idx').on(t.orderId),
  ],
);

export const productionNotes = productionSchema.table(
  'production_notes',
  {
    id: id(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('production_notes_order_idx').on(t.orderId, t.createdAt)],
);

export const castingTreeStatusEnum = pgEnum('casting_tree_status', CASTING_TREE_STATUSES);
const grams = () => numeric({ mode: 'number', precision: 10, scale: 2 });

/**
 * A casting tree: wax pieces of one alloy on one flask, cast together. Weights are in grams; the wax
 * ratio and sprue allowance are the alloy's at the time the wax was weighed.
 */
export const castingTrees = productionSchema.table(
  'casting_trees',
  {
    id: id(),
    flaskNumber: integer().notNull(),
    status: castingTreeStatusEnum().notNull().default('OPEN'),
    alloyId: uuid()
      .notNull()
      .references(() => alloys.id),
    alloyCode: text().notNull(),
    operatorId: uuid()
      .notNull()
      .references(() => users.id),
    waxWeightG: grams(),
    waxRatio: numeric({ mode: 'number', precision: 6, scale: 3 }),
    sprueAllowanceG: grams(),
    metalToIssueG: grams(),
    metalIssuedG: grams(),
    returnedPiecesG: grams(),
    returnedButtonG: grams(),
    returnedScrapG: grams(),
    lossG: grams(),
    /** The alloy's price per gram when cast: what the loss cost. */
    pricePerGramCents: integer(),
    currency: text().notNull().default('EUR'),
    castAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // A flask holds one tree at a time.
    uniqueIndex('casting_trees_open_flask_key').on(t.flaskNumber).where(sql`${t.status} = 'OPEN'`),
    index('casting_trees_operator_idx').on(t.operatorId, t.createdAt.desc().nullsFirst()),
    index('casting_trees_operator_cast_idx').on(t.operatorId, t.castAt).where(sql`${t.status} = 'CAST'`),
  ],
);

/** Which orders are on which tree; an order leaves an open tree when it is released or cancelled. */
export const castingTreeOrders = productionSchema.table(
  'casting_tree_orders',
  {
    id: id(),
    treeId: uuid()
      .notNull()
      .references(() => castingTrees.id, { onDelete: 'cascade' }),
    orderId: uuid()
      .notNull()
      .references(() => orders.id),
    addedAt: createdAt(),
    removedAt: timestamp({ withTimezone: true }),
    removedReason: text(),
    /** The same as a catalogue message (`{ key, params }`), said in each reader's language. */
    removedMessage: jsonb(),
  },
  (t) => [
    uniqueIndex('casting_tree_orders_current_key').on(t.orderId).where(sql`${t.removedAt} is null`),
    index('casting_tree_orders_tree_idx').on(t.treeId, t.addedAt),
  ],
);

/** The tree's timeline: built, orders in and out, wax weighed, cast. */
export const castingTreeEvents = productionSchema.table(
  'casting_tree_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    treeId: uuid()
      .notNull()
      .references(() => castingTrees.id, { onDelete: 'cascade' }),
    type: text().notNull(),
    orderId: uuid().references(() => orders.id),
    actorName: text().notNull(),
    message: text().notNull(),
    data: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [index('casting_tree_events_tree_idx').on(t.treeId, t.id)],
);

export const payRateKindEnum = pgEnum('pay_rate_kind', PAY_RATE_KINDS);

/** The operators' pay rate an admin set; the newest row is in force, older ones are its history. */
export const operatorPayRates = productionSchema.table(
  'operator_pay_rates',
  {
    id: id(),
    kind: payRateKindEnum().notNull(),
    perOrderCents: integer().notNull().default(0),
    currency: text().notNull().default('EUR'),
    workSharePct: numeric({ mode: 'number', precision: 5, scale: 2 }).notNull().default(0),
    setById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('operator_pay_rates_created_idx').on(t.createdAt.desc().nullsFirst())],
);
