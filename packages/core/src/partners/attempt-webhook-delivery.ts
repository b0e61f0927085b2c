import type { Db } from '@facet/db/client';
import { webhookAttempts, webhookDeliveries, webhookEndpoints } from '@facet/db/schema/partners';
import { and, eq, gte, lte, max, sql } from 'drizzle-orm';
import { SIGNATURE_HEADER, signWebhookBody } from './sign-webhook';
import { hasAttemptsLeft, webhookRetryDelayMs } from './webhook-retry-schedule';

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
  fetch?: typeof fetch;
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

  // Claim the attempt number first, so a crash mid-send still counts the attempt.
  const [claimed] = await db
    .update(webhookDeliveries)
    .set({ attempts: sql`${webhookDeliveries.attempts} + 1` })
    .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.status, 'pending')))
    .returning({ attempts: webhookDeliveries.attempts });
  if (!claimed) return { outcome: 'skipped', reason: 'no longer pending' };
  const attempt = claimed.attempts;

  const body = JSON.stringify(delivery.payload);
  const sentAt = now();
  const result = await post(deps, endpoint.url, body, {
    'content-type': 'application/json',
    'user-agent': USER_AGENT,
    [SIGNATURE_HEADER.toLowerCase()]: signWebhookBody(
      endpoint.secret,
      body,
      Math.floor(sentAt.getTime() / 1000),
    ),
    'facet-event-id': (delivery.payload as { id?: string }).id ?? delivery.eventKey,
    'facet-event-type': delivery.eventType,
    'facet-delivery-id': delivery.id,
    'facet-attempt': String(attempt),
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

async function post(
  deps: AttemptWebhookDeps,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<PostResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await (deps.fetch ?? fetch)(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(deps.timeoutMs ?? TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => {});
    const ok = response.status >= 200 && response.status < 300;
    return {
      statusCode: response.status,
      error: ok
        ? null
        : `The endpoint answered HTTP ${response.status}${response.status >= 300 && response.status < 400 ? ' (redirects are not followed)' : ''}.`,
      durationMs: elapsed(),
    };
  } catch (error) {
    const cause =
      error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return {
      statusCode: null,
      error: timedOut
        ? `No answer within ${(deps.timeoutMs ?? TIMEOUT_MS) / 1000} s.`
        : `Could not reach the endpoint: ${cause}`,
      durationMs: elapsed(),
    };
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
