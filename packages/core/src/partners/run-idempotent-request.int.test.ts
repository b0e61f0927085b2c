import { idempotencyRecords } from '@facet/db/schema/partners';
import { useTestDb } from '@facet/testing/db';
import { makePartner } from '@facet/testing/factories';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError, isDomainError } from '../shared/errors';
import { type IdempotentRequest, runIdempotentRequest, type StoredResponse } from './run-idempotent-request';

const { db } = useTestDb({ max: 20 });

let partnerA: string;
let partnerB: string;

const storeDomainErrors = {
  responseForError: (error: unknown): StoredResponse | null =>
    isDomainError(error) ? { status: 409, body: JSON.stringify({ error: error.message }) } : null,
};

function request(overrides: Partial<IdempotentRequest> = {}): IdempotentRequest {
  return {
    partnerId: partnerA,
    key: `key-${Math.random().toString(36).slice(2)}`,
    method: 'POST',
    path: '/api/v1/orders',
    requestHash: 'hash-1',
    ...overrides,
  };
}

beforeAll(async () => {
  partnerA = (await makePartner(db, 'A')).partner.id;
  partnerB = (await makePartner(db, 'B')).partner.id;
});

describe('runIdempotentRequest', () => {
  it('runs once and replays the stored status and body byte for byte', async () => {
    const req = request();
    let runs = 0;
    const work = async () => {
      runs += 1;
      return { status: 201, body: `{"n":${runs},"at":"${new Date().toISOString()}"}` };
    };
    const first = await runIdempotentRequest(db, req, work, storeDomainErrors);
    const second = await runIdempotentRequest(db, req, work, storeDomainErrors);
    expect(runs).toBe(1);
    expect(first.replayed).toBe(false);
    expect(second).toEqual({ ...first, replayed: true });
  });

  it('keeps a test key’s requests apart from a live key’s: the same key is two requests, never a replay', async () => {
    const key = `key-${Math.random().toString(36).slice(2)}`;
    const bodies: string[] = [];
    const work = (mode: string) => async () => {
      bodies.push(mode);
      return { status: 201, body: `{"mode":"${mode}"}` };
    };
    const live = await runIdempotentRequest(
      db,
      request({ key, mode: 'live' }),
      work('live'),
      storeDomainErrors,
    );
    const test = await runIdempotentRequest(
      db,
      request({ key, mode: 'test' }),
      work('test'),
      storeDomainErrors,
    );
    const testAgain = await runIdempotentRequest(
      db,
      request({ key, mode: 'test' }),
      work('x'),
      storeDomainErrors,
    );
    expect(bodies).toEqual(['live', 'test']);
    expect([live.replayed, test.replayed, testAgain.replayed]).toEqual([false, false, true]);
    expect(testAgain.body).toBe('{"mode":"test"}');
  });

  it('refuses the same key with another body (422) or another path', async () => {
    const req = request();
    await runIdempotentRequest(db, req, async () => ({ status: 201, body: '{}' }), storeDomainErrors);
    await expect(
      runIdempotentRequest(
        db,
        { ...req, requestHash: 'hash-2' },
        async () => ({ status: 201, body: '{}' }),
        storeDomainErrors,
      ),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE', reason: 'idempotency-key-reused' });
    await expect(
      runIdempotentRequest(
        db,
        { ...req, path: '/api/v1/other' },
        async () => ({ status: 201, body: '{}' }),
        storeDomainErrors,
      ),
    ).rejects.toMatchObject({ code: 'UNPROCESSABLE' });
  });

  it('answers CONFLICT while the first request is in flight', async () => {
    const req = request();
    let release!: () => void;
    const slow = runIdempotentRequest(
      db,
      req,
      () =>
        new Promise<StoredResponse>((resolve) => (release = () => resolve({ status: 201, body: '"slow"' }))),
      storeDomainErrors,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(
      runIdempotentRequest(db, req, async () => ({ status: 201, body: '"fast"' }), storeDomainErrors),
    ).rejects.toMatchObject({ code: 'CONFLICT', reason: 'idempotency-key-in-use' });
    release();
    expect((await slow).body).toBe('"slow"');
    expect(
      (await runIdempotentRequest(db, req, async () => ({ status: 500, body: '' }), storeDomainErrors)).body,
    ).toBe('"slow"');
  });

  it('scopes keys per partner', async () => {
    const req = request();
    const a = await runIdempotentRequest(
      db,
      req,
      async () => ({ status: 201, body: '"a"' }),
      storeDomainErrors,
    );
    const b = await runIdempotentRequest(
      db,
      { ...req, partnerId: partnerB },
      async () => ({ status: 201, body: '"b"' }),
      storeDomainErrors,
    );
    expect([a.body, b.body]).toEqual(['"a"', '"b"']);
  });

  it('stores a refusal for replay, but forgets the key after an unexpected failure', async () => {
    const refused = request();
    const first = await runIdempotentRequest(
      db,
      refused,
      async () => {
        throw new DomainError('CONFLICT', 'no');
      },
      storeDomainErrors,
    );
    expect(first).toMatchObject({ status: 409, replayed: false });
    expect(
      await runIdempotentRequest(db, refused, async () => ({ status: 201, body: '{}' }), storeDomainErrors),
    ).toMatchObject({ status: 409, replayed: true });

    const crashed = request();
    await expect(
      runIdempotentRequest(
        db,
        crashed,
        async () => {
          throw new Error('database went away');
        },
        storeDomainErrors,
      ),
    ).rejects.toThrow('database went away');
    expect(
      await runIdempotentRequest(
        db,
        crashed,
        async () => ({ status: 201, body: '"retried"' }),
        storeDomainErrors,
      ),
    ).toMatchObject({ status: 201, body: '"retried"', replayed: false });
  });

  it('takes over a record without a response (left by a request that died under an older version)', async () => {
    const legacy = request();
    await db.insert(idempotencyRecords).values({
      partnerId: partnerA,
      key: legacy.key,
      method: legacy.method,
      path: legacy.path,
      requestHash: legacy.requestHash,
    });
    const outcome = await runIdempotentRequest(
      db,
      legacy,
      async () => ({ status: 201, body: '"taken over"' }),
      storeDomainErrors,
    );
    expect(outcome).toMatchObject({ body: '"taken over"', replayed: false });
  });

  it('keeps records 24 hours and reuses an expired key', async () => {
    const req = request();
    await runIdempotentRequest(db, req, async () => ({ status: 201, body: '"old"' }), storeDomainErrors);
    const record = await db.query.idempotencyRecords.findFirst({
      where: and(eq(idempotencyRecords.partnerId, partnerA), eq(idempotencyRecords.key, req.key)),
    });
    const keptHours = (record!.expiresAt.getTime() - record!.createdAt.getTime()) / 3600_000;
    expect(keptHours).toBeGreaterThanOrEqual(24);
    await db
      .update(idempotencyRecords)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(idempotencyRecords.partnerId, partnerA), eq(idempotencyRecords.key, req.key)));
    const reused = await runIdempotentRequest(
      db,
      { ...req, requestHash: 'another' },
      async () => ({ status: 201, body: '"new"' }),
      storeDomainErrors,
    );
    expect(reused).toMatchObject({ body: '"new"', replayed: false });
  });

  it('runs the work exactly once per key under concurrency', async () => {
    const keys = Array.from({ length: 20 }, (_, i) => `concurrent-${i}-${Math.random()}`);
    const runs = new Map<string, number>();
    const attempt = async (key: string): Promise<string> => {
      for (;;) {
        try {
          const outcome = await runIdempotentRequest(
            db,
            request({ key }),
            async () => {
              runs.set(key, (runs.get(key) ?? 0) + 1);
              await new Promise((resolve) => setTimeout(resolve, 5));
              return { status: 201, body: JSON.stringify({ key, at: process.hrtime.bigint().toString() }) };
            },
            storeDomainErrors,
          );
          return outcome.body;
        } catch (error) {
          if (isDomainError(error) && error.code === 'CONFLICT') {
            await new Promise((resolve) => setTimeout(resolve, 10));
            continue;
          }
          throw error;
        }
      }
    };
    const bodies = await Promise.all(keys.flatMap((key) => Array.from({ length: 10 }, () => attempt(key))));
    expect([...runs.values()].every((n) => n === 1)).toBe(true);
    expect(runs.size).toBe(20);
    for (const key of keys) expect(new Set(bodies.filter((body) => body.includes(key))).size).toBe(1);
  });
});
