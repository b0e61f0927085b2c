import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Db } from '@facet/db/client';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '@facet/db/schema/partners';
import { and, eq, gte, lte, max, sql } from 'drizzle-orm';
import { API_VERSION_HEADER, API_VERSIONS } from './api-versions';
import { SIGNATURE_HEADER, signWebhookBody, standardWebhookHeaders } from './sign-webhook';
import { effectiveWebhookAllowList } from './webhook-allow-list';
import { hasAttemptsLeft, webhookRetryDelayMs } from './webhook-retry-schedule';
import {
  guardedLookup,
  literalAddressRefusal,
  type WebhookAllowList,
  WebhookTargetRefused,
} from './webhook-target';

/** An endpoint is disabled when it failed this many times in a row… */
export const DISABLE_AFTER_FAILURES = 20;
/** …and has not accepted a delivery for this long (or ever, since it was created that long ago). */
export const DISABLE_AFTER_MS = 48 * 3600_000;
const TIMEOUT_MS = 10_000;
const USER_AGENT = 'Facet-Webhooks/1 (+https://facet.example/api/docs#webhooks)';

export type WebhookAttemptOutcome =
  | { outcome: 'delivered'; attempt: number; statusCode: number }
  | { outcome: 'retry'; attempt: number; retryInMs: number; error: string }
  | { outcome: 'failed'; attempt: number; error: string }
  | { outcome: 'skipped'; reason: string };

export interface AttemptWebhookDeps {
  db: Db;
  /** The environment's floor (WEBHOOK_ALLOWED_NETWORKS); the list an admin saved is added to it per attempt. */
  allowList?: WebhookAllowList;
  now?: () => Date;
  random?: () => number;
  disableAfterFailures?: number;
  disableAfterMs?: number;
  timeoutMs?: number;
}

/**
 * Makes one attempt of a delivery: signs the stored event with the endpoint's secret and a fresh
 * timestamp, POSTs it, logs the attempt, and either marks the delivery delivered, schedules the next
 * attempt (exponential back-off with jitter), or — past the last attempt — marks it failed. An endpoint
 * that keeps failing for long is disabled with the reason. Safe to call twice: a delivery that is no
 * longer pending is skipped.
 */
