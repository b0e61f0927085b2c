import { boolean, index, integer, jsonb, numeric, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns';
import { catalogSchema } from './contexts';
import { users } from './identity';

export const alloys = catalogSchema.table('alloys', {
  id: id(),
  /** Stable code used by the API, e.g. `AU750Y`. */
  code: text().notNull().unique(),
  name: text().notNull(),
  metal: text().notNull(),
  colour: text().notNull(),
  densityGPerCm3: numeric({ mode: 'number', precision: 6, scale: 3 }).notNull(),
  pricePerGramCents: integer().notNull(),
  /** The currency of the price and work rates (the installation's). */
  currency: text().notNull().default('EUR'),
  castingLossPct: numeric({ mode: 'number', precision: 5, scale: 2 }).notNull(),
  /** Grams of this alloy a gram of wax turns into (the alloy's density over the wax's). */
  waxRatio: numeric({ mode: 'number', precision: 6, scale: 3 }).notNull().default(10),
  /** Metal added to every tree for its button and sprues, in grams. */
  sprueAllowanceG: numeric({ mode: 'number', precision: 8, scale: 2 }).notNull().default(20),
  /** Work rates: casting base, per cm² of surface, per 10k triangles of detail, finishes, options. */
  workRates: jsonb().notNull(),
  /**
   * What the workshop casts in this alloy (minimum wall, wire, detail; largest piece): core's
   * `ZDesignRules`. Every version is kept in alloy_design_rule_history.
   */
  designRules: jsonb().notNull(),
  active: boolean().notNull().default(true),
  sortOrder: integer().notNull().default(0),
  updatedAt: updatedAt(),
});

/**
 * Published for the other contexts (migration 0021): every alloy, retired ones too (`active` false),
 * with the figures in force now — what it is called, what a gram costs and in which currency, what
 * casting loses, how wax turns into metal, its work rates and design rules. The orders, the shop,
 * castability and casting price, judge and cast with it; the history tables keep earlier versions.
 */
export const currentAlloys = catalogSchema
  .view('current_alloys', {
    id: uuid().notNull(),
    code: text().notNull(),
    name: text().notNull(),
    densityGPerCm3: numeric({ mode: 'number', precision: 6, scale: 3 }).notNull(),
    pricePerGramCents: integer().notNull(),
    currency: text().notNull(),
    castingLossPct: numeric({ mode: 'number', precision: 5, scale: 2 }).notNull(),
    waxRatio: numeric({ mode: 'number', precision: 6, scale: 3 }).notNull(),
    sprueAllowanceG: numeric({ mode: 'number', precision: 8, scale: 2 }).notNull(),
    workRates: jsonb().notNull(),
    designRules: jsonb().notNull(),
    active: boolean().notNull(),
  })
  .existing();

/** Every version an admin saved; quotes keep the values they were made with. */
export const alloyPriceHistory = catalogSchema.table(
  'alloy_price_history',
  {
    id: id(),
    alloyId: uuid()
      .notNull()
      .references(() => alloys.id),
    densityGPerCm3: numeric({ mode: 'number', precision: 6, scale: 3 }).notNull(),
    pricePerGramCents: integer().notNull(),
    currency: text().notNull().default('EUR'),
    castingLossPct: numeric({ mode: 'number', precision: 5, scale: 2 }).notNull(),
    workRates: jsonb().notNull(),
    changedById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('alloy_price_history_alloy_idx').on(t.alloyId, t.createdAt.desc().nullsFirst())],
);

/**
 * Prices of the stones the constructor sets, per cut and carat band (the band starting at
 * `minCarats`), per carat. Rows are only added: the newest row of a cut and band is the price in
 * force, the older ones its history. Quotes keep the amounts they were made with.
 */
export const stonePrices = catalogSchema.table(
  'stone_prices',
  {
    id: id(),
    cut: text().notNull(),
    minCarats: numeric({ mode: 'number', precision: 6, scale: 3 }).notNull(),
    pricePerCaratCents: integer().notNull(),
    changedById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('stone_prices_band_idx').on(t.cut, t.minCarats, t.createdAt.desc())],
);

/** Every version of an alloy's design rules an admin saved; orders keep the verdict they were placed with. */
export const alloyDesignRuleHistory = catalogSchema.table(
  'alloy_design_rule_history',
  {
    id: id(),
    alloyId: uuid()
      .notNull()
      .references(() => alloys.id),
    designRules: jsonb().notNull(),
    changedById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('alloy_design_rule_history_alloy_idx').on(t.alloyId, t.createdAt.desc().nullsFirst())],
);
