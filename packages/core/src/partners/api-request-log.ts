import type { DbOrTx } from '@facet/db/client';
import { apiRequests } from '@facet/db/schema/partners';
import { and, desc, eq, gte, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import { type Actor, actorMode } from '../shared/actor';
import { decodeCursor, encodeCursor } from '../shared/keyset-cursor';
import { assertCanManagePartner } from './partner-access';

/** Requests are kept this long (pruned by the maintenance queue's retention pass). */
export const API_REQUEST_RETENTION_DAYS = 30;

/** What is kept of one partner API request: never a body, a header value or a key, only its prefix. */
export interface ApiRequestEntry {
  partnerId: string | null;
  apiKeyId: string | null;
  keyPrefix: string | null;
  mode: 'live' | 'test';
  method: string;
  /** The route template, `/api/v1/orders/{id}`. */
  route: string;
  status: number;
  durationMs: number;
  requestId: string;
  idempotencyKey: string | null;
  apiVersion: string | null;
  at: Date;
}

/** Writes a batch of log entries in one statement (the web app buffers them off the request path). */
export async function recordApiRequests(db: DbOrTx, entries: readonly ApiRequestEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insert(apiRequests).values(
    entries.map(({ at, durationMs, idempotencyKey, ...entry }) => ({
      ...entry,
      durationMs: Math.max(0, Math.round(durationMs)),
      idempotencyKey: idempotencyKey?.slice(0, 255) ?? null,
      createdAt: at,
    })),
  );
}

const STATUS_FILTER = /^[1-5](?:xx|\d\d)$/;

export const ZApiRequestFilter = z.object({
  /** An exact status (`429`) or a class (`4xx`). */
  status: z.string().regex(STATUS_FILTER, fieldMessage('api.log-status-invalid')).max(3).optional(),
  /** A route template as listed, e.g. `/api/v1/orders/{id}`. */
  route: z.string().trim().min(1).max(200).optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type TApiRequestFilter = z.input<typeof ZApiRequestFilter>;

export const ZApiRequest = z
  .object({
    id: z.string().uuid(),
    at: z.iso.datetime(),
    method: z.string().max(10),
    route: z.string().max(200).meta({ example: '/api/v1/orders/{id}' }),
    status: z.number().int().min(100).max(599),
    durationMs: z.number().int().min(0).max(2_147_483_647),
    requestId: z.string().max(128),
    idempotencyKey: z.string().max(255).nullable(),
    /** The readable start of the key that made it, e.g. `fct_live_3kq9`. */
    keyPrefix: z.string().max(40).nullable(),
    mode: z.enum(['live', 'test']),
    apiVersion: z.string().max(10).nullable(),
  })
  .meta({ id: 'ApiRequest' });
export type TApiRequest = z.infer<typeof ZApiRequest>;

export const ZApiRequestPage = z
  .object({
    data: z.array(ZApiRequest).max(100),
    /** Pass as `cursor` for the next (older) page; null on the last page. */
    nextCursor: z.string().max(200).nullable(),
  })
  .meta({ id: 'ApiRequestPage' });
export type TApiRequestPage = z.infer<typeof ZApiRequestPage>;

const ZCursor = z.object({ at: z.coerce.date(), id: z.string().uuid() });

function statusCondition(status: string): SQL {
  if (status.endsWith('xx')) {
    const base = Number(status[0]) * 100;
    return and(gte(apiRequests.status, base), lt(apiRequests.status, base + 100)) as SQL;
  }
  return eq(apiRequests.status, Number(status));
}

/**
 * One partner's requests, newest first, keyset-paginated (time, then id). A partner reads its own
 * only (the API passes its own id), and of its key's mode only: a test key sees the sandbox's
 * requests, a live key the live ones. Sellers and admins read any partner's, both modes (the CRM).
 */
export async function listApiRequests(
  db: DbOrTx,
  actor: Actor,
  partnerId: string,
  rawFilter: TApiRequestFilter = {},
): Promise<TApiRequestPage> {
  assertCanManagePartner(actor, partnerId);
  const filter = ZApiRequestFilter.parse(rawFilter);
  const after = filter.cursor
    ? decodeCursor(ZCursor, filter.cursor, domainMessage('api.log-cursor-invalid'))
    : null;
  const rows = await db
    .select()
    .from(apiRequests)
    .where(
      and(
        eq(apiRequests.partnerId, partnerId),
        actor.kind === 'partner' ? eq(apiRequests.mode, actorMode(actor)) : undefined,
        filter.status ? statusCondition(filter.status) : undefined,
        filter.route ? eq(apiRequests.route, filter.route) : undefined,
        filter.from ? gte(apiRequests.createdAt, filter.from) : undefined,
        filter.to ? lte(apiRequests.createdAt, filter.to) : undefined,
        after
          ? or(
              lt(apiRequests.createdAt, after.at),
              and(eq(apiRequests.createdAt, after.at), sql`${apiRequests.id} < ${after.id}`),
            )
          : undefined,
      ),
    )
    .orderBy(desc(apiRequests.createdAt), desc(apiRequests.id))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    data: page.map((row) => ({
      id: row.id,
      at: row.createdAt.toISOString(),
      method: row.method,
      route: row.route,
      status: row.status,
      durationMs: row.durationMs,
      requestId: row.requestId,
      idempotencyKey: row.idempotencyKey,
      keyPrefix: row.keyPrefix,
      mode: row.mode === 'test' ? 'test' : 'live',
      apiVersion: row.apiVersion,
    })),
    nextCursor: rows.length > filter.limit && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null,
  };
}
