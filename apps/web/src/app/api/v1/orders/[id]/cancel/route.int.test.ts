import { useTestDb } from '@facet/testing/db';
import { makeApiKey, makeOrder, makePartner } from '@facet/testing/factories';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeRequest, resetFakeRequest } from '@/server/testing/fake-request';
import { POST } from './route';

vi.mock('server-only', () => ({}));
vi.mock('@/env', async () => (await import('@/server/testing/fake-request')).fakeEnv);
vi.mock(
  '@/server/partner-api/partner-db',
  async () => (await import('@/server/testing/fake-request')).fakePartnerDb,
);
// Counted and logged elsewhere (Redis, the request log's batches): not what this test is about.
vi.mock('@/server/partner-api/rate-limit', () => ({ limitRequest: async () => ({}) }));
vi.mock('@/server/partner-api/request-log', () => ({ logApiRequest: () => undefined }));

const { db } = useTestDb();
let partnerId: string;
let liveKey: string;

beforeAll(async () => {
  const { partner } = await makePartner(db, 'Zoloto Cancels');
  partnerId = partner.id;
  liveKey = (await makeApiKey(db, partnerId)).key;
});
beforeEach(() => {
  resetFakeRequest();
  fakeRequest.db = db;
});

function cancel(orderId: string, idempotencyKey: string, headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://facet.test/api/v1/orders/${orderId}/cancel`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${liveKey}`,
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey,
        ...headers,
      },
      body: JSON.stringify({ reason: 'The end customer changed their mind.' }),
    }),
    { params: Promise.resolve({ id: orderId }) },
  );
}

describe('POST /api/v1/orders/{id}/cancel refused under an Idempotency-Key', () => {
  it('answers in the language asked for, and replays that same answer for the key', async () => {
    const order = await makeOrder(db, { status: 'SHIPPED', channel: 'api', partnerId });
    const key = `cancel-${order.id}`;

    const first = await cancel(order.id, key, { 'accept-language': 'ru-RU,ru;q=0.9' });
    expect(first.status).toBe(409);
    const refusal = (await first.json()) as { detail: string; detailEn?: string };
    expect(refusal.detail).toMatch(/[а-яё]/i);
    expect(refusal.detailEn).toMatch(/^[\x20-\x7e]+$/);

    const replay = await cancel(order.id, key);
    expect(replay.status).toBe(409);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(refusal);
  });

  it('answers in English by default', async () => {
    const order = await makeOrder(db, { status: 'SHIPPED', channel: 'api', partnerId });
    const answer = await cancel(order.id, `cancel-${order.id}`);
    expect(answer.status).toBe(409);
    const refusal = (await answer.json()) as { detail: string; detailEn?: string };
    expect(refusal.detail).toMatch(/^[\x20-\x7e]+$/);
    expect(refusal.detailEn).toBeUndefined();
  });
});
