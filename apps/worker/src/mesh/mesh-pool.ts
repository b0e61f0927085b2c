import type { AnalyseBytes, AnalyseOutcome } from '@facet/core/models/analyse-model';
import type { PreviewBytes, PreviewFiles } from '@facet/core/models/make-model-preview';
import { Piscina } from 'piscina';
import type { MeshTask } from './mesh-tasks';

/**
 * Parsing, analysis and previews run in worker threads, so a 100 MB model never blocks the event
 * loop that renews BullMQ's job locks and serves the health endpoint.
 */
export function createMeshPool(threads: number) {
  const pool = new Piscina({
    filename: new URL('./mesh-thread.mjs', import.meta.url).href,
    minThreads: 1,
    maxThreads: threads,
    idleTimeout: 60_000,
  });
  const run = <T>(task: MeshTask) =>
    pool.run(task, { transferList: [task.bytes.buffer as ArrayBuffer] }) as Promise<T>;
  const analyseBytes: AnalyseBytes = (bytes, format) =>
    run<AnalyseOutcome>({ kind: 'analyse', bytes, format });
  const previewBytes: PreviewBytes = (bytes, format) => run<PreviewFiles>({ kind: 'preview', bytes, format });
  return { analyseBytes, previewBytes, close: () => pool.destroy() };
}