export async function attemptWebhookDelivery(
  deps: AttemptWebhookDeps,
  deliveryId: string,
): Promise<WebhookAttemptOutcome> {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const [found] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!found) return { outcome: 'skipped', reason: 'no such delivery' };
  const { delivery, endpoint } = found;
  if (delivery.status !== 'pending') return { outcome: 'skipped', reason: `already ${delivery.status}` };
  if (endpoint.disabledAt) {
    const error = `Not sent: the endpoint is disabled (${endpoint.disabledReason ?? 'no reason given'}).`;
    await db
      .update(webhookDeliveries)
      .set({ status: 'failed', lastError: error, nextAttemptAt: null })
      .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, 'pending')));
    return { outcome: 'failed', attempt: delivery.attempts, error };
  }

  const allowList = await effectiveWebhookAllowList(db, deps.allowList);
  // Claim the attempt number first, so a crash mid-send still counts the attempt.
  const [claimed] = await db
    .update(webhookDeliveries)
    .set({ attempts: sql`${webhookDeliveries.attempts} + 1` })
    .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, 'pending')))
    .returning({ attempts: webhookDeliveries.attempts });
  if (!claimed) return { outcome: 'skipped', reason: 'no longer pending' };
  const attempt = claimed.attempts;

  const body = JSON.stringify(delivery.payload);
  const sentAtS = Math.floor(now().getTime() / 1000);
  const eventId = (delivery.payload as { id?: string }).id ?? delivery.eventKey;
  // Deliveries recorded before payloads named their version are in the first one.
  const apiVersion = (delivery.payload as { apiVersion?: string }).apiVersion ?? API_VERSIONS[0].version;
  const result = await post({ ...deps, allowList }, endpoint.url, body, {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    [SIGNATURE_HEADER.toLowerCase()]: signWebhookBody(endpoint.secret, body, sentAtS),
    ...standardWebhookHeaders(endpoint.secret, eventId, body, sentAtS),
    'facet-event-id': eventId,
    'facet-event-type': delivery.eventType,
    'facet-delivery-id': delivery.id,
    'facet-attempt': String(attempt),
    [API_VERSION_HEADER.toLowerCase()]: apiVersion,
  });
  const finishedAt = now();
  const ok = result.statusCode !== null && result.statusCode >= 200 && result.statusCode < 300;

  return db.transaction(async (tx) => {
    await tx.insert(webhookAttempts).values({
      deliveryId: delivery.id,
      attempt,
      statusCode: result.statusCode,
      error: ok ? null : result.error,
      durationMs: result.durationMs,
      createdAt: finishedAt,
    });
    if (ok) {
      await tx
        .update(webhookDeliveries)
        .set({
          status: 'succeeded',
          lastStatusCode: result.statusCode,
          lastError: null,
          nextAttemptAt: null,
          deliveredAt: finishedAt,
        })
        .where(eq(webhookDeliveries.id, delivery.id));
      await tx
        .update(webhookEndpoints)
        .set({ consecutiveFailures: 0 })
        .where(eq(webhookEndpoints.id, endpoint.id));
      return { outcome: 'delivered', attempt, statusCode: result.statusCode! } as const;
    }

    const error = result.error ?? `HTTP ${result.statusCode}`;
    const retryInMs = hasAttemptsLeft(attempt) ? webhookRetryDelayMs(attempt, deps.random) : null;
    await tx
      .update(webhookDeliveries)
      .set({
        status: retryInMs === null ? 'failed' : 'pending',
        lastStatusCode: result.statusCode,
        lastError: error,
        nextAttemptAt: retryInMs === null ? null : new Date(finishedAt.getTime() + retryInMs),
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    const [counted] = await tx
      .update(webhookEndpoints)
      .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1` })
      .where(eq(webhookEndpoints.id, endpoint.id))
      .returning({ consecutiveFailures: webhookEndpoints.consecutiveFailures });
    const failures = counted?.consecutiveFailures ?? 0;
    if (failures >= (deps.disableAfterFailures ?? DISABLE_AFTER_FAILURES)) {
      await disableIfFailingSince(tx as unknown as Db, endpoint, failures, error, finishedAt, deps);
    }
    return retryInMs === null
      ? ({ outcome: 'failed', attempt, error } as const)
      : ({ outcome: 'retry', attempt, retryInMs, error } as const);
  });
}

interface PostResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/**
 * POSTs through the outbound guard: an address in the URL is checked before connecting, a name is
 * resolved, checked and pinned for the connection (guardedLookup). Redirects are never followed.
 */
function post(deps: AttemptWebhookDeps, url: string, body: string, headers: Record<string, string>) {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const timeoutMs = deps.timeoutMs ?? TIMEOUT_MS;
  const refusal = literalAddressRefusal(url, deps.allowList);
  if (refusal) {
    return Promise.resolve<PostResult>({
      statusCode: null,
      error: `Not sent: ${new WebhookTargetRefused(refusal).message}`,
      durationMs: 0,
    });
  }
  return new Promise<PostResult>((resolve) => {
    const target = new URL(url);
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(deps.allowList) as never,
        timeout: timeoutMs,
      },
      (response) => {
        response.resume();
        const status = response.statusCode ?? 0;
        const ok = status >= 200 && status < 300;
        resolve({
          statusCode: status,
          error: ok
            ? null
            : `The endpoint answered HTTP ${status}${status >= 300 && status < 400 ? ' (redirects are not followed)' : ''}.`,
          durationMs: elapsed(),
        });
      },
    );
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    request.on('error', (error) =>
      resolve({ statusCode: null, error: describeSendError(error, timeoutMs), durationMs: elapsed() }),
    );
    request.end(body);
  });
}

/** What the delivery log says of a failed send: what went wrong, never an address, port or stack. */
export function describeSendError(error: Error & { code?: string }, timeoutMs = TIMEOUT_MS): string {
  if (error instanceof WebhookTargetRefused) return `Not sent: ${error.message}`;
  switch (error.code) {
    case 'ETIMEDOUT':
      return `No answer within ${timeoutMs / 1000} s.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return 'Could not reach the endpoint: its host name does not resolve.';
    case 'ECONNREFUSED':
      return 'Could not reach the endpoint: the connection was refused.';
    case 'ECONNRESET':
    case 'EPIPE':
      return 'Could not reach the endpoint: the connection was closed before an answer.';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'Could not reach the endpoint: its network is unreachable.';
    default:
      if (error.code?.startsWith('ERR_TLS') || /CERT|SSL/.test(error.code ?? '')) {
        return 'Could not reach the endpoint: its TLS certificate was not accepted.';
      }
      return 'Could not reach the endpoint.';
  }
}

/** Disables the endpoint if it has accepted nothing for DISABLE_AFTER_MS, leaving a notice why. */
async function disableIfFailingSince(
  db: Db,
  endpoint: typeof webhookEndpoints.$inferSelect,
  failures: number,
  lastError: string,
  now: Date,
  deps: AttemptWebhookDeps,
): Promise<void> {
  const windowMs = deps.disableAfterMs ?? DISABLE_AFTER_MS;
  const [lastSuccess] = await db
    .select({ at: max(webhookAttempts.createdAt) })
    .from(webhookAttempts)
    .innerJoin(webhookDeliveries, eq(webhookDeliveries.id, webhookAttempts.deliveryId))
    .where(
      and(
        eq(webhookDeliveries.endpointId, endpoint.id),
        gte(webhookAttempts.statusCode, 200),
        lte(webhookAttempts.statusCode, 299),
      ),
    );
  const failingSince = lastSuccess?.at ?? endpoint.createdAt;
  if (now.getTime() - failingSince.getTime() < windowMs) return;
  const hours = Math.round((now.getTime() - failingSince.getTime()) / 3600_000);
  await db
    .update(webhookEndpoints)
    .set({
      disabledAt: now,
      disabledReason: `Disabled automatically on ${now.toISOString()} after ${failures} failed deliveries in a row and no success for ${hours} hours. Last error: ${lastError.slice(0, 300)} Fix the receiver, then re-enable the endpoint (PATCH /webhook-endpoints/{id} with "enabled": true) and reconcile with GET /orders?updated_since=….`,
    })
    .where(and(eq(webhookEndpoints.id, endpoint.id), sql`${webhookEndpoints.disabledAt} is null`));
}
