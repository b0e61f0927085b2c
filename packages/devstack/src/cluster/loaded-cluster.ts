import { createDb } from '@facet/db/client';
import { sessionCookieFor } from '@facet/testing/session-cookie';
import { type Cluster, type ClusterOptions, startCluster } from './cluster';
import { ConsoleClient } from './console-client';
import { OrderSubmitter } from './order-submitter';
import { createLoadPartners, type LoadPartner, seededUser } from './partners';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver';

export interface LoadedClusterOptions extends ClusterOptions {
  partners?: number;
  consolesPerRealtime?: number;
}

export interface LoadedCluster {
  cluster: Cluster;
  db: ReturnType<typeof createDb>['db'];
  /** Partners approved automatically, each with an analysed model and a webhook endpoint. */
  partners: LoadPartner[];
  /** Operators' consoles on every realtime process, reading the pool through the web process of the same rank. */
  consoles: ConsoleClient[];
  submitter: OrderSubmitter;
  receiver: WebhookReceiver;
  stop: () => Promise<void>;
}

/** A cluster with partners ready to order, a webhook receiver and connected operators' consoles. */
export async function startLoadedCluster(options: LoadedClusterOptions): Promise<LoadedCluster> {
  const cluster = await startCluster(options);
  const handle = createDb(cluster.database.url, { max: 4, applicationName: 'facet-cluster-check' });
  const receiver = await startWebhookReceiver();
  const consoles: ConsoleClient[] = [];
  const stop = async () => {
    for (const console of consoles) console.close();
    await receiver.close();
    await handle.close();
    await cluster.stop();
  };
  try {
    const partners = await createLoadPartners(handle.db, cluster.webs[0]!.url, options.partners ?? 4, {
      webhookUrl: receiver.url,
    });
    const operator = await seededUser(handle.db, 'operator@facet.local');
    const cookie = await sessionCookieFor(operator, cluster.secret);
    cluster.realtimes.forEach((realtime, i) => {
      const web = cluster.webs[i % cluster.webs.length]!;
      for (let n = 1; n <= (options.consolesPerRealtime ?? 1); n += 1) {
        const name = options.consolesPerRealtime
          ? `console ${n} on ${realtime.name}`
          : `console on ${realtime.name}`;
        consoles.push(new ConsoleClient(name, realtime.url, web.url, cookie));
      }
    });
    await Promise.all(consoles.map((console) => console.waitConnected()));
    return {
      cluster,
      db: handle.db,
      partners,
      consoles,
      submitter: new OrderSubmitter(() => cluster.webs.map((web) => web.url)),
      receiver,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
