import { MODEL_FORMATS, MODEL_STATUSES } from '@facet/db/enums';
import type { models } from '@facet/db/schema/models';
import { z } from 'zod';
import { ZModelAnalysis } from '../models/model-analysis';
import { checkPrintability } from '../models/printability';
import { type TQuote, ZQuote } from '../pricing/quote';

export const ZPartnerQuote = ZQuote.meta({ id: 'Quote' });

export const ZPartnerModel = z
  .object({
    id: z.string().uuid(),
    fileName: z.string().meta({ example: 'signet-ring.stl' }),
    format: z.enum(MODEL_FORMATS),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    /** UPLOADED: being analysed (poll again shortly); ANALYSED: ready; REJECTED: see rejectionReason. */
    status: z.enum(MODEL_STATUSES),
    analysis: ZModelAnalysis.meta({ id: 'ModelAnalysis' }).nullable(),
    printability: z
      .object({
        printable: z.boolean(),
        /** Each problem in plain words, with what to do about it. */
        problems: z.array(z.string()),
      })
      .nullable(),
    rejectionReason: z.string().nullable(),
    /** A quote per active alloy (polished, scale 1, quantity 1), once the model is analysed. */
    quotes: z.array(ZPartnerQuote),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Model' });
export type TPartnerModel = z.infer<typeof ZPartnerModel>;

export function toPartnerModel(model: typeof models.$inferSelect, quotes: TQuote[]): TPartnerModel {
  const analysis = model.analysis ? ZModelAnalysis.parse(model.analysis) : null;
  return {
    id: model.id,
    fileName: model.originalName,
    format: model.format,
    sizeBytes: model.sizeBytes,
    sha256: model.sha256,
    status: model.status,
    analysis,
    printability: analysis ? checkPrintability(analysis) : null,
    rejectionReason: model.rejectionReason,
    quotes,
    createdAt: model.createdAt.toISOString(),
  };
}
