import { describe, expect, it } from 'vitest';
import { ZProblem } from './partner-api/problem';
import { notServedHere, servesPath } from './process-role';

describe('servesPath', () => {
  it('serves everything in the default role', () => {
    for (const path of ['/', '/crm', '/api/trpc/mes.listPool', '/api/v1/orders', '/admin/queues'])
      expect(servesPath('all', path)).toBe(true);
  });

  it('serves only the partner API, the health check and the metrics in the partner-api role', () => {
    for (const path of [
      '/api/v1',
      '/api/v1/orders',
      '/api/v1/orders/[id]/cancel',
      '/api/health',
      '/api/metrics',
    ])
      expect(servesPath('partner-api', path)).toBe(true);
    for (const path of [
      '/',
      '/crm',
      '/mes',
      '/api/trpc/[trpc]',
      '/api/auth/[...nextauth]',
      '/api/uploads/models',
      '/api/docs',
      '/api/v10',
      '/api/v1x/orders',
      '/admin/queues',
    ])
      expect(servesPath('partner-api', path)).toBe(false);
  });

  it('answers what it does not serve with a 404 problem', async () => {
    const response = notServedHere('partner-api');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect((await response.json()).detail).toContain('/api/v1');
  });

  it('answers in the shape of every other problem, with the request id it was given', async () => {
    const body = await notServedHere('partner-api', undefined, 'r-404').json();
    expect(ZProblem.parse(body)).toMatchObject({
      type: 'https://facet.example/problems/not-found',
      title: 'Not found',
      status: 404,
      requestId: 'r-404',
    });
  });
});

describe('the 404 of a process asked for what another role serves', () => {
  const request = (acceptLanguage?: string) =>
    new Request('http://localhost/crm', {
      headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    });

  it('says what it serves in English by default', async () => {
    const response = notServedHere('partner-api', request(), 'r-1');
    expect(response.headers.get('content-language')).toBe('en');
    expect(await response.json()).toMatchObject({
      title: 'Not found',
      detail: 'This process serves the partner API (/api/v1), /api/health and /api/metrics only.',
    });
  });

  it('says it in Russian to Accept-Language: ru, the English beside it', async () => {
    const response = notServedHere('partner-api', request('ru-RU,ru;q=0.9'), 'r-2');
    expect(response.headers.get('content-language')).toBe('ru');
    expect(await response.json()).toMatchObject({
      title: 'Не найдено',
      detail: 'Этот процесс обслуживает только партнёрский API (/api/v1), /api/health и /api/metrics.',
      detailEn: 'This process serves the partner API (/api/v1), /api/health and /api/metrics only.',
      requestId: 'r-2',
    });
  });
});
