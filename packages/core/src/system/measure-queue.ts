/** What measuring needs of a queue (a BullMQ Queue fits). */
export interface QueueProbe {
  name: string;
  getJobCounts(...types: Array<'waiting' | 'active' | 'delayed' | 'failed'>): Promise<Record<string, number>>;
  getJobs(
    types: Array<'waiting'>,
    start: number,
    end: number,
    asc: boolean,
  ): Promise<Array<{ timestamp: number }>>;
}

export interface QueueFigures {
  name: string;
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
  /** Age of the job that has waited longest, null when none waits. */
  oldestWaitingAgeS: number | null;
}

export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

/** Jobs per state and the oldest waiting job's age: two cheap Redis reads, however long the queue. */
export async function measureQueue(queue: QueueProbe): Promise<QueueFigures> {
  const counts = await queue.getJobCounts(...QUEUE_STATES);
  const [oldest] = counts.waiting ? await queue.getJobs(['waiting'], 0, 0, true) : [];
  return {
    name: queue.name,
    waiting: counts.waiting ?? 0,
    active: counts.active ?? 0,
    delayed: counts.delayed ?? 0,
    failed: counts.failed ?? 0,
    oldestWaitingAgeS: oldest ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : null,
  };
}
