/**
 * Whether a promise rejection is a Redis command that a lost connection dropped. ioredis rejects the
 * commands it still holds when a connection drops (MaxRetriesPerRequestError on fail-fast clients),
 * and some of them were sent inside libraries where nobody awaits them. The worker survives those: the
 * jobs they belonged to are retried by BullMQ or put back by the sweeper, and the connection comes
 * back by itself. Any other unhandled rejection still stops the process.
 */
export function isDroppedRedisCommand(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  if (reason.name === 'MaxRetriesPerRequestError') return true;
  return /^(Connection is closed\.?|Stream isn't writeable.*|connect ECONNREFUSED .*|read ECONNRESET|write EPIPE)$/.test(
    reason.message,
  );
}
