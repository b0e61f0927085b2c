import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { API_MODES, WEBHOOK_DELIVERY_STATUSES } from '../enums';
import { createdAt, id } from './columns';
import { partnersSchema } from './contexts';
import { clients } from './crm';
import { users } from './identity';

export const partners = partnersSchema.table(
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

/** Live (real business) or test (the sandbox: README, Partner API, Sandbox). */
export const apiModeEnum = pgEnum('api_mode', API_MODES);

export const apiKeys = partnersSchema.table(
  'api_keys',
  {
    id: id(),
    partnerId: uuid()
      .notNull()
      .references(() => partners.id),
    name: text().notNull(),
    /** Public, readable start of the key, e.g. `fct_live_3kq9` (or `fct_test_…` for a test key). */
    prefix: text().notNull(),
    /** A test key places sandbox orders, which the workshop never sees, and sees only those. */
    mode: apiModeEnum().notNull().default('live'),
    /** SHA-256 of the whole key (keys are 160 random bits, so a fast hash is enough). */
    keyHash: text().notNull(),
    lastFour: text().notNull(),
    scopes: text().array().notNull(),
    /** The API version (`Facet-Version`, a date) current when the key was made: its requests get it by default. */
    apiVersion: text().notNull().default('2026-12-01'),
    createdById: uuid().references(() => users.id),
    revokedAt: timestamp({ withTimezone: true }),
    lastUsedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('api_keys_hash_key').on(t.keyHash), index('api_keys_partner_idx').on(t.partnerId)],
);

export const webhookEndpoints = partnersSchema.table(
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
    /** Live endpoints hear of live orders only, test endpoints of sandbox orders only. */
    mode: apiModeEnum().notNull().default('live'),
    consecutiveFailures: integer().notNull().default(0),
    disabledAt: timestamp({ withTimezone: true }),
    disabledReason: text(),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_endpoints_partner_idx').on(t.partnerId)],
);

export const webhookDeliveryStatusEnum = pgEnum('webhook_delivery_status', WEBHOOK_DELIVERY_STATUSES);

export const webhookDeliveries = partnersSchema.table(
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
    // Retention: settled deliveries past their time, with their attempts (core/system/prune-old-records).
    index('webhook_deliveries_settled_idx').on(t.createdAt).where(sql`${t.status} <> 'pending'`),
  ],
);

export const webhookAttempts = partnersSchema.table(
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

/**
 * Published for the flight recorder (migration 0024): an order's webhook deliveries, each with its
 * event and the endpoint's URL — not the endpoint's secret nor the payload. Found by order with
 * `webhook_deliveries_order_idx`.
 */
export const webhookDeliveryLog = partnersSchema
  .view('webhook_delivery_log', {
    id: uuid().notNull(),
    orderId: uuid(),
    eventType: text().notNull(),
    endpointUrl: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  })
  .existing();

/** Published for the flight recorder (migration 0024): each attempt of a delivery and its answer. */
export const webhookAttemptLog = partnersSchema
  .view('webhook_attempt_log', {
    id: uuid().notNull(),
    deliveryId: uuid().notNull(),
    attempt: integer().notNull(),
    statusCode: integer(),
    error: text(),
    durationMs: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  })
  .existing();

export const idempotencyRecords = partnersSchema.table(
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

/**
 * One row per partner API request (never a body or a secret): what the CRM's partner page and
 * `GET /api/v1/requests` show. Written in batches after the response; kept 30 days (core/system/prune-old-records).
 */
export const apiRequests = partnersSchema.table(
  'api_requests',
  {
    id: id(),
    /** Null when no key was recognised (missing, malformed or unknown). */
    partnerId: uuid().references(() => partners.id),
    apiKeyId: uuid(),
    /** The readable start of the key, e.g. `fct_live_3kq9`. */
    keyPrefix: text(),
    mode: text().notNull().default('live'),
    method: text().notNull(),
    /** The route template, `/api/v1/orders/{id}`, never the path with its ids and query. */
    route: text().notNull(),
    status: integer().notNull(),
    durationMs: integer().notNull(),
    requestId: text().notNull(),
    idempotencyKey: text(),
    apiVersion: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index('api_requests_partner_idx').on(
      t.partnerId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('api_requests_created_idx').on(t.createdAt),
  ],
);

/**
 * Non-public networks an admin lets webhook endpoints reach (an on-premises receiver), as CIDRs. The
 * newest row is in force, older ones are its history; `WEBHOOK_ALLOWED_NETWORKS` stays allowed beside it.
 */
export const webhookAllowLists = partnersSchema.table(
  'webhook_allow_lists',
  {
    id: id(),
    networks: text().array().notNull(),
    setById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_allow_lists_created_idx').on(t.createdAt.desc().nullsFirst())],
);
