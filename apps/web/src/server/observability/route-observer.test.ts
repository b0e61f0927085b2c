import { createLogger } from '@facet/telemetry/logger';
import { createMetricsRegistry } from '@facet/telemetry/metrics';
import { captureLogs } from '@facet/testing/log-capture';
import { metricValue } from '@facet/testing/metrics';
import { describe, expect, it } from 'vitest';
import { toApiProblem } from '../partner-api/map-error';
import { problemBody, ZProblem } from '../partner-api/problem';
import { createRouteObserver, readRequestId } from './route-observer';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function observer(level = 'info') {
  const logs = captureLogs();
  const logger = createLogger('web', level, logs.stream);
  const registry = createMetricsRegistry({ processMetrics: false });
  const observeRoute = createRouteObserver({ logger: () => logger, registry: () => registry });
  return { logs, registry, observeRoute };
}

type Params = { params: Promise<{ id: string }> };
const params = (id: string): Params => ({ params: Promise.resolve({ id }) });

describe('observeRoute', () => {
  it('answers with the caller’s request id, or a new one when it has none or a strange one', async () => {
    const { observeRoute } = observer();
    const GET = observeRoute('/api/things', async () => Response.json({ ok: true }));
    const echoed = await GET(
      new Request('http://x/api/things', { headers: { 'x-request-id': 'req-42.a:b_c' } }),
      {},
    );
    expect(echoed.headers.get('x-request-id')).toBe('req-42.a:b_c');
    expect((await GET(new Request('http://x/api/things'), {})).headers.get('x-request-id')).toMatch(UUID);
    for (const strange of ['a b', 'x'.repeat(129), '<script>', 'id\u00e9']) {
      expect(readRequestId(new Headers({ 'x-request-id': strange }))).toMatch(UUID);
    }
  });

  it('writes one line per request with the route pattern, status, duration and what the handler added', async () => {
    const { observeRoute, logs, registry } = observer();
    const GET = observeRoute<Params>('/api/v1/orders/[id]', async (_request, context, scope) => {
      const { id } = await context.params;
      scope.annotate({ partnerId: 'partner-1' });
      scope.logger.debug({ id }, 'looking it up');
      return id === 'missing' ? Response.json({}, { status: 404 }) : Response.json({ id });
    });
    const response = await GET(
      new Request('http://x/api/v1/orders/0190c0de-0000-7000-8000-000000000001', {
        headers: { 'x-request-id': 'abc-123' },
      }),
      params('0190c0de-0000-7000-8000-000000000001'),
    );
    expect(response.status).toBe(200);
    await GET(new Request('http://x/api/v1/orders/missing'), params('missing'));

    expect(logs.lines).toHaveLength(2);
    expect(logs.lines[0]).toEqual({
      level: 'info',
      time: expect.any(String),
      app: 'web',
      msg: 'request done',
      requestId: 'abc-123',
      method: 'GET',
      route: '/api/v1/orders/[id]',
      status: 200,
      durationMs: expect.any(Number),
      partnerId: 'partner-1',
    });
    expect(logs.lines[1]).toMatchObject({
      route: '/api/v1/orders/[id]',
      status: 404,
      requestId: expect.stringMatching(UUID),
    });

    const scrape = await registry.metrics();
    const count = (status: string) =>
      metricValue(scrape, 'facet_http_request_duration_seconds_count', {
        route: '/api/v1/orders/[id]',
        method: 'GET',
        status,
      });
    expect(count('200')).toBe(1);
    expect(count('404')).toBe(1);
    expect(scrape).not.toContain('0190c0de');
  });

  it('counts and logs a caller that left mid-request as 499, not as our failure', async () => {
    const { observeRoute, logs, registry } = observer();
    const POST = observeRoute('/api/uploads/models', async (request) => {
      await request.arrayBuffer();
      return Response.json({ ok: true }, { status: 201 });
    });
    // What Node's HTTP server makes of a connection closed while its body is read.
    const body = new ReadableStream({
      pull: (controller) => controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })),
    });
    const response = await POST(
      new Request('http://x/api/uploads/models', { method: 'POST', body, duplex: 'half' } as RequestInit),
      {},
    );
    expect(response.status).toBe(499);
    expect(logs.lines).toEqual([
      expect.objectContaining({ level: 'info', status: 499, msg: 'request done' }),
    ]);
    expect(logs.lines[0]).not.toHaveProperty('err');
    const scrape = await registry.metrics();
    expect(
      metricValue(scrape, 'facet_http_request_duration_seconds_count', {
        route: '/api/uploads/models',
        method: 'POST',
        status: '499',
      }),
    ).toBe(1);
  });

  it('logs a handler’s failure at error level with the request id, and answers a 500 problem that carries it', async () => {
    const { observeRoute, logs } = observer();
    const POST = observeRoute('/api/uploads/models', async () => {
      throw new Error('disk full');
    });
    const response = await POST(
      new Request('http://x/api/uploads/models', { method: 'POST', headers: { 'x-request-id': 'r-1' } }),
      {},
    );
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 500, requestId: 'r-1' });
    expect(logs.lines).toEqual([
      expect.objectContaining({
        level: 'error',
        msg: 'request done',
        requestId: 'r-1',
        route: '/api/uploads/models',
        method: 'POST',
        status: 500,
        err: expect.objectContaining({ message: 'disk full', stack: expect.any(String) }),
      }),
    ]);
  });

  it('keeps an error the handler answered itself, and writes quiet routes at debug level', async () => {
    const { observeRoute, logs } = observer('debug');
    const GET = observeRoute('/api/files', async (_request, _context, scope) => {
      scope.fail(new Error('storage unreachable'));
      return new Response(null, { status: 503 });
    });
    const health = observeRoute('/api/health', async () => Response.json({ status: 'ok' }), { quiet: true });
    await GET(new Request('http://x/api/files'), {});
    await health(new Request('http://x/api/health'), {});
    expect(
      logs.lines.map((line) => [line.route, line.level, (line.err as { message?: string })?.message]),
    ).toEqual([
      ['/api/files', 'error', 'storage unreachable'],
      ['/api/health', 'debug', undefined],
    ]);
  });

  it('adds the request id to responses whose headers cannot be changed (redirects)', async () => {
    const { observeRoute } = observer();
    const GET = observeRoute('/api/models/[modelId]/[file]', async () =>
      Response.redirect('http://x/elsewhere', 302),
    );
    const response = await GET(
      new Request('http://x/api/models/m/download', { headers: { 'x-request-id': 'r-9' } }),
      {},
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('http://x/elsewhere');
    expect(response.headers.get('x-request-id')).toBe('r-9');
  });

  it('answers a route its process does not serve before running it, and serves the others', async () => {
    const registry = createMetricsRegistry({ processMetrics: false });
    const logger = createLogger('web', 'silent');
    const observeRoute = createRouteObserver({
      logger: () => logger,
      registry: () => registry,
      refuse: (route) => (route.startsWith('/api/v1') ? null : new Response(null, { status: 404 })),
    });
    let ran = 0;
    const handler = async () => {
      ran += 1;
      return Response.json({ ok: true });
    };
    expect(
      (await observeRoute('/api/trpc/[trpc]', handler)(new Request('http://x/api/trpc/a'), {})).status,
    ).toBe(404);
    expect(ran).toBe(0);
    expect(
      (await observeRoute('/api/v1/orders', handler)(new Request('http://x/api/v1/orders'), {})).status,
    ).toBe(200);
    expect(ran).toBe(1);
  });
});

