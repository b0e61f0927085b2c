import { pgSchema } from 'drizzle-orm/pg-core';

/**
 * One Postgres schema per bounded context: each table sits in its owner's schema, and the owner's
 * code in core is the only code that writes it (README: Architecture, the context map). The enums
 * and the trigger functions stay in `public`, the vocabulary every context shares.
 */
export const identitySchema = pgSchema('identity');
/** Alloys, their prices and design rules, stone prices: what the workshop sells and at what price. */
export const catalogSchema = pgSchema('catalog');
/** Uploaded and built designs and their analyses. */
export const modelsSchema = pgSchema('models');
/** Orders, their items and timeline, the counts and rollups their triggers keep, SLA breaches. */
export const ordersSchema = pgSchema('orders');
/** Clients, contacts, notes and the approval rules sellers set. */
export const crmSchema = pgSchema('crm');
/** Claims, production notes, casting trees and operators' pay rates. */
export const productionSchema = pgSchema('production');
/** Partners, their API keys, webhooks, idempotency records and request log. */
export const partnersSchema = pgSchema('partners');
/** The outbox, job runs and canary runs: the machinery every context leans on. */
export const platformSchema = pgSchema('platform');
