import { boolean, index, integer, jsonb, numeric, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { users } from './identity';

export const alloys = pgTable('alloys', {
  id: id(),
  /** Stable code used by the API, e.g. `AU750Y`. */
  code: text().notNull().unique(),
  name: text().notNull(),
  metal: text().notNull(),
  colour: text().notNull(),
  densityGPerCm3: numeric({ mode: 'number', precision: 6, scale: 3 }).notNull(),
  pricePerGramCents: integer().notNull(),
  castingLossPct: numeric({ mode: 'number', precision: 5, scale: 2 }).notNull(),
  /** Work rates: casting base, per cm² of surface, per 10k triangles of detail, finishes, options. */
  workRates: jsonb().notNull(),
  active: boolean().notNull().default(true),
  sortOrder: integer().notNull().default(0),
  updatedAt: updatedAt(),
});

/** Every version an admin saved; quotes keep the values they were made with. */
export const alloyPriceHistory = pgTable(
  'alloy_price_history',
  {
    id: id(),
    alloyId: uuid()
      .notNull()
      .references(() => alloys.id),
    densityGPerCm3: numeric({ mode: 'number', precision: 6, scale: 3 }).notNull(),
    pricePerGramCents: integer().notNull(),
    castingLossPct: numeric({ mode: 'number', precision: 5, scale: 2 }).notNull(),
    workRates: jsonb().notNull(),
    changedById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('alloy_price_history_alloy_idx').on(t.alloyId, t.createdAt.desc().nullsFirst())],
);
