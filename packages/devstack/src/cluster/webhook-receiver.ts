import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A partner's webhook endpoint on 127.0.0.1 that answers 200 and counts what it receives. */
export interface WebhookReceiver {
  url: string;
  /** Events that arrived more than once (same id): receivers must ignore them by id. */
  resent: () => number;
  close: () => Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  /** Deliveries by event id: more than one means the same event was sent again. */
  const received = new Map<string, number>();
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const eventId = String(request.headers['facet-event-id'] ?? '');
      received.set(eventId, (received.get(eventId) ?? 0) + 1);
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    resent: () => [...received.values()].filter((count) => count > 1).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
