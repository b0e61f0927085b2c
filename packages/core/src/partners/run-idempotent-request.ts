import type { Db } from '@facet/db/client';
import { idempotencyRecords } from '@facet/db/schema/partners';
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DomainError } from '../shared/errors';

/** How long a key's response is kept and replayed (the records' `expires_at` default is the same). */
export const IDEMPOTENCY_TTL_HOURS = 24;
/**
 * A first request still in flight after this long is taken as dead (its process crashed). Taking its
 * key over is safe: the response is stored in the same transaction as the work, so a request that
 * stored nothing changed nothing.
 */
export const IDEMPOTENCY_LEASE_MS = 120_000;

export const ZIdempotencyKey = z
  .string()
  .min(1, 'The Idempotency-Key header is empty.')
  .max(255, 'An Idempotency-Key is at most 255 characters.')
  .regex(/^[\x21-\x7e]+$/, 'An Idempotency-Key is printable ASCII without spaces (a UUID is ideal).');

export interface IdempotentRequest {
  partnerId: string;
  key: string;
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
  leaseMs?: number;
}

/**
 * Runs `work` at most once per partner and idempotency key, the way Stripe and the IETF
 * Idempotency-Key draft describe: the same key and content get the first response back, byte for
 * byte; the same key with other content is refused (UNPROCESSABLE); a key whose first request is
 * still running is refused (CONFLICT). `work` runs in a transaction that also stores its response,
 * so a response is stored if and only if the work committed.
 */
export async function runIdempotentRequest(
  db: Db,
  request: IdempotentRequest,
  work: (tx: Db) => Promise<StoredResponse>,
  options: RunIdempotentOptions,
): Promise<IdempotentOutcome> {
  const leaseMs = options.leaseMs ?? IDEMPOTENCY_LEASE_MS;
  for (let round = 0; round < 3; round += 1) {
    if (await claimKey(db, request, leaseMs))
      return { ...(await runClaimed(db, request, work, options)), replayed: false };
    const existing = await db.query.idempotencyRecords.findFirst({
      where: and(
        eq(idempotencyRecords.partnerId, request.partnerId),
        eq(idempotencyRecords.key, request.key),
      ),
    });
    if (!existing) continue; // released meanwhile: claim again
    if (
      existing.requestHash !== request.requestHash ||
      existing.method !== request.method ||
      existing.path !== request.path
    ) {
      throw new DomainError(
        'UNPROCESSABLE',
        `The Idempotency-Key "${request.key}" was first used for another request (${existing.method} ${existing.path} with other content). Use a new key for a new request.`,
        { problem: 'idempotency-key-reused', field: 'Idempotency-Key' },
      );
    }
    if (existing.responseStatus === null || existing.responseBody === null) {
      throw new DomainError(
        'CONFLICT',
        `A request with the Idempotency-Key "${request.key}" is still being processed. Retry in a moment to get its response.`,
        { problem: 'idempotency-request-in-flight', field: 'Idempotency-Key' },
      );
    }
    return { status: existing.responseStatus, body: existing.responseBody, replayed: true };
  }
  throw new DomainError('CONFLICT', `The Idempotency-Key "${request.key}" is contended; retry in a moment.`, {
    problem: 'idempotency-request-in-flight',
    field: 'Idempotency-Key',
  });
}

/**
 * Inserts the key as "in flight", or takes over an expired record or one whose first request died.
 * True when this request now owns the key.
 */
async function claimKey(db: Db, request: IdempotentRequest, leaseMs: number): Promise<boolean> {
  const fresh = {
    method: request.method,
    path: request.path,
    requestHash: request.requestHash,
    responseStatus: null,
    responseBody: null,
    createdAt: sql`now()`,
    expiresAt: sql`now() + ${IDEMPOTENCY_TTL_HOURS} * interval '1 hour'`,
  };
  const claimed = await db
    .insert(idempotencyRecords)
    .values({ partnerId: request.partnerId, key: request.key, ...fresh })
    .onConflictDoUpdate({
      target: [idempotencyRecords.partnerId, idempotencyRecords.key],
      set: fresh,
      setWhere: sql`${idempotencyRecords.expiresAt} < now() or (${idempotencyRecords.responseStatus} is null and ${idempotencyRecords.createdAt} < now() - ${leaseMs} * interval '1 millisecond')`,
    })
    .returning({ key: idempotencyRecords.key });
  return claimed.length > 0;
}

async function runClaimed(
  db: Db,
  request: IdempotentRequest,
  work: (tx: Db) => Promise<StoredResponse>,
  options: RunIdempotentOptions,
): Promise<StoredResponse> {
  const ownRecord = and(
    eq(idempotencyRecords.partnerId, request.partnerId),
    eq(idempotencyRecords.key, request.key),
  );
  try {
    return await db.transaction(async (tx) => {
      // Use cases take a Db; inside this transaction their own transactions become savepoints.
      const response = await work(tx as unknown as Db);
      await tx
        .update(idempotencyRecords)
        .set({ responseStatus: response.status, responseBody: response.body })
        .where(ownRecord);
      return response;
    });
  } catch (error) {
    const response = options.responseForError(error);
    if (response) {
      await db
        .update(idempotencyRecords)
        .set({ responseStatus: response.status, responseBody: response.body })
        .where(ownRecord);
      return response;
    }
    await db
      .delete(idempotencyRecords)
      .where(and(ownRecord, sql`${idempotencyRecords.responseStatus} is null`))
      .catch(() => {
        // The lease lets a retry take the key over later.
      });
    throw error;
  }
}
