/**
 * Which work a worker process takes (README: Isolation): everything (one process, the default), the
 * site's only (the shop's and the console's jobs, the outbox relay and the periodic tasks), or the
 * partners' only (their models, previews and prices, webhook deliveries and sandbox orders), so that
 * partner work can run in a process of its own at a lower priority.
 */
export const WORKER_ROLES = ['all', 'site', 'partner'] as const;
export type WorkerRole = (typeof WORKER_ROLES)[number];
