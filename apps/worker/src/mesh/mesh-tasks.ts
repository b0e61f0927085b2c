import type { AnalyseOutcome } from '@facet/core/models/analyse-model';
import type { PreviewFiles } from '@facet/core/models/make-model-preview';
import type { ModelFormat } from '@facet/db/enums';
import { analyseMesh } from '@facet/mesh/analyse';
import { isMeshError } from '@facet/mesh/errors';
import { parseModel } from '@facet/mesh/parse';
import { makePreview } from '@facet/mesh/preview';

/** Runs in a worker thread (see mesh-pool.ts): one task per call. */
export type MeshTask =
  | { kind: 'analyse'; bytes: Uint8Array; format: ModelFormat }
  | { kind: 'preview'; bytes: Uint8Array; format: ModelFormat };

export default async function runMeshTask(task: MeshTask): Promise<AnalyseOutcome | PreviewFiles> {
  if (task.kind === 'analyse') {
    try {
      return { ok: true, analysis: analyseMesh(parseModel(task.bytes, { format: task.format })) };
    } catch (error) {
      if (isMeshError(error)) return { ok: false, code: error.code, reason: error.message };
      throw error;
    }
  }
  const preview = await makePreview(parseModel(task.bytes, { format: task.format }));
  return { glb: preview.glb, png: preview.png };
}
