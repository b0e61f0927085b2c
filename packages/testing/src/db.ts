import { createDb } from '@facet/db/client';
import { afterAll, inject } from 'vitest';

/** The run's database (created by the global setup), closed after the file's tests. */
export function useTestDb(options: { max?: number } = {}) {
  const handle = createDb(inject('databaseUrl'), { max: options.max ?? 10, applicationName: 'facet-test' });
  afterAll(() => handle.close());
  return handle;
}
