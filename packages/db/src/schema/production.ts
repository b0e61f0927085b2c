import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { users } from './identity';
import { orders } from './orders';

/** Every claim of an order by an operator: what operators are paid by. */
export const claims = pgTable(
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

export const productionNotes = pgTable(
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
