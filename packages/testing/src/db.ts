import { createDb } from '@facet/db/client';
import { afterAll, beforeAll, inject } from 'vitest';
import { cloneDatabase, databaseUrlFor, dropDatabase, uniqueDatabaseName } from './databases';
import './provided-context';

/**
 * A database of the test file's own, copied from the run's migrated template before its tests and
 * dropped after. The handle connects lazily, so it can be made at the top of the file.
 */
export function useTestDb(options: { max?: number } = {}) {
  const name = uniqueDatabaseName('facet_test');
  const url = databaseUrlFor(name);
  const handle = createDb(url, { max: options.max ?? 10, applicationName: 'facet-test' });
  beforeAll(() => cloneDatabase(inject('templateDatabase'), name));
  afterAll(async () => {
    await handle.close();
    await dropDatabase(name);
  });
  return { ...handle, url };
}
