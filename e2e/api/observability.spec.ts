import { metricValue } from '@facet/testing/metrics';
import { expect, test } from '../support/test';
import { expectProblem } from './support/contract';
import { closeDb, createTestPartner } from './support/partners';
import { apiUrl, scrape, scrapeWebMetrics, stackReport } from './support/stack';

test.afterAll(closeDb);

test('a partner can quote the request id: echoed in x-request-id and in every problem', async () => {
  const partner = await createTestPartner({ name: 'Observed' });
  const missing = crypto.randomUUID();
  const response = await fetch(apiUrl(`/orders/${missing}`), {
    headers: { authorization: `Bearer ${partner.key}`, 'x-request-id': 'erp-7f3a-0001' },
  });
  expect(response.headers.get('x-request-id')).toBe('erp-7f3a-0001');
  const problem = await expectProblem('GET', '/orders/{id}', response, 'not-found', 404);
  expect(problem.requestId).toBe('erp-7f3a-0001');

  const generated = await fetch(apiUrl('/orders'), { headers: { 'x-request-id': 'not ok\tat all' } });
  const id = generated.headers.get('x-request-id');
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  expect((await generated.json()).requestId).toBe(id);

  // Latency by route pattern, never by raw path; requests counted per partner.
  const metrics = await scrapeWebMetrics();
  const latency = { route: '/api/v1/orders/[id]', method: 'GET', status: '404' };
  expect(metricValue(metrics, 'facet_http_request_duration_seconds_count', latency)).toBeGreaterThanOrEqual(
    1,
  );
  expect(metrics).not.toContain(missing);
  expect(
    metricValue(metrics, 'facet_partner_api_requests_total', { partner: partner.partnerId, status: '404' }),
  ).toBe(1);
  expect(metricValue(metrics, 'facet_process_cpu_seconds_total')).toBeGreaterThan(0);
});

test('metrics are served only with the token, by the web app, the worker and the realtime server', async () => {
  const { webUrl, workerUrl, realtimeUrl } = stackReport();
  for (const url of [`${webUrl}/api/metrics`, `${workerUrl}/metrics`, `${realtimeUrl}/metrics`]) {
    expect((await fetch(url)).status, url).toBe(401);
    expect(
      (await fetch(url, { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status,
      url,
    ).toBe(401);
  }
  const worker = await scrape(`${workerUrl}/metrics`);
  expect(metricValue(worker, 'facet_metrics_source_up', { source: 'postgres' })).toBe(1);
  expect(metricValue(worker, 'facet_metrics_source_up', { source: 'redis' })).toBe(1);
  expect(metricValue(worker, 'facet_queue_jobs', { queue: 'price-order', state: 'failed' })).toEqual(
    expect.any(Number),
  );
  // Present, whatever the suite's other tests have done meanwhile.
  expect(metricValue(worker, 'facet_orders', { status: 'CLOSED' })).toEqual(expect.any(Number));
  expect(metricValue(worker, 'facet_outbox_lag_seconds')).toEqual(expect.any(Number));
  const realtime = await scrape(`${realtimeUrl}/metrics`);
  expect(metricValue(realtime, 'facet_realtime_connections', { role: 'operator' })).toEqual(
    expect.any(Number),
  );
});
