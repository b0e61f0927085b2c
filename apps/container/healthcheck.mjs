// The image's HEALTHCHECK: asks the health endpoint of whichever app the entry point started.
import { readFileSync } from 'node:fs';

const app = readFileSync('/tmp/facet-app', 'utf8').trim();
const urls = {
  web: `http://127.0.0.1:${process.env.PORT ?? 3000}/api/health`,
  worker: `http://127.0.0.1:${process.env.WORKER_HEALTH_PORT ?? 3101}/health`,
  realtime: `http://127.0.0.1:${process.env.REALTIME_PORT ?? 3001}/health`,
};
const url = urls[app];
if (!url) process.exit(app === 'migrate' ? 0 : 1);
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4_000) });
  process.exit(response.ok ? 0 : 1);
} catch {
  process.exit(1);
}
