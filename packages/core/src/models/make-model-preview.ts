import type { Db } from '@facet/db/client';
import type { ModelFormat } from '@facet/db/enums';
import { modelAnalyses, models } from '@facet/db/schema/models';
import { eq } from 'drizzle-orm';
import type { ObjectStorage } from '../storage/object-storage';
import { MODEL_PREVIEW_READY_TOPIC, recordModelEvent } from './model-events';

export interface PreviewFiles {
  glb: Uint8Array;
  png: Uint8Array;
}

export type PreviewBytes = (bytes: Uint8Array, format: ModelFormat) => Promise<PreviewFiles>;

/**
 * Makes the light GLB and the PNG thumbnail of an analysed model, once per content hash
 * (`previews/<sha256>.glb|png`), and announces them. Safe to repeat.
 */
export async function makeModelPreview(
  deps: { db: Db; storage: ObjectStorage; previewBytes: PreviewBytes },
  modelId: string,
): Promise<'made' | 'reused' | 'skipped'> {
  const model = await deps.db.query.models.findFirst({ where: eq(models.id, modelId) });
  if (model?.status !== 'ANALYSED' || model.previewPngKey) return 'skipped';

  const cached = await deps.db.query.modelAnalyses.findFirst({
    where: eq(modelAnalyses.sha256, model.sha256),
  });
  let keys =
    cached?.previewPngKey && cached.previewGlbKey
      ? { glb: cached.previewGlbKey, png: cached.previewPngKey }
      : null;
  const outcome = keys ? 'reused' : 'made';
  if (!keys) {
    const files = await deps.previewBytes(await deps.storage.getBytes(model.fileKey), model.format);
    keys = { glb: `previews/${model.sha256}.glb`, png: `previews/${model.sha256}.png` };
    await deps.storage.put(keys.glb, files.glb, { contentType: 'model/gltf-binary' });
    await deps.storage.put(keys.png, files.png, { contentType: 'image/png' });
    await deps.db
      .update(modelAnalyses)
      .set({ previewGlbKey: keys.glb, previewPngKey: keys.png })
      .where(eq(modelAnalyses.sha256, model.sha256));
  }
  const found = keys;
  await deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(models)
      .set({ previewGlbKey: found.glb, previewPngKey: found.png })
      .where(eq(models.id, modelId))
      .returning();
    if (updated) await recordModelEvent(tx, MODEL_PREVIEW_READY_TOPIC, updated);
  });
  return outcome;
}
