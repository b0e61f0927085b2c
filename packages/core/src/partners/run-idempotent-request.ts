import type { Db, DbOrTx } from '@facet/db/client';
import { placeholdersFor, preparedQuery, preparedRead } from '@facet/db/prepared';
import { idempotencyRecords } from '@facet/db/schema/partners';
import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import { DomainError } from '../shared/errors';

/** How long a key's response is kept and replayed (the records' `expires_at` default is the same). */
export const IDEMPOTENCY_TTL_HOURS = 24;

export const ZIdempotencyKey = z
  .string()
  .min(1, fieldMessage('api.idempotency-key-empty'))
  .max(255, fieldMessage('api.idempotency-key-long'))
  .regex(/^[\x21-\x7e]+$/, fieldMessage('api.idempotency-key-invalid'));

export interface IdempotentRequest {
  partnerId: string;
  key: string;
  /** The calling key's mode: a test key's keys are its own, never a live key's (and the other way round). */
  mode?: 'live' | 'test';
  method: string;
  path: string;
  /** SHA-256 of the request's content: the same key with other content is refused. */
  requestHash: string;
}

export interface StoredResponse {
  status: number;
  body: string;
}

export interface IdempotentOutcome extends StoredResponse {
  /** True when this is the stored answer to an earlier request with the same key. */
  replayed: boolean;
}

export interface RunIdempotentOptions {
  /**
   * For a request whose work threw: the response to store and replay (the caller's own error
   * format), or null to forget the key so the request may be retried (unexpected failures).
   */
  responseForError: (error: unknown) => StoredResponse | null;
}

/**
 * Runs `work` at most once per partner and idempotency key, the way Stripe and the IETF
 * Idempotency-Key draft describe: the same key and content get the first response back, byte for
 * byte; the same key with other content is refused (UNPROCESSABLE); a key whose first request is
 * still running is refused (CONFLICT).
 *
 * The work and the response stored with it share one transaction holding a transaction-scoped
 * advisory lock on the key. "In flight" is that lock, so a request that died (its process killed, its
 * connection dropped) released the key with its rollback and a retry may run at once; nothing
 * half-done is ever stored. A refused request's work is rolled back with its transaction, and its
 * refusal stored in a second one, under the lock again (a refusal is rare; a savepoint around every
 * request's work would cost each two statements).
 */
export async function runIdempotentRequest(
  db: Db,
  request: IdempotentRequest,
  work: (tx: Db) => Promise<StoredResponse>,
  options: RunIdempotentOptions,
): Promise<IdempotentOutcome> {
  // Stored apart per mode: the same Idempotency-Key sent with a test key and a live key are two requests.
  const key = { ...request, storedKey: request.mode === 'test' ? `test/${request.key}` : request.key };
  let failure: { error: unknown } | null = null;
  try {
    return await db.transaction(async (tx) => {
      const earlier = await lockKey(tx, key);
      if (earlier) return earlier;
      let response: StoredResponse;
      try {
        response = await work(tx as unknown as Db);
      } catch (error) {
        failure = { error };
        throw error;
      }
      await storeResponse(tx, key, response);
      return { ...response, replayed: false };
    });
  } catch (error) {
    const refused = failure as { error: unknown } | null;
    if (refused?.error !== error) throw error;
    const stored = options.responseForError(error);
    if (!stored) throw error;
    return db.transaction(async (tx) => {
      // Another request with the key may have run and stored its answer meanwhile: that one stands.
      const earlier = await lockKey(tx, key);
      if (earlier) return earlier;
      await storeResponse(tx, key, stored);
      return { ...stored, replayed: false };
    });
  }
}

type KeyedRequest = IdempotentRequest & { storedKey: string };

/** Takes the key's lock (or refuses: in use) and answers its stored response, if it has one. */
async function lockKey(tx: DbOrTx, request: KeyedRequest): Promise<IdempotentOutcome | null> {
  // Sent together, run in turn: the lock is queued first (a preparedRead is sent as it is called), so
  // the record is read after the lock is taken, in a snapshot of its own (read committed), and an
  // answer committed by the lock's last holder is seen.
  const [[lock], [existing]] = await Promise.all([
    lockRecordKey.run(tx, { lockKey: `${request.partnerId}/${request.storedKey}` }),
    findRecord.run(tx, { partnerId: request.partnerId, key: request.storedKey }),
  ]);
  if (!lock?.locked) {
    throw new DomainError(
      'CONFLICT',
      domainMessage('api.idempotency-key-in-use', { key: request.key }),
      { field: 'Idempotency-Key' },
      'idempotency-key-in-use',
    );
  }
  if (!existing || existing.responseStatus === null || existing.responseBody === null) return null;
  if (
    existing.requestHash !== request.requestHash ||
    existing.method !== request.method ||
    existing.path !== request.path
  ) {
    throw new DomainError(
      'UNPROCESSABLE',
      domainMessage('api.idempotency-key-reused', {
        key: request.key,
        method: existing.method,
        path: existing.path,
      }),
      { field: 'Idempotency-Key' },
      'idempotency-key-reused',
    );
  }
  return { status: existing.responseStatus, body: existing.responseBody, replayed: true };
}

async function storeResponse(tx: DbOrTx, request: KeyedRequest, response: StoredResponse): Promise<void> {
  await upsertRecord.run(tx, {
    partnerId: request.partnerId,
    key: request.storedKey,
    method: request.method,
    path: request.path,
    requestHash: request.requestHash,
    responseStatus: response.status,
    responseBody: response.body,
  });
}

// Every idempotent request runs these three: built once (see preparedQuery).
const lockRecordKey = preparedRead<{ locked: boolean }>(
  () => sql`select pg_try_advisory_xact_lock(hashtextextended(${sql.placeholder('lockKey')}, 0)) as locked`,
);

const findRecord = preparedQuery('find_idempotency_record', (db) =>
  db
    .select()
    .from(idempotencyRecords)
    .where(
      and(
        eq(idempotencyRecords.partnerId, sql.placeholder('partnerId')),
        eq(idempotencyRecords.key, sql.placeholder('key')),
        gt(idempotencyRecords.expiresAt, sql`now()`),
      ),
    )
    .limit(1),
);

/** An expired record of the same key is replaced by this request's. */
const upsertRecord = preparedQuery('upsert_idempotency_record', (db) =>
  db
    .insert(idempotencyRecords)
    .values({
      ...placeholdersFor(idempotencyRecords, [
        'partnerId',
        'key',
        'method',
        'path',
        'requestHash',
        'responseStatus',
        'responseBody',
      ]),
      createdAt: sql`now()`,
      expiresAt: sql`now() + ${IDEMPOTENCY_TTL_HOURS} * interval '1 hour'`,
    })
    .onConflictDoUpdate({
      target: [idempotencyRecords.partnerId, idempotencyRecords.key],
      set: {
        method: sql`excluded.method`,
        path: sql`excluded.path`,
        requestHash: sql`excluded.request_hash`,
        responseStatus: sql`excluded.response_status`,
        responseBody: sql`excluded.response_body`,
        createdAt: sql`excluded.created_at`,
        expiresAt: sql`excluded.expires_at`,
      },
    }),
);
