import type { PartnerCaller } from '@facet/core/partners/authenticate-api-key';
import { describe, expect, it, vi } from 'vitest';
import { requireScope } from './authenticate';
import { isApiProblem, problemResponse } from './problem';

vi.mock('server-only', () => ({}));

async function refusal(scopes: PartnerCaller['scopes']) {
  let refused: unknown;
  try {
    requireScope({ scopes } as PartnerCaller, 'orders:write');
  } catch (error) {
    refused = error;
  }
  if (!isApiProblem(refused)) throw new Error('the key was let through');
  return {
    en: await problemResponse(refused, 'req-1').json(),
    ru: await problemResponse(refused, 'req-1', {}, 'ru').json(),
  };
}

describe('a key without the scope an operation needs', () => {
  it('is told the scope it lacks and the ones it has, in English by default and in Russian', async () => {
    const { en, ru } = await refusal(['orders:read', 'models:read']);
    const english = 'This key lacks the "orders:write" scope. Its scopes: orders:read, models:read.';
    expect(en).toMatchObject({ status: 403, detail: english, requiredScope: 'orders:write' });
    expect(ru).toMatchObject({
      title: 'Недостаточно прав',
      detail: 'У этого ключа нет права «orders:write». Права ключа: orders:read, models:read.',
      detailEn: english,
      requiredScope: 'orders:write',
    });
  });

  it('with no scopes at all says so in either language', async () => {
    const { en, ru } = await refusal([]);
    expect(en.detail).toBe('This key lacks the "orders:write" scope. Its scopes: none.');
    expect(ru.detail).toBe('У этого ключа нет права «orders:write». Других прав у ключа тоже нет.');
  });
});
