import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@facet/db/client';
import { migrateDatabase } from '@facet/db/migrate';
import { announceOutboxRows } from '@facet/db/outbox-wake';
import { outbox } from '@facet/db/schema/outbox';
import { startOutboxRelay } from '@facet/jobs/outbox-relay';
import { freePort } from '@facet/testing/redis-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPostgres, startEmbeddedPostgres } from './postgres';

let postgres: RunningPostgres;
let handle: ReturnType<typeof createDb>;
const dataDir = mkdtempSync(join(tmpdir(), 'facet-pglite-relay-'));

beforeAll(async () => {
  postgres = await startEmbeddedPostgres(dataDir, await freePort());
  await migrateDatabase(postgres.url);
  handle = createDb(postgres.url, { max: 3 });
});
afterAll(async () => {
  await handle?.close();
  await postgres?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('outbox relay on the embedded PGlite of pnpm dev', () => {
  it('keeps polling briskly, since PGlite accepts LISTEN but never delivers a NOTIFY', async () => {
    const arrived: string[] = [];
    // Were the relay to believe it listens, it would only poll every ten minutes.
    const relay = startOutboxRelay(
      handle.db,
      async (message) => {
        arrived.push(message.aggregateId);
      },
      {
        intervalMs: 100,
        listeningIntervalMs: 600_000,
      },
    );
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await handle.db.transaction(async (tx) => {
        await tx.insert(outbox).values({ topic: 'test.topic', aggregateId: 'on-pglite', payload: {} });
        await announceOutboxRows(tx);
      });
      const deadline = Date.now() + 5_000;
      while (!arrived.includes('on-pglite') && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(arrived).toContain('on-pglite');
    } finally {
      await relay.stop();
    }
  });
});
