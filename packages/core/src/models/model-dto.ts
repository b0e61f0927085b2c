import { MODEL_FORMATS, MODEL_STATUSES } from '@facet/db/enums';
import type { models } from '@facet/db/schema/models';
import { z } from 'zod';
import { knownMessageOrNull, ZLocalizedMessage } from '../i18n/domain-messages';
import { ZModelAnalysis } from './model-analysis';
import { checkPrintability, type Printability } from './printability';

export const ZModel = z.object({
  id: z.string().uuid(),
  originalName: z.string(),
  format: z.enum(MODEL_FORMATS),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  status: z.enum(MODEL_STATUSES),
  analysis: ZModelAnalysis.nullable(),
  /** What stops the workshop from casting it as uploaded, in plain words (empty when fine). */
  problems: z.array(z.string()),
  /** What could not be checked, for a person to look at (e.g. "Thickness unknown: …"). */
  warnings: z.array(z.string()),
  /** The problems and warnings as catalogue messages, one for each, said in the reader's language. */
  problemsLocalized: z.array(ZLocalizedMessage),
  warningsLocalized: z.array(ZLocalizedMessage),
  /** Why the file cannot be read, in English; `rejectionMessage` says it in the reader's language. */
  rejectionReason: z.string().nullable(),
  rejectionMessage: ZLocalizedMessage.nullable(),
  previewReady: z.boolean(),
  urls: z.object({
    previewPng: z.string(),
    previewGlb: z.string(),
    original: z.string(),
    download: z.string(),
  }),
  createdAt: z.date(),
});
export type TModel = z.infer<typeof ZModel>;

/**
 * What the DTO shows of a model's row: the models' own rows have it, and so does the row they publish
 * for the orders and the shop (`modelDetails`).
 */
type ModelDtoRow = Pick<
  typeof models.$inferSelect,
  | 'id'
  | 'originalName'
  | 'format'
  | 'sizeBytes'
  | 'sha256'
  | 'status'
  | 'analysis'
  | 'rejectionReason'
  | 'rejectionMessage'
  | 'previewPngKey'
  | 'createdAt'
>;

export function toModelDto(model: ModelDtoRow): TModel {
  const analysis = model.analysis ? ZModelAnalysis.parse(model.analysis) : null;
  const base = `/api/models/${model.id}`;
  return {
    id: model.id,
    originalName: model.originalName,
    format: model.format,
    sizeBytes: model.sizeBytes,
    sha256: model.sha256,
    status: model.status,
    analysis,
    ...(analysis
      ? pickFindings(checkPrintability(analysis))
      : { problems: [], warnings: [], problemsLocalized: [], warningsLocalized: [] }),
    rejectionReason: model.rejectionReason,
    rejectionMessage: knownMessageOrNull(model.rejectionMessage),
    previewReady: model.previewPngKey !== null,
    urls: {
      previewPng: `${base}/preview.png`,
      previewGlb: `${base}/preview.glb`,
      original: `${base}/original`,
      download: `${base}/download`,
    },
    createdAt: model.createdAt,
  };
}

function pickFindings({ problems, warnings, problemsLocalized, warningsLocalized }: Printability) {
  return { problems, warnings, problemsLocalized, warningsLocalized };
}
