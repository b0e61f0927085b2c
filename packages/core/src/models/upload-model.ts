import type { Readable } from 'node:stream';
import type { Db } from '@facet/db/client';
import { modelAnalyses, models } from '@facet/db/schema/models';
import { isMeshError } from '@facet/mesh/errors';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { type DomainMessage, domainMessage } from '../i18n/domain-messages';
import { type Actor, actorMode } from '../shared/actor';
import { DomainError } from '../shared/errors';
import type { ObjectStorage } from '../storage/object-storage';
import { type TModel, toModelDto } from './model-dto';
import { MODEL_ANALYSED_TOPIC, MODEL_UPLOADED_TOPIC, recordModelEvent } from './model-events';
import { sniffUpload } from './sniff-upload';

/** The largest model file we take: detailed jewellery scans stay well under it. */
export const MAX_MODEL_BYTES = 100 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

const MAX_FILE_NAME_LENGTH = 200;

export const ZUploadFileName = z
  .string()
  .trim()
  .min(1)
  .max(MAX_FILE_NAME_LENGTH)
  // Said from the domain's catalogue by `fileNameRefusal`, by the issue's code.
  .refine((name) => !/\p{Cc}/u.test(name));

/** What is wrong with a file name, as ZUploadFileName found it. */
function fileNameRefusal(issue: z.core.$ZodIssue | undefined): DomainMessage | string {
  if (!issue) return domainMessage('model.file-name-invalid');
  if (issue.code === 'too_small') return domainMessage('model.file-name-missing');
  if (issue.code === 'too_big')
    return domainMessage('model.file-name-too-long', { max: MAX_FILE_NAME_LENGTH });
  if (issue.code === 'custom') return domainMessage('model.file-name-control-characters');
  return issue.message;
}

export interface UploadModelInput {
  fileName: string;
  body: Readable | Uint8Array;
  maxBytes?: number;
  /** A piece built in the shop's constructor: its parameters, kept so the workshop can regenerate it. */
  design?: Record<string, unknown> | null;
}

/**
 * Streams an uploaded model to storage (size limit, SHA-256), tells its format from its content,
 * and records it. A file seen before (same SHA-256) takes the analysis and previews already made;
 * anything new is analysed by the worker (through the outbox).
 */
export async function uploadModel(
  deps: { db: Db; storage: ObjectStorage },
  actor: Actor,
  input: UploadModelInput,
): Promise<TModel> {
  if (actor.kind === 'system') throw new DomainError('FORBIDDEN', domainMessage('model.owner-required'));
  const named = ZUploadFileName.safeParse(input.fileName);
  if (!named.success) {
    throw new DomainError('INVALID_INPUT', fileNameRefusal(named.error.issues[0]), { field: 'filename' });
  }
  const fileName = named.data;
  const id = uuidv7();
  const key = `models/${id}/original`;
  const stored = await deps.storage.put(key, input.body, { maxBytes: input.maxBytes ?? MAX_MODEL_BYTES });

  let format: ReturnType<typeof sniffUpload>;
  try {
    if (stored.sizeBytes === 0)
      throw new DomainError('INVALID_INPUT', domainMessage('model.file-empty'), { field: 'file' });
    format = sniffUpload(await deps.storage.getHead(key, SNIFF_BYTES), stored.sizeBytes);
  } catch (error) {
    await deps.storage.delete(key);
    if (isMeshError(error)) {
      throw new DomainError('UNPROCESSABLE', error.localized, { field: 'file', code: error.code });
    }
    throw error;
  }

  const cached = await deps.db.query.modelAnalyses.findFirst({
    where: eq(modelAnalyses.sha256, stored.sha256),
  });
  const model = await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(models)
      .values({
        id,
        ownerUserId: actor.kind === 'user' ? actor.userId : null,
        partnerId: actor.kind === 'partner' ? actor.partnerId : null,
        mode: actorMode(actor),
        originalName: fileName,
        fileKey: key,
        format,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        status: cached ? (cached.analysis ? 'ANALYSED' : 'REJECTED') : 'UPLOADED',
        analysis: cached?.analysis ?? null,
        rejectionReason: cached?.rejectionReason ?? null,
        rejectionMessage: cached?.rejectionMessage ?? null,
        previewGlbKey: cached?.previewGlbKey ?? null,
        previewPngKey: cached?.previewPngKey ?? null,
        design: input.design ?? null,
      })
      .returning();
    if (!row) throw new Error('Model insert returned nothing');
    if (!cached) await recordModelEvent(tx, MODEL_UPLOADED_TOPIC, row);
    else if (cached.analysis && !cached.previewPngKey) await recordModelEvent(tx, MODEL_ANALYSED_TOPIC, row);
    return row;
  });
  return toModelDto(model);
}
