import type { AnalyseBytes, AnalyseOutcome } from '@facet/core/models/analyse-model';
import type { PreviewBytes, PreviewFiles } from '@facet/core/models/make-model-preview';
import type {
  ThicknessJob,
  ThicknessPart,
  ThicknessSurface,
  ThicknessUnknown,
  WallThickness,
} from '@facet/mesh/analysis/measure-thickness';
import { Piscina } from 'piscina';
import type { AnalyseTaskResult, MeshTask } from './mesh-tasks';
import { PreviewGate } from './preview-gate';

/** Past this, a model's thickness is "unknown: too detailed" rather than holding the threads. */
export const THICKNESS_TIME_LIMIT_MS = 60_000;

/**
 * Parsing, analysis and previews run in worker threads, so a 100 MB model never blocks the event
 * loop that renews BullMQ's job locks and serves the health endpoint. The wall thickness is
 * measured by all the threads at once, each taking groups of vertices as it goes, from one copy of the
 * mesh and its BVH in shared memory. Previews keep out of the analyses' way (preview-gate.ts).
 */
export function createMeshPool(
  threads: number,
  thicknessTimeLimitMs = THICKNESS_TIME_LIMIT_MS,
  options: { niceness?: number; minThreads?: number } = {},
) {
  const pool = new Piscina({
    filename: new URL('./mesh-thread.mjs', import.meta.url).href,
    minThreads: options.minThreads ?? 1,
    maxThreads: threads,
    idleTimeout: 60_000,
    workerData: { niceness: options.niceness ?? 0 },
  });
  const gate = new PreviewGate(threads);
  const runNow = <T>(task: MeshTask, transferList: ArrayBuffer[] = []) =>
    pool.run(task, { transferList }) as Promise<T>;
  const run = <T>(task: MeshTask, transferList: ArrayBuffer[] = []) =>
    gate.task(() => runNow<T>(task, transferList));

  const analyseBytes: AnalyseBytes = (bytes, format) => gate.analysis(() => analyse(bytes, format));
  const analyse = async (bytes: Uint8Array, format: Parameters<AnalyseBytes>[1]): Promise<AnalyseOutcome> => {
    const deadline = Date.now() + thicknessTimeLimitMs;
    const analysed = await run<AnalyseTaskResult>({ kind: 'analyse', bytes, format }, [
      bytes.buffer as ArrayBuffer,
    ]);
    if (!analysed.ok) return analysed;
    const { welded } = analysed;
    if ('measured' in welded) return { ok: true, analysis: { ...analysed.analysis, thickness: welded } };
    // The surface's normals, areas and sampling, and the BVH, made side by side on two threads.
    const [surface, bvh] = await Promise.all([
      run<ThicknessSurface | ThicknessUnknown>({ kind: 'thickness-surface', mesh: welded }),
      run<ThicknessJob['bvh']>({ kind: 'thickness-bvh', mesh: welded }),
    ]);
    if ('measured' in surface) return { ok: true, analysis: { ...analysed.analysis, thickness: surface } };
    const job: ThicknessJob = { ...surface, bvh };
    // Every thread takes clusters of vertices from the job's shared counter until none is left.
    const parts = await Promise.all(
      Array.from({ length: threads }, () => run<ThicknessPart>({ kind: 'thickness-part', job, deadline })),
    );
    const thickness = await run<WallThickness>({
      kind: 'thickness-finish',
      job,
      parts,
      timeLimitMs: thicknessTimeLimitMs,
    });
    return { ok: true, analysis: { ...analysed.analysis, thickness } };
  };
  const previewBytes: PreviewBytes = (bytes, format) =>
    gate.preview(() =>
      runNow<PreviewFiles>({ kind: 'preview', bytes, format }, [bytes.buffer as ArrayBuffer]),
    );
  return { analyseBytes, previewBytes, close: () => pool.destroy() };
}
