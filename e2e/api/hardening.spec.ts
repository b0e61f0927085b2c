import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { metricValue } from '@facet/testing/metrics';
import { expect, test } from '../support/test';
import { expectProblem } from './support/contract';
import { boxStl } from './support/models';
import { closeDb, createTestPartner, type TestPartner } from './support/partners';
import { apiUrl, scrapeWebMetrics, stackReport } from './support/stack';

test.afterAll(closeDb);

let partner: TestPartner;
test.beforeAll(async () => {
  partner = await createTestPartner({ name: 'Hardening', tier: 'premium' });
});

const bearer = () => ({ authorization: `Bearer ${partner.key}` });
const FIFTY_MB = 50 * 1024 * 1024;

/**
 * Sends up to `bytes` of body in 64 KiB chunks without a Content-Length (chunked) and stops once the
 * server answers: the status, and how much had been sent by then.
 */
function sendChunked(
  path: string,
  bytes: number,
  headers: Record<string, string>,
): Promise<{ status: number; sentBytes: number }> {
  const url = new URL(path, stackReport().webUrl);
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const request = httpRequest(
      url,
      { method: 'POST', headers: { ...headers, 'transfer-encoding': 'chunked' } },
      (response) => {
        answered = true;
        response.resume();
        resolve({ status: response.statusCode ?? 0, sentBytes: sent });
        request.destroy();
      },
    );
    request.on('error', (error) => {
      if (!answered) reject(error);
    });
    const pump = () => {
      while (sent < bytes && !answered) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
      if (!answered) request.end();
    };
    pump();
  });
}

const residentBytes = async () =>
  metricValue(await scrapeWebMetrics(), 'facet_process_resident_memory_bytes', {}) ?? Number.NaN;

test.describe('bodies over the limit', () => {
  test('50 MB bodies, declared or chunked, are answered 413 before the body is read', async () => {
    test.setTimeout(180_000);
    const before = await residentBytes();
    const json = { 'content-type': 'application/json' };
    const targets = [
      { path: '/api/trpc/account.signUp', headers: json },
      { path: '/api/v1/orders', headers: { ...json, ...bearer(), 'idempotency-key': randomUUID() } },
      {
        path: '/api/auth/callback/credentials',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      { path: '/api/uploads/designs', headers: json },
    ];
    const big = Buffer.alloc(FIFTY_MB, 0x61);
    let peak = before;
    for (const target of targets) {
      const declared = await fetch(new URL(target.path, stackReport().webUrl), {
        method: 'POST',
        headers: target.headers,
        body: big,
      });
      expect(declared.status, `${target.path} with Content-Length`).toBe(
        target.path === '/api/uploads/designs' ? 401 : 413,
      );
      if (target.path !== '/api/uploads/designs') {
        expect(declared.headers.get('content-type')).toContain('application/problem+json');
      }
      const chunked = await sendChunked(target.path, FIFTY_MB, target.headers);
      expect(chunked.status, `${target.path} chunked`).toBe(
        target.path === '/api/uploads/designs' ? 401 : 413,
      );
      // Answered long before the body ended: the server never read (or held) the 50 MB.
      expect(chunked.sentBytes, `${target.path} chunked: bytes sent before the answer`).toBeLessThan(
        FIFTY_MB / 4,
      );
      peak = Math.max(peak, await residentBytes());
    }
    // For information only: the web process also serves the browser tests running beside this one,
    // so its memory moves for reasons of theirs; what proves the bound is the answer before the body.
    console.log(
      `web RSS before ${(before / 2 ** 20).toFixed(1)} MiB, peak ${(peak / 2 ** 20).toFixed(1)} MiB`,
    );
  });

  test('a tRPC batch of more than 20 calls is refused with 413', async () => {
    const calls = Array.from({ length: 21 }, () => 'shop.catalog.listAlloys').join(',');
    const response = await fetch(new URL(`/api/trpc/${calls}?batch=1&input={}`, stackReport().webUrl));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { detail: string }).detail).toContain('at most 20 calls');
  });
});

test.describe('bad input is a 4xx with a clear message', () => {
  for (const url of ['not a url', '', 'http://']) {
    test(`webhook URL ${JSON.stringify(url)} on POST and PATCH`, async () => {
      const created = await fetch(apiUrl('/webhook-endpoints'), {
        method: 'POST',
        headers: { ...bearer(), 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ url }),
      });
      const problem = await expectProblem('POST', '/webhook-endpoints', created, 'validation-failed', 400);
      expect(JSON.stringify(problem.errors)).toContain('absolute URL');

      const good = await fetch(apiUrl('/webhook-endpoints'), {
        method: 'POST',
        headers: { ...bearer(), 'content-type': 'application/json', 'idempotency-key': randomUUID() },
        body: JSON.stringify({ url: 'https://erp.example.test/hooks' }),
      });
      const { id } = (await good.json()) as { id: string };
      const changed = await fetch(apiUrl(`/webhook-endpoints/${id}`), {
        method: 'PATCH',
        headers: { ...bearer(), 'content-type': 'application/json' },
        body: JSON.stringify({ url }),
      });
      await expectProblem('PATCH', '/webhook-endpoints/{id}', changed, 'validation-failed', 400);
      await fetch(apiUrl(`/webhook-endpoints/${id}`), { method: 'DELETE', headers: bearer() });
    });
  }

  test('updated_since in year 0', async () => {
    const response = await fetch(apiUrl('/orders?updated_since=0000-01-01T00:00:00Z'), { headers: bearer() });
    const problem = await expectProblem('GET', '/orders', response, 'validation-failed', 400);
    expect(JSON.stringify(problem.errors)).toContain('between 0001-01-01 and 9999-12-31');
  });

  test('a broken filename* in Content-Disposition, and a NUL in ?filename=', async () => {
    const upload = (path: string, headers: Record<string, string> = {}) =>
      fetch(apiUrl(path), {
        method: 'POST',
        headers: { ...bearer(), 'content-type': 'application/octet-stream', ...headers },
        body: Buffer.from(boxStl()),
      });
    const broken = await upload('/models', {
      'content-disposition': "attachment; filename*=UTF-8''%E0%A4%A.stl",
    });
    const disposition = await expectProblem('POST', '/models', broken, 'validation-failed', 400);
    expect(JSON.stringify(disposition.errors)).toContain('Content-Disposition');

    const nul = await upload('/models?filename=ring%00.stl');
    const named = await expectProblem('POST', '/models', nul, 'invalid-input', 400);
    expect(named.detail).toBe('The file name must not contain control characters.');

    const unicode = await upload('/models', {
      'content-disposition': "attachment; filename*=UTF-8''%D0%BA%D0%BE%D0%BB%D1%8C%D1%86%D0%BE.stl",
    });
    expect(unicode.status).toBe(201);
    expect(((await unicode.json()) as { fileName: string }).fileName).toBe('кольцо.stl');
  });

  test('DELETE /materials is 405 problem+json naming what the path takes', async () => {
    const response = await fetch(apiUrl('/materials'), { method: 'DELETE', headers: bearer() });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, OPTIONS');
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as { type: string; detail: string; requestId: string };
    expect(body.type).toMatch(/method-not-allowed$/);
    expect(body.detail).toContain('takes GET');
    expect(body.requestId).toBe(response.headers.get('x-request-id'));
  });
});

test('API answers carry the security headers and a CSP that lets nothing run', async () => {
  const response = await fetch(apiUrl('/materials'), { headers: bearer() });
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
});
