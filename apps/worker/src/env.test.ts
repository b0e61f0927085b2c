import { describe, expect, it } from 'vitest';
import { loadEnv } from './env';

const base = { DATABASE_URL: 'postgres://facet@db:5432/facet' };

describe("the worker's health server address", () => {
  it('listens on loopback unless told otherwise', () => {
    expect(loadEnv(base).WORKER_HEALTH_HOST).toBe('127.0.0.1');
  });

  it('may listen on every interface (a container) only with a metrics token', () => {
    expect(() => loadEnv({ ...base, WORKER_HEALTH_HOST: '0.0.0.0' })).toThrow(
      /METRICS_TOKEN: METRICS_TOKEN must be set when WORKER_HEALTH_HOST is not a loopback address/,
    );
    const env = loadEnv({
      ...base,
      WORKER_HEALTH_HOST: '0.0.0.0',
      METRICS_TOKEN: 'a-token-of-16-chars-or-more',
    });
    expect(env.WORKER_HEALTH_HOST).toBe('0.0.0.0');
  });
});

describe("the worker's role", () => {
  it('takes all the work unless told otherwise, and names the roles when given another', () => {
    expect(loadEnv(base).WORKER_ROLE).toBe('all');
    expect(loadEnv({ ...base, WORKER_ROLE: 'partner' }).WORKER_ROLE).toBe('partner');
    expect(() => loadEnv({ ...base, WORKER_ROLE: 'partners' })).toThrow(
      /WORKER_ROLE: WORKER_ROLE must be one of all, site, partner/,
    );
  });
});
