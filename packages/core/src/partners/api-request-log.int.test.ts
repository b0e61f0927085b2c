import { apiRequests } from '@facet/db/schema/partners';
import { useTestDb } from '@facet/testing/db';
import { makePartner, makeUser } from '@facet/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor';
import { type ApiRequestEntry, listApiRequests, recordApiRequests } from './api-request-log';

const { db } = useTestDb();

let mine: Extract<Actor, { kind: 'partner' }>;
let theirs: Extract<Actor, { kind: 'partner' }>;
let seller: Actor;
let operator: Actor;
const start = new Date('2026-11-20T10:00:00.000Z');

function entry(
  partnerId: string | null,
  minute: number,
  overrides: Partial<ApiRequestEntry> = {},
): ApiRequestEntry {
  return {
    partnerId,
    apiKeyId: null,
    keyPrefix: 'fct_live_ab12',
    mode: 'live',
    method: 'GET',
    route: '/api/v1/orders/{id}',
    status: 200,
    durationMs: 12.6,
    requestId: `req-${partnerId?.slice(0, 4) ?? 'none'}-${minute}`,
    idempotencyKey: null,
    apiVersion: '2026-12-01',
    at: new Date(start.getTime() + minute * 60_000),
    ...overrides,
  };
}

beforeAll(async () => {
  const a = (await makePartner(db, 'Logged A')).partner;
  const b = (await makePartner(db, 'Logged B')).partner;
  mine = { kind: 'partner', partnerId: a.id, name: a.name };
  theirs = { kind: 'partner', partnerId: b.id, name: b.name };
  const sellerUser = await makeUser(db, { role: 'seller' });
  seller = { kind: 'user', userId: sellerUser.id, role: 'seller', name: sellerUser.name };
  const operatorUser = await makeUser(db, { role: 'operator' });
  operator = { kind: 'user', userId: operatorUser.id, role: 'operator', name: operatorUser.name };

  await recordApiRequests(db, [
    ...Array.from({ length: 7 }, (_, minute) => entry(a.id, minute)),
    entry(a.id, 10, {
      method: 'POST',
      route: '/api/v1/orders',
      status: 201,
      idempotencyKey: 'k-1',
    }),
    entry(a.id, 11, { method: 'POST', route: '/api/v1/orders', status: 400 }),
    entry(a.id, 12, { status: 429 }),
    entry(b.id, 13, { status: 404 }),
    entry(null, 14, { status: 401, keyPrefix: null }),
  ]);
});

describe('the request log', () => {
  it('shows a partner its own requests only, newest first, through every page of the keyset', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listApiRequests(db, mine, mine.partnerId, { limit: 3, cursor });
      seen.push(...page.data.map((row) => row.requestId));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect(seen[0]).toMatch(/-12$/);
    expect(seen.at(-1)).toMatch(/-0$/);
    expect(seen.some((id) => id.endsWith('-13') || id.endsWith('-14'))).toBe(false);

    const [newest] = (await listApiRequests(db, mine, mine.partnerId, { limit: 1 })).data;
    expect(newest).toEqual({
      id: expect.any(String),
      at: '2026-11-20T10:12:00.000Z',
      method: 'GET',
      route: '/api/v1/orders/{id}',
      status: 429,
      durationMs: 13,
      requestId: expect.stringMatching(/-12$/),
      idempotencyKey: null,
      keyPrefix: 'fct_live_ab12',
      mode: 'live',
      apiVersion: '2026-12-01',
    });
  });

  it('filters by status (exact or class), route and time', async () => {
    const statuses = async (filter: Parameters<typeof listApiRequests>[3]) =>
      (await listApiRequests(db, mine, mine.partnerId, filter)).data.map((row) => row.status);
    expect(await statuses({ status: '4xx' })).toEqual([429, 400]);
    expect(await statuses({ status: '429' })).toEqual([429]);
    expect(await statuses({ status: '2xx', route: '/api/v1/orders' })).toEqual([201]);
    expect(
      await statuses({ from: new Date('2026-11-20T10:05:00Z'), to: new Date('2026-11-20T10:10:00Z') }),
    ).toEqual([201, 200, 200]);
    await expect(listApiRequests(db, mine, mine.partnerId, { status: '4x' })).rejects.toThrow(
      'Give a status such as 429',
    );
    await expect(
      listApiRequests(db, mine, mine.partnerId, { cursor: 'bm90LWEtY3Vyc29y' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it("never shows one partner another's requests; sellers see any partner's; operators none", async () => {
    await expect(listApiRequests(db, theirs, mine.partnerId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listApiRequests(db, theirs, theirs.partnerId)).data.map((row) => row.status)).toEqual([
      404,
    ]);
    expect((await listApiRequests(db, seller, mine.partnerId)).data).toHaveLength(10);
    await expect(listApiRequests(db, operator, mine.partnerId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps no more than the documented columns: no body, no header, no key', async () => {
    const columns = Object.keys((await db.select().from(apiRequests).limit(1))[0] ?? {});
    expect(columns.sort()).toEqual(
      [
        'apiKeyId',
        'apiVersion',
        'createdAt',
        'durationMs',
        'id',
        'idempotencyKey',
        'keyPrefix',
        'method',
        'mode',
        'partnerId',
        'requestId',
        'route',
        'status',
      ].sort(),
    );
  });
});
