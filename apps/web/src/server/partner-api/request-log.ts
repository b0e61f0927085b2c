import 'server-only';
import { type ApiRequestEntry, recordApiRequests } from '@facet/core/partners/api-request-log';
import type { PartnerCaller } from '@facet/core/partners/authenticate-api-key';
import { webLogger } from '../observability/observe-route';
import { IDEMPOTENCY_HEADER } from './idempotency';
import { getPartnerDb } from './partner-db';

/** Entries wait at most this long before they are written… */
const FLUSH_AFTER_MS = 500;
/** …or until this many are waiting, then all go in one INSERT. */
const BATCH_SIZE = 200;
/** While the database cannot be written, at most this many wait; beyond, the oldest are dropped. */
const MAX_WAITING = 20_000;

const waiting: ApiRequestEntry[] = [];
let timer: ReturnType<typeof setTimeout> | null = null;
let flushing: Promise<void> | null = null;

/**
 * Keeps one request in the partner's request log. Never on the request's path: the entry waits in
 * memory and is written with others in one INSERT after the response, so the log costs a request no
 * round trip. Entries still waiting when the process dies are lost (at most half a second's worth).
 */
export function logApiRequest(
  request: Request,
  response: Response,
  info: {
    route: string;
    requestId: string;
    caller: PartnerCaller | null;
    apiVersion: string | null;
    durationMs: number;
  },
): void {
  const { caller } = info;
  waiting.push({
    partnerId: caller?.partnerId ?? null,
    apiKeyId: caller?.apiKeyId ?? null,
    keyPrefix: caller?.keyPrefix ?? null,
    mode: caller?.mode ?? 'live',
    method: request.method,
    route: info.route,
    status: response.status,
    durationMs: info.durationMs,
    requestId: info.requestId,
    idempotencyKey: request.headers.get(IDEMPOTENCY_HEADER),
    apiVersion: info.apiVersion,
    at: new Date(Date.now() - info.durationMs),
  });
  if (waiting.length > MAX_WAITING) waiting.splice(0, waiting.length - MAX_WAITING);
  if (waiting.length >= BATCH_SIZE) void flushApiRequestLog();
  else if (!timer) {
    timer = setTimeout(() => void flushApiRequestLog(), FLUSH_AFTER_MS);
    timer.unref?.();
  }
}

/** Writes what waits, one batch at a time; a failed batch goes back to wait for the next flush. */
export async function flushApiRequestLog(): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  if (flushing) return flushing;
  flushing = (async () => {
    while (waiting.length > 0) {
      const batch = waiting.splice(0, BATCH_SIZE);
      try {
        await recordApiRequests(getPartnerDb(), batch);
      } catch (error) {
        waiting.unshift(...batch);
        webLogger().warn({ err: error, waiting: waiting.length }, 'request log not written, will retry');
        timer ??= setTimeout(() => void flushApiRequestLog(), 5_000);
        timer.unref?.();
        return;
      }
    }
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}
