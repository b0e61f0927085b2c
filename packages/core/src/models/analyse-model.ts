import type { Db } from '@facet/db/client';
import type { ModelFormat } from '@facet/db/enums';
import { modelAnalyses, models } from '@facet/db/schema/models';
import { and, eq } from 'drizzle-orm';
import type { LocalizedMessage } from '../i18n/domain-messages';
import type { ObjectStorage } from '../storage/object-storage';
import type { TModelAnalysis } from './model-analysis';
import { MODEL_ANALYSED_TOPIC, recordModelEvent } from './model-events';

export type AnalyseOutcome =
  | { ok: true; analysis: TModelAnalysis }
  | {
      ok: false;
      code: string;
      /** Why the file cannot be read, in English (for logs). */
      reason: string;
      /** The same as a catalogue message (the parser's refusal), said in each reader's language. */
      message: LocalizedMessage;
    };

/** The CPU-heavy part, run where it cannot block the caller (a worker thread in the worker). */
export type AnalyseBytes = (bytes: Uint8Array, format: ModelFormat) => Promise<AnalyseOutcome>;

/**
 * Parses and analyses an uploaded model, once per content hash: the result is cached by SHA-256
 * and copied to the model. A file that cannot be read rejects the model with the reason (no retry:
 * the same bytes would fail again). Safe to repeat.
 */
export async function analyseModel(
  deps: { db: Db; storage: ObjectStorage; analyseBytes: AnalyseBytes },
  modelId: string,
): Promise<'analysed' | 'rejected' | 'skipped'> {
  const model = await deps.db.query.models.findFirst({ where: eq(models.id, modelId) });
  if (model?.status !== 'UPLOADED') return 'skipped';

  let cached = await deps.db.query.modelAnalyses.findFirst({ where: eq(modelAnalyses.sha256, model.sha256) });
  if (!cached) {
    const outcome = await deps.analyseBytes(await deps.storage.getBytes(model.fileKey), model.format);
    const [row] = await deps.db
      .insert(modelAnalyses)
      .values({
        sha256: model.sha256,
        analysis: outcome.ok ? outcome.analysis : null,
        rejectionCode: outcome.ok ? null : outcome.code,
        rejectionReason: outcome.ok ? null : outcome.reason,
        rejectionMessage: outcome.ok ? null : outcome.message,
      })
      .onConflictDoUpdate({ target: modelAnalyses.sha256, set: { sha256: model.sha256 } })
      .returning();
    cached = row;
  }
  if (!cached) throw new Error('Analysis cache write returned nothing');

  const analysed = cached.analysis !== null;
  await deps.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(models)
      .set({
        status: analysed ? 'ANALYSED' : 'REJECTED',
        analysis: cached.analysis,
        rejectionReason: cached.rejectionReason,
        rejectionMessage: cached.rejectionMessage,
        previewGlbKey: cached.previewGlbKey,
        previewPngKey: cached.previewPngKey,
      })
      .where(and(eq(models.id, modelId), eq(models.status, 'UPLOADED')))
      .returning();
    if (updated) await recordModelEvent(tx, MODEL_ANALYSED_TOPIC, updated, { onlySubmittedOrders: true });
  });
  return analysed ? 'analysed' : 'rejected';
}
