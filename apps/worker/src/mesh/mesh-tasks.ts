import type { AnalyseOutcome } from '@facet/core/models/analyse-model';
import type { PreviewFiles } from '@facet/core/models/make-model-preview';
import type { ModelFormat } from '@facet/db/enums';
import { analyseMeshForThickness, type MeshAnalysis } from '@facet/mesh/analyse';
import {
  buildThicknessBvh,
  finishThickness,
  measureThicknessPart,
  prepareThicknessSurface,
  type ThicknessJob,
  type ThicknessPart,
  type ThicknessSurface,
  type ThicknessUnknown,
  type WallThickness,
} from '@facet/mesh/analysis/measure-thickness';
import { isMeshError } from '@facet/mesh/errors';
import type { IndexedMesh } from '@facet/mesh/mesh';
import { parseModel } from '@facet/mesh/parse';
import { makePreview } from '@facet/mesh/preview';

/** Runs in a worker thread (see mesh-pool.ts): one task per call. */
export type MeshTask =
  | { kind: 'analyse'; bytes: Uint8Array; format: ModelFormat }
  | { kind: 'thickness-surface'; mesh: IndexedMesh }
  | { kind: 'thickness-bvh'; mesh: IndexedMesh }
  | { kind: 'thickness-part'; job: ThicknessJob; deadline: number }
  | { kind: 'thickness-finish'; job: ThicknessJob; parts: ThicknessPart[]; timeLimitMs: number }
  | { kind: 'preview'; bytes: Uint8Array; format: ModelFormat };

/** The analysis without its thickness yet, and the welded mesh in shared memory to measure it on. */
export type AnalyseTaskResult =
  | { ok: true; analysis: MeshAnalysis; welded: IndexedMesh | ThicknessUnknown }
  | Extract<AnalyseOutcome, { ok: false }>;

export default async function runMeshTask(
  task: MeshTask,
): Promise<
  | AnalyseTaskResult
  | ThicknessSurface
  | ThicknessUnknown
  | ThicknessJob['bvh']
  | ThicknessPart
  | WallThickness
  | PreviewFiles
> {
  switch (task.kind) {
    case 'analyse':
      try {
        return { ok: true, ...analyseMeshForThickness(parseModel(task.bytes, { format: task.format })) };
      } catch (error) {
        if (isMeshError(error)) {
          return { ok: false, code: error.code, reason: error.message, message: error.localized };
        }
        throw error;
      }
    case 'thickness-surface':
      return prepareThicknessSurface(task.mesh, true);
    case 'thickness-bvh':
      return buildThicknessBvh(task.mesh, true);
    case 'thickness-part':
      return measureThicknessPart(task.job, task.deadline);
    case 'thickness-finish':
      return finishThickness(task.job, task.parts, { timeLimitMs: task.timeLimitMs }).thickness;
    case 'preview': {
      const preview = await makePreview(parseModel(task.bytes, { format: task.format }));
      return { glb: preview.glb, png: preview.png };
    }
  }
}
