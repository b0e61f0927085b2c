import 'server-only';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { systemQueues } from '../../system-probes';

export const QUEUE_BOARD_PATH = '/admin/queues';

let board: Hono | undefined;

/** Where @bull-board/ui's built files are (its page template and static assets, all served locally). */
function uiBasePath(): string {
  let folder = process.cwd();
  for (let depth = 0; depth < 6; depth += 1) {
    const candidate = join(folder, 'node_modules', '@bull-board', 'ui');
    if (existsSync(join(candidate, 'dist', 'index.ejs'))) return candidate;
    folder = dirname(folder);
  }
  throw new Error('@bull-board/ui is not installed next to the web app');
}

/** bull-board (UI and API) as a Hono app mounted at /admin/queues; built once per server process. */
export function queueBoard(): Hono {
  if (board) return board;
  const adapter = new HonoAdapter(serveStatic);
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: systemQueues().map((queue) => new BullMQAdapter(queue)),
    serverAdapter: adapter,
    options: {
      uiBasePath: uiBasePath(),
      uiConfig: {
        boardTitle: 'Facet queues',
        hideDocsLink: true,
        miscLinks: [{ text: 'Back to Facet admin', url: '/admin' }],
      },
    },
  });
  board = new Hono().route(QUEUE_BOARD_PATH, adapter.registerPlugin());
  return board;
}

/** bull-board's page links its fonts from Google; the dashboard loads nothing from elsewhere, so that link goes. */
const EXTERNAL_STYLESHEET = /<link[^>]+href="https:\/\/[^"]+"[^>]*>\s*/g;

export async function withoutExternalFonts(response: Response): Promise<Response> {
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const page = (await response.text()).replace(EXTERNAL_STYLESHEET, '');
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(page, { status: response.status, headers });
}
