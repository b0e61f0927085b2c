import { randomUUID } from 'node:crypto';
import type { Db } from '@facet/db/client';
import { OUTBOX_CHANNEL } from '@facet/db/outbox-wake';

export interface OutboxListener {
  stop: () => Promise<void>;
}

const PING_PREFIX = 'ping:';

/**
 * Calls `onWake` whenever outbox rows have been committed (a NOTIFY on the outbox channel) and each
 * time the LISTEN is (re)established, since rows may have committed while it was down. The driver
 * listens on a connection of its own and, when that connection drops, reconnects and listens again
 * until it succeeds. After each LISTEN a ping goes through the channel; `onListening` is called only
 * once it is heard, because a server may accept LISTEN and never deliver (the embedded PGlite of
 * `pnpm dev` does). Wake-ups only hasten delivery: the relay's polling guarantees it.
 */
export function listenForOutboxRows(
  db: Db,
  onWake: () => void,
  options: { onListening: () => void; onError: (error: unknown) => void },
): OutboxListener {
  const sql = db.$client;
  const ping = `${PING_PREFIX}${randomUUID()}`;
  const onNotify = (payload: string) => {
    if (payload === ping) options.onListening();
    else if (!payload.startsWith(PING_PREFIX)) onWake();
  };
  const onListen = () => {
    onWake();
    sql`select pg_notify(${OUTBOX_CHANNEL}, ${ping})`.catch(options.onError);
  };
  const listening = sql.listen(OUTBOX_CHANNEL, onNotify, onListen).catch((error: unknown) => {
    options.onError(error);
    return undefined;
  });
  return {
    stop: async () => {
      // A server that never answers the LISTEN must not hold up shutdown.
      const subscription = await Promise.race([
        listening,
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2_000).unref()),
      ]);
      await subscription?.unlisten().catch(() => {});
    },
  };
}
