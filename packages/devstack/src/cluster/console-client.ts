import type { OrderChangedPayload } from '@facet/core/orders/order-changed';
import type { ClientToServerEvents, ServerToClientEvents } from '@facet/core/realtime/events';
import { io, type Socket } from 'socket.io-client';

interface PoolPage {
  items: { id: string }[];
  nextCursor: string | null;
}

/**
 * An operator's console without the browser: a Socket.io connection to one realtime process with an
 * operator's session, and the console's rule — read the pool again from the web app (tRPC, the same
 * query the page makes) on every connect and every resync, then apply pushes.
 */
export class ConsoleClient {
  /** Orders this console has shown in its pool, from a reload or a push. */
  readonly seen = new Set<string>();
  /** Orders that reached this console as a push. */
  readonly pushed = new Set<string>();
  reloads = 0;
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private reloading: Promise<void> = Promise.resolve();

  constructor(
    readonly name: string,
    realtimeUrl: string,
    private readonly webUrl: string,
    private readonly cookie: string,
  ) {
    this.socket = io(realtimeUrl, {
      transports: ['websocket'],
      extraHeaders: { cookie },
      auth: { surface: 'mes' },
      reconnectionDelay: 100,
      reconnectionDelayMax: 1_000,
    });
    this.socket.on('connect', () => this.reload());
    this.socket.on('resync', () => this.reload());
    this.socket.on('order:changed', (event: OrderChangedPayload) => {
      if (event.status !== 'MANUFACTURING_APPROVED') return;
      this.pushed.add(event.orderId);
      this.seen.add(event.orderId);
    });
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  waitConnected(timeoutMs = 30_000): Promise<void> {
    if (this.socket.connected) return this.reloading;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not connect`)), timeoutMs);
      this.socket.once('connect', () => {
        clearTimeout(timer);
        resolve(this.reloading);
      });
    });
  }

  private reload(): void {
    this.reloading = this.reloading.then(() => this.readPool()).catch(() => this.retryReload());
  }

  private retryReload(): void {
    setTimeout(() => this.reload(), 500);
  }

  private async readPool(): Promise<void> {
    let cursor: string | null = null;
    do {
      const input = { json: cursor ? { limit: 100, cursor } : { limit: 100 } };
      const response = await fetch(
        `${this.webUrl}/api/trpc/mes.listPool?input=${encodeURIComponent(JSON.stringify(input))}`,
        { headers: { cookie: this.cookie }, signal: AbortSignal.timeout(15_000) },
      );
      if (!response.ok) throw new Error(`mes.listPool answered ${response.status}`);
      const page = ((await response.json()) as { result: { data: { json: PoolPage } } }).result.data.json;
      for (const card of page.items) this.seen.add(card.id);
      cursor = page.nextCursor;
    } while (cursor);
    this.reloads += 1;
  }

  close(): void {
    this.socket.disconnect();
  }
}
