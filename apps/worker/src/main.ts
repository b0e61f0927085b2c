import { createServer } from 'node:http';
import { createStorage } from '@facet/core/storage/create-storage';
import { createDb } from '@facet/db/client';
import { startOutboxRelay } from '@facet/jobs/outbox-relay';
import { createOutboxPublisher } from '@facet/jobs/publish-outbox';
import { createQueue, QUEUES } from '@facet/jobs/queues';
import { createRedis } from '@facet/jobs/redis';
import { Emitter } from '@socket.io/redis-emitter';
import { type Processor, Worker } from 'bullmq';
import pino from 'pino';
import { loadEnv } from './env';
import { createAnalyseModelProcessor } from './jobs/analyse-model';
import { createMakePreviewProcessor } from './jobs/make-preview';
import { createPriceOrderProcessor } from './jobs/price-order';
import { createMeshPool } from './mesh/mesh-pool';

const env = loadEnv();
const logger = pino({ level: env.LOG_LEVEL, base: { app: 'worker' } });
const { db, close: closeDb } = createDb(env.DATABASE_URL, { max: 10, applicationName: 'facet-worker' });
const storage = createStorage(env);
const mesh = createMeshPool(env.MESH_THREADS);

const workerConnection = createRedis(env.REDIS_URL, 'worker');
const producerConnection = createRedis(env.REDIS_URL, 'producer');
const emitterRedis = createRedis(env.REDIS_URL, 'producer');
const connections = [workerConnection, producerConnection, emitterRedis];
for (const connection of connections) {
  connection.on('error', (error) => logger.warn({ err: error.message }, 'redis connection error'));
}
const queueSettings = { connection: producerConnection, prefix: env.REDIS_PREFIX };
const queues = {
  priceOrder: createQueue('priceOrder', queueSettings),
  analyseModel: createQueue('analyseModel', queueSettings),
  makePreview: createQueue('makePreview', queueSettings),
};

function startWorker(name: string, processor: Processor, concurrency = env.WORKER_CONCURRENCY) {
  const worker = new Worker(name, processor, {
    connection: workerConnection,
    prefix: env.REDIS_PREFIX,
    concurrency,
  });
  worker.on('failed', (job, error) =>
    logger.error(
      { jobId: job?.id, queue: name, attempt: job?.attemptsMade, err: error.message },
      'job failed',
    ),
  );
  worker.on('error', (error) => logger.error({ queue: name, err: error.message }, 'worker error'));
  return worker;
}

const workers = [
  startWorker(QUEUES.priceOrder.name, createPriceOrderProcessor(db, logger)),
  startWorker(
    QUEUES.analyseModel.name,
    createAnalyseModelProcessor({ db, storage, analyseBytes: mesh.analyseBytes }, logger),
    env.MESH_THREADS,
  ),
  startWorker(
    QUEUES.makePreview.name,
    createMakePreviewProcessor({ db, storage, previewBytes: mesh.previewBytes }, logger),
    env.MESH_THREADS,
  ),
];

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
  await mesh.close();
  for (const connection of connections) connection.disconnect();
  await closeDb();
  logger.info('worker stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
