import { randomUUID } from 'node:crypto';
import { budget, WAIT } from '../support/budgets';
import { expect, test } from '../support/test';
import { partnerClient } from './support/client';
import { expectDocumented, expectProblem } from './support/contract';
import { uploadAnalysedModel } from './support/journey';
import { closeDb, createTestPartner } from './support/partners';
import { apiUrl } from './support/stack';

test.afterAll(closeDb);

const KEYS = 100;
const REQUESTS = 1_000;
/** How long the whole burst may take on the CI machine, 409 retries included (a few seconds quiet). */
const BURST = 90_000;

test(`${REQUESTS} concurrent POST /orders over ${KEYS} keys make exactly ${KEYS} orders, replayed byte for byte`, async () => {
  // The worker analyses the model, then the burst.
  test.setTimeout(budget(WAIT.pipeline, BURST));
  const partner = await createTestPartner({ name: 'Idempotent', tier: 'load-test' });
  const modelId = await uploadAnalysedModel(partnerClient(partner.key));
  const keys = Array.from({ length: KEYS }, () => randomUUID());
  const bodyOf = (key: string) =>
    JSON.stringify({ externalRef: `IDEM-${key}`, items: [{ modelId, alloyCode: 'AG925', quantity: 1 }] });

  /** Sends one request; while the first with its key is in flight (409), waits and sends it again. */
  const send = async (key: string, giveUpAt: number) => {
    for (;;) {
      const response = await fetch(apiUrl('/orders'), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${partner.key}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: bodyOf(key),
      }).catch((error: unknown) => {
        // A connection closed under the request (the server ends an idle keep-alive socket as it is
        // reused) is sent again, as any client with an Idempotency-Key may: that safety is what this
        // test is about.
        if (Date.now() < giveUpAt) return null;
        throw error;
      });
      if (!response) continue;
      await expectDocumented('POST', '/orders', response);
      if (response.status === 409 && Date.now() < giveUpAt) {
        await expectProblem('POST', '/orders', response, 'idempotency-request-in-flight', 409);
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 100));
        continue;
      }
      return {
        key,
        status: response.status,
        replayed: response.headers.get('idempotent-replayed') === 'true',
        text: await response.text(),
      };
    }
  };

  const started = Date.now();
  const results = await Promise.all(
    Array.from({ length: REQUESTS }, (_, i) => send(keys[i % KEYS]!, started + BURST)),
  );
  console.log(`${REQUESTS} requests in ${Date.now() - started} ms`);

  const statuses: Record<number, number> = {};
  for (const result of results) statuses[result.status] = (statuses[result.status] ?? 0) + 1;
  expect(statuses, results.find((result) => result.status !== 201)?.text).toEqual({ 201: REQUESTS });
  for (const key of keys) {
    const forKey = results.filter((result) => result.key === key);
    expect(new Set(forKey.map((result) => result.text)).size, `one body for key ${key}`).toBe(1);
    expect(forKey.filter((result) => !result.replayed)).toHaveLength(1);
  }
  const orderIds = new Set(results.map((result) => (JSON.parse(result.text) as { id: string }).id));
  expect(orderIds.size).toBe(KEYS);

  const client = partnerClient(partner.key);
  const listed = await client.GET('/orders', { params: { query: { limit: 100 } } });
  expect(listed.data?.items).toHaveLength(KEYS);
  expect(listed.data?.nextCursor).toBeNull();
  expect(new Set(listed.data?.items.map((item) => item.id))).toEqual(orderIds);

  // The same key with another body is refused, and changes nothing.
  const reused = await fetch(apiUrl('/orders'), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${partner.key}`,
      'content-type': 'application/json',
      'idempotency-key': keys[0]!,
    },
    body: JSON.stringify({
      externalRef: 'something else',
      items: [{ modelId, alloyCode: 'AG925', quantity: 2 }],
    }),
  });
  await expectProblem('POST', '/orders', reused, 'idempotency-key-reused', 422);
  // Keys are per partner: another partner's identical key is a new request.
  const other = await createTestPartner({ name: 'Idempotent other', tier: 'premium' });
  const otherModel = await uploadAnalysedModel(partnerClient(other.key));
  const fresh = await fetch(apiUrl('/orders'), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${other.key}`,
      'content-type': 'application/json',
      'idempotency-key': keys[0]!,
    },
    body: JSON.stringify({ items: [{ modelId: otherModel, alloyCode: 'AG925' }] }),
  });
  expect(fresh.status).toBe(201);
  expect(fresh.headers.get('idempotent-replayed')).toBeNull();
});
