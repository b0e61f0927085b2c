import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';

/** The channel on which relays are woken when outbox rows have been committed. */
export const OUTBOX_CHANNEL = 'facet_outbox';

const NOTIFY_OUTBOX = sql`select pg_notify(${OUTBOX_CHANNEL}, '')`;

interface TransactionScope {
  wroteOutbox: boolean;
}

const transactionScope = new AsyncLocalStorage<TransactionScope>();

/**
 * Runs a transaction of `db.transaction`; if it wrote outbox rows, wakes the relays once it has
 * committed. The NOTIFY is sent after the commit and outside the transaction on purpose: a NOTIFY
 * inside a writing transaction holds a database-wide lock through that transaction's commit, which
 * would make every order change commit one after another.
 */
export async function runWakingRelays<T>(
  commit: () => Promise<T>,
  notify: (query: typeof NOTIFY_OUTBOX) => Promise<unknown>,
): Promise<T> {
  const scope: TransactionScope = { wroteOutbox: false };
  const result = await transactionScope.run(scope, commit);
  // Best effort: a lost wake-up only waits for the relay's next poll.
  if (scope.wroteOutbox) notify(NOTIFY_OUTBOX).catch(() => {});
  return result;
}

/**
 * Sends the relays' wake-up for many commits at once: while one NOTIFY is on its way, commits that
 * ask for another are answered by a single NOTIFY sent after it returns, so it follows every one of
 * those commits. Under load a pool sends a few wake-ups instead of one per transaction.
 */
export function coalesceWakeUps(
  notify: (query: typeof NOTIFY_OUTBOX) => Promise<unknown>,
): (query: typeof NOTIFY_OUTBOX) => Promise<unknown> {
  let sending: Promise<unknown> | null = null;
  let wanted = false;
  const send = (): Promise<unknown> => {
    wanted = false;
    sending = notify(NOTIFY_OUTBOX)
      .catch(() => {})
      .finally(() => {
        sending = null;
        if (wanted) send();
      });
    return sending;
  };
  return () => {
    if (sending) {
      wanted = true;
      return sending;
    }
    return send();
  };
}

/**
 * Called after inserting outbox rows. Inside `db.transaction` it marks the transaction, to wake the
 * relays once it commits; otherwise (a statement of its own) it wakes them now.
 */
export async function announceOutboxRows(executor: {
  execute: (query: typeof NOTIFY_OUTBOX) => Promise<unknown>;
}): Promise<void> {
  const scope = transactionScope.getStore();
  if (scope) {
    scope.wroteOutbox = true;
    return;
  }
  await executor.execute(NOTIFY_OUTBOX);
}
