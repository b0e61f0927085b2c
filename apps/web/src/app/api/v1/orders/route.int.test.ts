import { useTestDb } from '@facet/testing/db';
import { makeApiKey, makePartner } from '@facet/testing/factories';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeRequest, resetFakeRequest } from '@/server/testing/fake-request';
import { POST } from './route';

vi.mock('server-only', () => ({}));
vi.mock('@/env', async () => (await import('@/server/testing/fake-request')).fakeEnv);
vi.mock(
  '@/server/partner-api/partner-db',
  async () => (await import('@/server/testing/fake-request')).fakePartnerDb,
);
vi.mock('@/server/partner-api/rate-limit', () => ({ limitRequest: async () => ({}) }));
const logged = vi.hoisted(() => [] as Array<{ status: number; route: string }>);
vi.mock('@/server/partner-api/request-log', () => ({
  logApiRequest: (_request: Request, response: Response, info: { route: string }) =>
    void logged.push({ status: response.status, route: info.route }),
}));

const { db } = useTestDb();
let key: string;
let partnerId: string;

beforeAll(async () => {
  const { partner } = await makePartner(db, 'Leaves Early');
  partnerId = partner.id;
  key = (await makeApiKey(db, partner.id)).key;
});
beforeEach(() => {
  resetFakeRequest();
  fakeRequest.db = db;
  logged.length = 0;
});

describe('POST /api/v1/orders from a partner that leaves mid-request', () => {
  it('is kept in its request log as 499, not as our 500, and places nothing', async () => {
    // What Node's HTTP server makes of a connection closed while its body is read.
    const body = new ReadableStream({
      pull: (controller) => controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })),
    });
    const response = await POST(
      new Request('http://facet.test/api/v1/orders', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${key}`,
          'content-type': 'application/json',
          'idempotency-key': 'leaves-early-1',
        },
        body,
        duplex: 'half',
      } as RequestInit),
      { params: Promise.resolve({}) },
    );
    expect(response.status).toBe(499);
    expect(logged).toEqual([{ status: 499, route: '/api/v1/orders' }]);
    const placed = await db.query.orders.findMany({
      where: (orders, { eq }) => eq(orders.partnerId, partnerId),
    });
    expect(placed).toEqual([]);
  });
});
