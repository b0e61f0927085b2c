/**
 * Input that once reached the database or threw inside a use case, each answered as a 4xx with a
 * message a person can act on, and a 500 that tells the browser nothing of what failed.
 */
import { randomUUID } from 'node:crypto';
import type { SessionUser } from '@facet/auth/session-user';
import { useTestDb } from '@facet/testing/db';
import { makePartner, makeUser } from '@facet/testing/factories';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import superjson from 'superjson';
import { beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root';
import { createCallerFactory } from './trpc';

const { db } = useTestDb();
const createCaller = createCallerFactory(appRouter);
let seller: SessionUser;

beforeAll(async () => {
  const row = await makeUser(db, { role: 'seller', name: 'Sam Seller' });
  seller = { id: row.id, name: row.name, email: row.email, role: 'seller' };
});

const asSeller = () => createCaller({ db, user: seller, requestId: 'req-bad-input' });

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected a refusal');
}

describe('bad input gets a 4xx with a clear message', () => {
  it.each(['not a url', '', 'http://'])('a webhook URL of %j, when added and when changed', async (url) => {
    const { partner } = await makePartner(db, `Hooks ${randomUUID()}`);
    const created = await refusal(asSeller().crm.partners.createEndpoint({ partnerId: partner.id, url }));
    expect(created).toEqual({ code: 'BAD_REQUEST', message: expect.stringContaining('absolute URL') });

    const endpoint = await asSeller().crm.partners.createEndpoint({
      partnerId: partner.id,
      url: 'https://erp.example.test/hooks',
    });
    const changed = await refusal(asSeller().crm.partners.updateEndpoint({ endpointId: endpoint.id, url }));
    expect(changed).toEqual({ code: 'BAD_REQUEST', message: expect.stringContaining('absolute URL') });
  });

  it.each(['275760-09-13', '0000-01-01T00:00:00Z'])('an order list from %s', async (createdFrom) => {
    const answer = await refusal(asSeller().crm.orders.list({ createdFrom: createdFrom as unknown as Date }));
    expect(answer.code).toBe('BAD_REQUEST');
    expect(answer.message).toContain('between 0001-01-01 and 9999-12-31');
  });
});

describe('a 500', () => {
  it('shows neither SQL nor its parameters nor a secret, and names the request id', async () => {
    const { partner } = await makePartner(db, `Broken ${randomUUID()}`);
    await db.execute(`
      create function refuse_endpoint() returns trigger language plpgsql as $$
      begin raise exception 'forced failure'; end $$`);
    await db.execute(`
      create trigger refuse_endpoint before insert on webhook_endpoints
      for each row execute function refuse_endpoint()`);
    try {
      const response = await fetchRequestHandler({
        endpoint: '/api/trpc',
        req: new Request('http://facet.test/api/trpc/crm.partners.createEndpoint', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(
            superjson.serialize({ partnerId: partner.id, url: 'https://erp.example.test/h' }),
          ),
        }),
        router: appRouter,
        createContext: () => ({ db, user: seller, requestId: 'req-forced-500' }),
      });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toMatch(/insert into|webhook_endpoints|whsec_|forced failure|params|stack/i);
      const body = JSON.parse(text) as { error: { json: { message: string; data: { requestId: string } } } };
      expect(body.error.json.message).toContain('req-forced-500');
      expect(body.error.json.data.requestId).toBe('req-forced-500');
    } finally {
      await db.execute(`drop trigger refuse_endpoint on webhook_endpoints`);
      await db.execute(`drop function refuse_endpoint()`);
    }
  });
});
