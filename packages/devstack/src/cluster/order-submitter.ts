import { randomUUID } from 'node:crypto';
import type { LoadPartner } from './partners';

export interface Acknowledged {
  idempotencyKey: string;
  partnerId: string;
  orderId: string;
  /** Which web process answered 2xx. */
  webUrl: string;
  /** The latency of the request that was answered 2xx. */
  latencyMs: number;
  attempts: number;
}

export interface SubmissionStats {
  acknowledged: Acknowledged[];
  /** Requests answered 4xx other than "try again" ones: a test expects none. */
  refused: { status: number; body: string }[];
  /** Submissions still without a 2xx when the submitter gave up. */
  unacknowledged: number;
  /** Every answer by status ("network" for a connection that failed). */
  answers: Record<string, number>;
}

const RETRYABLE = new Set([409, 429, 500, 502, 503, 504]);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Places orders the way a careful partner integration does: one Idempotency-Key per order, and on a
 * network error, a 5xx, a 409 (the first request with that key still in flight) or a 429 the same
 * request again with the same key, until it is answered 2xx or `giveUpAfterMs` has passed.
 */
export class OrderSubmitter {
  readonly stats: SubmissionStats = { acknowledged: [], refused: [], unacknowledged: 0, answers: {} };
  private next = 0;

  constructor(
    private readonly webUrls: () => string[],
    private readonly giveUpAfterMs = 180_000,
  ) {}

  private count(answer: string) {
    this.stats.answers[answer] = (this.stats.answers[answer] ?? 0) + 1;
  }

  async placeOrder(partner: LoadPartner, webUrl?: string): Promise<Acknowledged | null> {
    const idempotencyKey = randomUUID();
    const body = JSON.stringify({
      items: [{ modelId: partner.modelId, alloyCode: 'AG925', finish: 'polished', scale: 1, quantity: 1 }],
    });
    const started = Date.now();
    for (let attempt = 1; Date.now() - started < this.giveUpAfterMs; attempt += 1) {
      const urls = this.webUrls();
      const url = webUrl ?? urls[this.next++ % urls.length]!;
      const sent = performance.now();
      let response: Response;
      try {
        response = await fetch(`${url}/api/v1/orders`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${partner.key}`,
            'content-type': 'application/json',
            'idempotency-key': idempotencyKey,
          },
          body,
          signal: AbortSignal.timeout(20_000),
        });
      } catch {
        this.count('network');
        await pause(Math.min(200 * attempt, 2_000));
        continue;
      }
      const latencyMs = performance.now() - sent;
      this.count(String(response.status));
      const text = await response.text().catch(() => '');
      if (response.status === 200 || response.status === 201) {
        const order = JSON.parse(text) as { id: string };
        const acknowledged = {
          idempotencyKey,
          partnerId: partner.partnerId,
          orderId: order.id,
          webUrl: url,
          latencyMs,
          attempts: attempt,
        };
        this.stats.acknowledged.push(acknowledged);
        return acknowledged;
      }
      if (!RETRYABLE.has(response.status)) {
        this.stats.refused.push({ status: response.status, body: text.slice(0, 500) });
        return null;
      }
      const retryAfterS = Number(response.headers.get('retry-after'));
      await pause(
        Number.isFinite(retryAfterS) && retryAfterS > 0 ? retryAfterS * 1000 : Math.min(200 * attempt, 2_000),
      );
    }
    this.stats.unacknowledged += 1;
    return null;
  }

  /** `concurrency` partners' integrations placing orders one after another until `until()` says stop. */
  async run(partners: LoadPartner[], concurrency: number, until: () => boolean): Promise<void> {
    await Promise.all(
      Array.from({ length: concurrency }, async (_, lane) => {
        const partner = partners[lane % partners.length]!;
        while (!until()) await this.placeOrder(partner);
      }),
    );
  }
}
