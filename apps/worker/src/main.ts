import { createServer } from 'node:http';
import { createDb } from '@facet/db/client';
import { startOutboxRelay } from '@facet/jobs/outbox-relay';
import { createOutboxPublisher } from '@facet/jobs/publish-outbox';
import { createQueue, QUEUES } from '@facet/jobs/queues';
import { createRedis } from '@facet/jobs/redis';
import { Emitter } from '@socket.io/redis-emitter';
import { Worker } from 'bullmq';
import pino from 'pino';
import { loadEnv } from './env';
import { createPriceOrderProcessor } from './jobs/price-order';

const env = loadEnv();
const logger = pino({ level: env.LOG_LEVEL, base: { app: 'worker' } });
const { db, close: closeDb } = createDb(env.DATABASE_URL, { max: 10, applicationName: 'facet-worker' });

const workerConnection = createRedis(env.REDIS_URL, 'worker');
const producerConnection = createRedis(env.REDIS_URL, 'producer');
const emitterRedis = createRedis(env.REDIS_URL, 'producer');
for (const connection of [workerConnection, producerConnection, emitterRedis]) {
  connection.on('error', (error) => logger.warn({ err: error.message }, 'redis connection error'));
}
const queueSettings = { connection: producerConnection, prefix: env.REDIS_PREFIX };
const queues = {
  priceOrder: createQueue('priceOrder', queueSettings),
  analyseModel: createQueue('analyseModel', queueSettings),
};

const workers = [
  new Worker(QUEUES.priceOrder.name, createPriceOrderProcessor(db, logger), {
    connection: workerConnection,
    prefix: env.REDIS_PREFIX,
    concurrency: env.WORKER_CONCURRENCY,
  }),
];
for (const worker of workers) {
  worker.on('failed', (job, error) =>
    logger.error({ jobId: job?.id, queue: worker.name, err: error.message }, 'job failed'),
  );
}

const relay = startOutboxRelay(
  db,
  createOutboxPublisher({
    queues,
    emitter: new Emitter(emitterRedis, { key: `${env.REDIS_PREFIX}:socket.io` }),
    emitterRedis,
  }),
  { onError: (error) => logger.error({ err: String(error) }, 'outbox relay error') },
);

const health = createServer((request, response) => {
  if (request.url === '/health') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ status: 'ok', redis: producerConnection.status }));
    return;
  }
  response.writeHead(404).end();
});
health.listen(env.WORKER_HEALTH_PORT, '127.0.0.1', () =>
  logger.info({ port: env.WORKER_HEALTH_PORT }, 'worker ready'),
);

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'worker stopping: finishing current jobs');
  health.close();
  await relay.stop();
  await Promise.all(workers.map((worker) => worker.close()));
  await Promise.all(Object.values(queues).map((queue) => queue.close()));
  for (const connection of [workerConnection, producerConnection, emitterRedis]) connection.disconnect();
  await closeDb();
  logger.info('worker stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
