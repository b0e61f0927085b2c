import { applyApprovalRules } from '@facet/core/orders/apply-approval-rules';
import { approvalRules } from '@facet/db/schema/approval-rules';
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
let testKey: string;

beforeAll(async () => {
  const { partner } = await makePartner(db, 'Zoloto Sandbox');
  partnerId = partner.id;
  // Every priced order of the partner is approved by rule: the system's reason is on the timeline.
  await db.insert(approvalRules).values({ kind: 'partner', partnerId });
  testKey = (await makeApiKey(db, partnerId, { mode: 'test' })).key;
});
beforeEach(() => {
  resetFakeRequest();
  fakeRequest.db = db;
});

/** A sandbox order waiting for its price, or priced and approved by the partner's rule. */
async function sandboxOrder(stage: 'submitted' | 'approved-by-rule') {
  const status = stage === 'submitted' ? 'SUBMITTED' : 'PRICE_CALCULATED';
  const order = await makeOrder(db, { status, channel: 'api', mode: 'test', partnerId, totalCents: 12_000 });
  if (stage === 'approved-by-rule') {
    expect(await applyApprovalRules(db, order.id)).toMatchObject({ outcome: 'approved' });
  }
  return order.id;
}

function advance(orderId: string, headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://facet.test/api/v1/test/orders/${orderId}/advance`, {
      method: 'POST',
      headers: { authorization: `Bearer ${testKey}`, ...headers },
    }),
    { params: Promise.resolve({ id: orderId }) },
  );
}

type Answer = { status: string; timeline: Array<{ toStatus: string | null; reason: string | null }> };
const approvalReason = (order: Answer) =>
  order.timeline.find((event) => event.toStatus === 'MANUFACTURING_APPROVED')?.reason;

describe('POST /api/v1/test/orders/{id}/advance', () => {
  it('says the system’s reasons in English by default, and in Russian to Accept-Language: ru', async () => {
    const english = await advance(await sandboxOrder('approved-by-rule'));
    expect(english.status).toBe(200);
    const englishOrder = (await english.json()) as Answer;
    expect(englishOrder.status).toBe('MANUFACTURING_STARTED');
    expect(approvalReason(englishOrder)).toBe('Every priced order of Zoloto Sandbox is approved.');

    const russian = await advance(await sandboxOrder('approved-by-rule'), {
      'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5',
    });
    expect(russian.status).toBe(200);
    expect(approvalReason((await russian.json()) as Answer)).toBe(
      'Каждый рассчитанный заказ партнёра Zoloto Sandbox одобряется автоматически.',
    );
  });

  it('refuses an order still waiting for its price with a problem in the language asked for', async () => {
    const orderId = await sandboxOrder('submitted');
    const russian = await advance(orderId, { 'accept-language': 'ru' });
    expect(russian.status).toBe(409);
    expect(russian.headers.get('content-type')).toBe('application/problem+json');
    expect(russian.headers.get('content-language')).toBe('ru');
    expect(await russian.json()).toMatchObject({
      type: 'https://facet.example/problems/invalid-transition',
      title: 'Невозможно в этом статусе',
      detail:
        'Заказ ждёт цену: мастерская рассчитает её по моделям за несколько секунд, после этого заказ можно продвинуть.',
      detailEn: expect.stringMatching(/^This order is waiting for its price/),
    });
    const english = await advance(orderId);
    expect(english.status).toBe(409);
    expect(english.headers.get('content-language')).toBe('en');
    expect(((await english.json()) as { detail: string }).detail).toMatch(
      /^This order is waiting for its price/,
    );
  });
});