describe('the 500 of a handler that threw', () => {
  it('is the same problem as any unexpected error mapped by the problem module', async () => {
    const { observeRoute } = observer('silent');
    const GET = observeRoute('/api/files', async () => {
      throw new Error('boom');
    });
    const response = await GET(new Request('http://x/api/files', { headers: { 'x-request-id': 'r-2' } }), {});
    const expected = problemBody(toApiProblem(new Error('boom'), 'r-2'), 'r-2');
    expect(await response.json()).toEqual(expected);
    expect(ZProblem.safeParse(expected).success).toBe(true);
  });

  it('is said in the language the request asks for: the cookie’s, else the browser’s', async () => {
    const { observeRoute } = observer('silent');
    const GET = observeRoute('/api/files', async () => {
      throw new Error('boom');
    });
    const ask = async (headers: Record<string, string>) =>
      (
        await GET(new Request('http://x/api/files', { headers: { 'x-request-id': 'r-3', ...headers } }), {})
      ).json();
    expect(await ask({ 'accept-language': 'ru-RU,ru;q=0.9' })).toMatchObject({
      title: 'Внутренняя ошибка',
      detail: expect.stringMatching(/^Что-то пошло не так на нашей стороне.*идентификатор запроса r-3\.$/),
      detailEn: expect.stringContaining('quote request id r-3'),
    });
    expect(await ask({ cookie: 'theme=dark; NEXT_LOCALE=ru', 'accept-language': 'en-GB' })).toMatchObject({
      title: 'Внутренняя ошибка',
    });
    expect(await ask({ cookie: 'NEXT_LOCALE=en', 'accept-language': 'ru' })).toMatchObject({
      title: 'Internal error',
      detail: expect.stringContaining('quote request id r-3'),
    });
  });
});
