import type { Db } from '@facet/db/client';
import { outbox } from '@facet/db/schema/outbox';
import { and, inArray, isNull, sql } from 'drizzle-orm';
import { listenForOutboxRows } from './listen-for-outbox';

export interface OutboxMessage {
  id: number;
  topic: string;
  aggregateId: string;
  payload: unknown;
  traceContext: unknown;
  attempts: number;
}

/** Moves one message to where it belongs (queues, realtime). Must be safe to repeat. */
export type PublishMessage = (message: OutboxMessage) => Promise<void>;

export interface RelayOptions {
  batchSize?: number;
  /** How long a claimed batch stays invisible to other relays; a crashed relay's rows come back after it. */
  leaseMs?: number;
  /**
   * Told of each row once it is marked published. A row is marked once however many relays run: if a
   * relay's lease ran out and another published the row too, only the one that marked it is told.
   */
  onPublished?: (message: OutboxMessage) => void;
}

export interface RelayResult {
  published: number;
  failed: number;
}

/** Back-off for a message whose publish failed: 1 s, 2 s, 4 s … capped at 5 min. */
export function retryDelayMs(attempts: number): number {
  return Math.min(300_000, 1_000 * 2 ** Math.max(0, attempts - 1));
}

/**
 * Claims a batch of unpublished outbox rows (FOR UPDATE SKIP LOCKED, so relays never collide and
 * never skip a row that committed late), publishes each, and marks the published ones. Rows whose
 * publish failed come back after a back-off; nothing is dropped.
 */
export async function relayOutboxOnce(
  db: Db,
  publish: PublishMessage,
  options: RelayOptions = {},
): Promise<RelayResult> {
  const batchSize = options.batchSize ?? 200;
  const leaseMs = options.leaseMs ?? 30_000;
  const claimed = await db.execute<{
    id: string;
    topic: string;
    aggregate_id: string;
    payload: unknown;
    trace_context: unknown;
    attempts: number;
  }>(sql`
    update ${outbox} set available_at = now() + ${leaseMs} * interval '1 millisecond', attempts = attempts + 1
    where id in (
      select id from ${outbox}
      where published_at is null and available_at <= now()
      order by id
      limit ${batchSize}
      for update skip locked
    )
    returning id, topic, aggregate_id, payload, trace_context, attempts`);
  const messages: OutboxMessage[] = [...claimed]
    .map((row) => ({
      id: Number(row.id),
      topic: row.topic,
      aggregateId: row.aggregate_id,
      payload: row.payload,
      traceContext: row.trace_context,
      attempts: row.attempts,
    }))
    .sort((a, b) => a.id - b.id);

  const published: number[] = [];
  const failures: Array<{ message: OutboxMessage; error: string }> = [];
  for (const message of messages) {
    try {
      await publish(message);
      published.push(message.id);
    } catch (error) {
      failures.push({ message, error: error instanceof Error ? error.message : String(error) });
    }
  }
  if (published.length > 0) {
    const marked = await db
      .update(outbox)
      .set({ publishedAt: sql`now()`, lastError: null })
      .where(and(inArray(outbox.id, published), isNull(outbox.publishedAt)))
      .returning({ id: outbox.id });
    const markedIds = new Set(marked.map((row) => row.id));
    for (const message of messages) if (markedIds.has(message.id)) options.onPublished?.(message);
  }
  for (const { message, error } of failures) {
    await db
      .update(outbox)
      .set({
        lastError: error.slice(0, 1_000),
        availableAt: sql`now() + ${retryDelayMs(message.attempts)} * interval '1 millisecond'`,
      })
      .where(inArray(outbox.id, [message.id]));
  }
  return { published: published.length, failed: failures.length };
}

export interface RunningRelay {
  stop: () => Promise<void>;
}

export interface StartRelayOptions extends RelayOptions {
  /**
   * Wake up as soon as outbox rows are committed (LISTEN/NOTIFY); default true. While listening,
   * polling only guarantees delivery: of rows whose wake-up was lost, and of failed rows once their
   * back-off ends.
   */
  wakeOnCommit?: boolean;
  /** How long the idle relay sleeps between polls until it hears its own ping on the channel (default 100 ms). */
  intervalMs?: number;
  /** How long the idle relay sleeps between polls while it is listening (default 1 s). */
  listeningIntervalMs?: number;
  onError?: (error: unknown) => void;
}

/** Relays the outbox until stopped: at once when rows are committed, and by polling; a full batch goes on at once. */
export function startOutboxRelay(
  db: Db,
  publish: PublishMessage,
  options: StartRelayOptions = {},
): RunningRelay {
  const pollingIntervalMs = options.intervalMs ?? 100;
  const listeningIntervalMs = options.listeningIntervalMs ?? 1_000;
  let listening = false;
  let stopped = false;
  // Set by a wake-up that came while a pass was running: its rows may have committed after the claim.
  let woken = false;
  let endSleep: (() => void) | undefined;
  const wake = () => {
    woken = true;
    endSleep?.();
  };
  const listener =
    (options.wakeOnCommit ?? true)
      ? listenForOutboxRows(db, wake, {
          onListening: () => {
            listening = true;
          },
          onError: (error) => {
            listening = false;
            options.onError?.(error);
          },
        })
      : undefined;
  const loop = (async () => {
    while (!stopped) {
      woken = false;
      let busy = false;
      try {
        const result = await relayOutboxOnce(db, publish, options);
        busy = result.published + result.failed >= (options.batchSize ?? 200);
      } catch (error) {
        options.onError?.(error);
      }
      if (!busy && !woken && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, listening ? listeningIntervalMs : pollingIntervalMs);
          endSleep = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        endSleep = undefined;
      }
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      endSleep?.();
      await loop;
      await listener?.stop();
    },
  };
}
