import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { withPartnerCap } from './partner-lanes';
import { createPartnerRouting, type RoutedQueues } from './publish-outbox';
import { QUEUES } from './queues';

const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: null });
const opened: Array<Queue | Worker> = [];
afterAll(async () => {
  for (const closable of opened.reverse()) await closable.close();
  redis.disconnect();
});

/** Partner queues of their own per test, as the worker makes them. */
function lanesFor(test: string) {
  const prefix = `${inject('redisPrefix')}-lanes-${test}`;
  const queue = (key: keyof RoutedQueues) => {
    const made = new Queue(QUEUES[key].name, { connection: redis, prefix });
    opened.push(made);
    return made;
  };
  const queues: RoutedQueues = {
    priceOrder: queue('priceOrder'),
    analyseModel: queue('analyseModel'),
    makePreview: queue('makePreview'),
    partnerPriceOrder: queue('partnerPriceOrder'),
    partnerAnalyseModel: queue('partnerAnalyseModel'),
    partnerMakePreview: queue('partnerMakePreview'),
  };
  const lanes = { redis, prefix };
  return { prefix, queues, lanes, route: createPartnerRouting({ queues, lanes }) };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function untilDone(count: () => number, expected: number, timeoutMs = 30_000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (count() >= expected) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`only ${count()} of ${expected} done`));
      setTimeout(check, 20);
    };
    check();
  });
}

describe("the partner channel's lanes", () => {
  it("puts another partner's first job ahead of one partner's flood", async () => {
    const { prefix, route } = lanesFor('fair');
    const flooder = crypto.randomUUID();
    const other = crypto.randomUUID();
    const flood = Array.from({ length: 20 }, () => crypto.randomUUID());
    for (const modelId of flood) await route.analyseModel(flooder, { modelId });
    const single = crypto.randomUUID();
    await route.analyseModel(other, { modelId: single });

    const order: string[] = [];
    const worker = new Worker(
      QUEUES.partnerAnalyseModel.name,
      async (job: Job) => {
        order.push((job.data as { modelId: string }).modelId);
      },
      { connection: redis, prefix, concurrency: 1 },
    );
    opened.push(worker);
    await untilDone(() => order.length, 21);
    // The flood's first job may already be taken; the other partner's job comes right after it.
    expect(order.indexOf(single)).toBeLessThanOrEqual(1);
    // Within one partner, first come first served.
    expect(order.filter((id) => id !== single)).toEqual(flood);
  });

  it('runs at most the cap of one partner at once, while other partners run beside it', async () => {
    const { prefix, route } = lanesFor('cap');
    const partners = [crypto.randomUUID(), crypto.randomUUID()];
    for (const partnerId of partners) {
      for (let i = 0; i < 5; i += 1) {
        await route.priceOrder(partnerId, { orderId: crypto.randomUUID(), trigger: 'v1' });
      }
    }
    const running = new Map<string, number>();
    const mostAtOnce = new Map<string, number>();
    let mostOverall = 0;
    let done = 0;
    const finished: Job[] = [];
    const worker = new Worker(
      QUEUES.partnerPriceOrder.name,
      withPartnerCap(
        { redis, prefix, queueName: QUEUES.partnerPriceOrder.name, cap: 1, deferMs: 20 },
        async (job: Job) => {
          const { partnerId } = job.data as { partnerId: string };
          running.set(partnerId, (running.get(partnerId) ?? 0) + 1);
          mostAtOnce.set(partnerId, Math.max(mostAtOnce.get(partnerId) ?? 0, running.get(partnerId)!));
          mostOverall = Math.max(
            mostOverall,
            [...running.values()].reduce((a, b) => a + b, 0),
          );
          await pause(60);
          running.set(partnerId, running.get(partnerId)! - 1);
        },
      ),
      { connection: redis, prefix, concurrency: 4 },
    );
    worker.on('completed', (job) => {
      finished.push(job);
      done += 1;
    });
    opened.push(worker);
    await untilDone(() => done, 10);

    expect(Object.fromEntries(mostAtOnce)).toEqual({ [partners[0]!]: 1, [partners[1]!]: 1 });
    expect(mostOverall).toBe(2);
    // Taken past the cap and put back is not a failed attempt.
    expect(finished.every((job) => job.attemptsMade <= 1)).toBe(true);
    expect(await worker.isRunning()).toBe(true);
  });
});
