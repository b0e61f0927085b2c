import { createDb } from '@facet/db/client';
import { announceOutboxRows } from '@facet/db/outbox-wake';
import { outbox } from '@facet/db/schema/outbox';
import { ADMIN_DATABASE_URL } from '@facet/testing/databases';
import { useTestDb } from '@facet/testing/db';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type OutboxMessage, type RunningRelay, startOutboxRelay } from './outbox-relay';

const { db, url } = useTestDb();
const databaseName = new URL(url).pathname.slice(1);
const { sql: admin, close: closeAdmin } = createDb(ADMIN_DATABASE_URL, { max: 1 });
afterAll(closeAdmin);

/** Polling so rare that only a wake-up can deliver within a test. */
const NO_POLLING_MS = 600_000;

let relay: RunningRelay | undefined;
afterEach(async () => {
  await relay?.stop();
  relay = undefined;
  await admin.unsafe(`alter database "${databaseName}" allow_connections true`);
});

/** A relay that records when each row reached it. */
function startRecordingRelay() {
  const arrivals = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  relay = startOutboxRelay(
    db,
    async (message: OutboxMessage) => {
      arrivals.set(message.aggregateId, performance.now());
      waiting.get(message.aggregateId)?.();
    },
    { intervalMs: NO_POLLING_MS, listeningIntervalMs: NO_POLLING_MS },
  );
  const arrivalOf = (aggregateId: string, withinMs: number) =>
    new Promise<number>((resolve, reject) => {
      const known = arrivals.get(aggregateId);
      if (known !== undefined) return resolve(known);
      const timer = setTimeout(
        () => reject(new Error(`${aggregateId} not relayed in ${withinMs} ms`)),
        withinMs,
      );
      waiting.set(aggregateId, () => {
        clearTimeout(timer);
        resolve(arrivals.get(aggregateId)!);
      });
    });
  return { arrivalOf };
}

/** Writes an outbox row the way use cases do: in a transaction, announced. */
async function commitRow(aggregateId: string): Promise<number> {
  await db.transaction(async (tx) => {
    await tx.insert(outbox).values({ topic: 'test.topic', aggregateId, payload: {} });
    await announceOutboxRows(tx);
  });
  return performance.now();
}

async function listeningBackends(): Promise<number[]> {
  const rows = await admin<{ pid: number }[]>`
    select pid from pg_stat_activity where datname = ${databaseName} and query ilike 'listen %'`;
  return rows.map((row) => row.pid);
}

async function eventually<T>(read: () => Promise<T>, until: (value: T) => boolean, withinMs = 10_000) {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await read();
    if (until(value)) return value;
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('outbox relay woken on commit', () => {
  it('relays a committed row at once, long before its next poll', async () => {
    const { arrivalOf } = startRecordingRelay();
    await eventually(listeningBackends, (pids) => pids.length === 1);
    for (let i = 0; i < 5; i++) {
      const committedAt = await commitRow(`row-${i}`);
      const arrivedAt = await arrivalOf(`row-${i}`, 2_000);
      expect(arrivedAt - committedAt).toBeLessThan(500);
    }
  });

  it('relays nothing of a transaction that rolled back', async () => {
    const { arrivalOf } = startRecordingRelay();
    await eventually(listeningBackends, (pids) => pids.length === 1);
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(outbox).values({ topic: 'test.topic', aggregateId: 'rolled-back', payload: {} });
        await announceOutboxRows(tx);
        throw new Error('abandoned');
      }),
    ).rejects.toThrow('abandoned');
    await expect(arrivalOf('rolled-back', 500)).rejects.toThrow('not relayed');
  });

  it('listens again after its LISTEN connection is killed, and relays what committed meanwhile', async () => {
    const { arrivalOf } = startRecordingRelay();
    const [before] = await eventually(listeningBackends, (pids) => pids.length === 1);
    await admin`select pg_terminate_backend(${before!})`;
    await commitRow('while-dropped');
    await arrivalOf('while-dropped', 5_000);
    const [after] = await eventually(listeningBackends, (pids) => pids.length === 1 && pids[0] !== before);
    expect(after).not.toBe(before);
    const committedAt = await commitRow('after-drop');
    expect((await arrivalOf('after-drop', 2_000)) - committedAt).toBeLessThan(500);
  });

  it('listens again once a database that refused connections takes them again', async () => {
    const { arrivalOf } = startRecordingRelay();
    const [before] = await eventually(listeningBackends, (pids) => pids.length === 1);
    // Keep a pool connection open for the ping, then refuse new connections and drop the LISTEN.
    await db.execute(sql`select 1`);
    await admin.unsafe(`alter database "${databaseName}" allow_connections false`);
    await admin`select pg_terminate_backend(${before!})`;
    await eventually(listeningBackends, (pids) => pids.length === 0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await commitRow('while-refused');
    await admin.unsafe(`alter database "${databaseName}" allow_connections true`);
    await arrivalOf('while-refused', 10_000);
    await eventually(listeningBackends, (pids) => pids.length === 1);
    const committedAt = await commitRow('after-refused');
    expect((await arrivalOf('after-refused', 2_000)) - committedAt).toBeLessThan(500);
  });
});
