/**
 * The partner API as a process of its own: the same production build started with
 * FACET_ROLE=partner-api serves /api/v1, /api/health and /api/metrics, and answers everything else
 * — pages, tRPC, sign-in, uploads, the queue dashboard — with 404.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '@facet/testing/redis-server';
import { expect, test } from '../support/test';
import { stackReport } from './support/stack';

const ROOT = join(import.meta.dirname, '..', '..');
let server: ChildProcess | undefined;
let baseUrl = '';

test.beforeAll(async () => {
  const stack = stackReport();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = spawn('pnpm', ['--filter', '@facet/web', 'start'], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      ...stack.processEnv,
      PORT: String(port),
      FACET_ROLE: 'partner-api',
    },
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    const health = await fetch(`${baseUrl}/api/health`).catch(() => null);
    if (health?.ok) break;
    if (Date.now() > deadline) throw new Error('the partner API process did not start');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('a partner-api process serves the partner API and the health check, and nothing else', async () => {
  test.setTimeout(120_000);
  const { apiKey, metricsToken } = stackReport();
  const ping = await fetch(`${baseUrl}/api/v1/ping`);
  expect(ping.status).toBe(200);
  const orders = await fetch(`${baseUrl}/api/v1/orders`, { headers: { authorization: `Bearer ${apiKey}` } });
  expect(orders.status).toBe(200);
  expect(await orders.json()).toHaveProperty('items');
  expect((await fetch(`${baseUrl}/api/v1/openapi.json`)).status).toBe(200);
  expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
  const metrics = await fetch(`${baseUrl}/api/metrics`, {
    headers: { authorization: `Bearer ${metricsToken}` },
  });
  expect(metrics.status).toBe(200);

  const refused: Array<[string, RequestInit?]> = [
    ['/'],
    ['/crm'],
    ['/mes'],
    ['/sign-in'],
    ['/api/docs'],
    ['/api/trpc/shop.catalog.listAlloys?input=%7B%7D'],
    ['/api/auth/session'],
    ['/api/uploads/models?name=x.stl', { method: 'POST', body: 'solid x\nendsolid x\n' }],
    ['/admin/queues'],
  ];
  for (const [path, init] of refused) {
    const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual', ...init });
    expect(response.status, path).toBe(404);
    await response.text();
  }
});
