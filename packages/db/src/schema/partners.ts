import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { WEBHOOK_DELIVERY_STATUSES } from '../enums';
import { createdAt, id } from './columns';
import { clients } from './crm';
import { users } from './identity';

export const partners = pgTable(
  'partners',
  {
    id: id(),
    clientId: uuid()
      .notNull()
      .references(() => clients.id),
    name: text().notNull(),
    /** Name of the rate-limit tier (see core/partners/rate-limit-tiers). */
    rateLimitTier: text().notNull().default('standard'),
    autoApprove: boolean().notNull().default(false),
    /** The worker's own partner for canary orders (core/canary): never listed to sellers. */
    isCanary: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('partners_client_key').on(t.clientId),
    uniqueIndex('partners_canary_key').on(t.isCanary).where(sql`${t.isCanary}`),
  ],
);

export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id),
    name: text().notNull(),
    /** Public, readable start of the key, e.g. `fct_live_3kq9`. */
    prefix: text().notNull(),
    /** SHA-256 of the whole key (keys are 160 random bits, so a fast hash is enough). */
    keyHash: text().notNull(),
    lastFour: text().notNull(),
    scopes: text().array().notNull(),
    createdById: uuid().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('api_keys_hash_key').on(t.keyHash), index('api_keys_partner_idx').on(t.partnerId)],
);

export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: id(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id),
    url: text().notNull(),
    /** Signing secret; it must be readable to sign, so it is stored as is and shown once. */
    secret: text().notNull(),
    description: text(),
    consecutiveFailures: integer().notNull().default(0),
    disabledAt: timestamp({ withTimezone: true }),
    disabledReason: text(),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_endpoints_partner_idx').on(t.partnerId)],
);

export const webhookDeliveryStatusEnum = pgEnum('webhook_delivery_status', WEBHOOK_DELIVERY_STATUSES);

export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    endpointId: uuid()
      .notNull()
      .references(() => webhookEndpoints.id),
    /** The outbox row that caused it: one delivery per endpoint and event. */
    eventKey: text().notNull(),
    eventType: text().notNull(),
    orderId: uuid(),
    payload: jsonb().notNull(),
    status: webhookDeliveryStatusEnum().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    lastStatusCode: integer(),
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }),
    deliveredAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_key').on(t.endpointId, t.eventKey),
    index('webhook_deliveries_endpoint_idx').on(t.endpointId, t.createdAt.desc().nullsFirst()),
    index('webhook_deliveries_order_idx').on(t.orderId),
  ],
);

export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: id(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer().notNull(),
    statusCode: integer(),
    error: text(),
    durationMs: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.attempt)],
);

export const idempotencyRecords = pgTable(
  'idempotency_records',
  {
    partnerId: uuid()
      .notNull()
      .references(() => partners.id),
    key: text().notNull(),
    method: text().notNull(),
    path: text().notNull(),
    /** SHA-256 of the request body: the same key with another body is refused. */
    requestHash: text().notNull(),
    /** Null only in records an older version wrote for a request in flight; they are taken over. */
    responseStatus: integer(),
    responseBody: text(),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull().default(sql`now() + interval '24 hours'`),
  },
  (t) => [primaryKey({ columns: [t.partnerId, t.key] }), index('idempotency_expires_idx').on(t.expiresAt)],
);

export const approvalRuleKindEnum = pgEnum('approval_rule_kind', ['partner', 'below_price']);

/** Rules that approve priced orders for production without a seller. */
export const approvalRules = pgTable(
  'approval_rules',
  {
    id: id(),
    kind: approvalRuleKindEnum().notNull(),
    /** For `partner` rules: every priced order of this partner. */
    partnerId: uuid().references(() => partners.id),
    /** For `below_price` rules: orders whose total is at most this. */
    maxTotalCents: integer(),
    active: boolean().notNull().default(true),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('approval_rules_active_idx').on(t.active, t.kind)],
);
