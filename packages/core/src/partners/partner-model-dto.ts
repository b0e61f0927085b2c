import { MODEL_FORMATS, MODEL_STATUSES } from '@facet/db/enums';
import type { modelDetails } from '@facet/db/schema/models';
import { z } from 'zod';
import { type TPartnerCastability, ZPartnerCastability } from '../castability/judge-castability';
import { renderStoredMessage } from '../i18n/domain-messages';
import type { Locale } from '../i18n/locale';
import { sayThicknessReasonIn } from '../i18n/thickness-reasons';
import { type TModelAnalysis, ZModelAnalysis } from '../models/model-analysis';
import { checkPrintability, type Printability, printabilityIn } from '../models/printability';
import { ZCastableQuote } from '../models/quote-model-in-alloys';

export const ZPartnerQuote = ZCastableQuote.extend({
  castability: ZPartnerCastability.meta({
    description:
      "Whether the piece can be cast in this quote's alloy, judged by the alloy's design rules today, with each finding and where it is. CASTABLE_WITH_RISK: order it with `acceptCastabilityRisk: true`; NOT_CASTABLE: it cannot be ordered in this alloy. `summary` and each finding's `message` are English, or Russian when `Accept-Language` asks for it.",
  }),
}).meta({ id: 'Quote' });
export type TPartnerQuote = z.infer<typeof ZPartnerQuote>;

export const ZPartnerModel = z
  .object({
    id: z.string().uuid(),
    fileName: z.string().max(200).meta({ example: 'signet-ring.stl' }),
    format: z.enum(MODEL_FORMATS),
    sizeBytes: z.number().int(),
    sha256: z.string().length(64),
    /** UPLOADED: being analysed (poll again shortly); ANALYSED: ready; REJECTED: see rejectionReason. */
    status: z.enum(MODEL_STATUSES),
    analysis: ZModelAnalysis.meta({ id: 'ModelAnalysis' }).nullable(),
    castability: z.array(ZPartnerCastability).max(100).meta({
      description:
        'The verdict in every active alloy (the same as in `quotes`), once the model is analysed: castable, castable with risk or not castable, with the findings and where they are.',
    }),
    printability: z
      .object({
        printable: z.boolean(),
        /** Each problem in plain words, with what to do about it: English, or Russian when `Accept-Language` asks for it. */
        problems: z.array(z.string().max(500)).max(50),
        /** What could not be checked (e.g. "Thickness unknown: …"); does not stop an order. Walls, wires and size are judged per alloy in `castability`. English, or Russian when `Accept-Language` asks for it. */
        warnings: z.array(z.string().max(500)).max(50),
      })
      .nullable(),
    /** Why the file cannot be read: English, or Russian when `Accept-Language` asks for it. */
    rejectionReason: z.string().max(4000).nullable(),
    /** A quote per active alloy (polished, scale 1, quantity 1), once the model is analysed. */
    quotes: z.array(ZPartnerQuote).max(100),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'Model' });
export type TPartnerModel = z.infer<typeof ZPartnerModel>;

/** What a partner's model shows of its row: the models' published row (`modelDetails`) has it. */
type PartnerModelRow = Pick<
  typeof modelDetails.$inferSelect,
  | 'id'
  | 'originalName'
  | 'format'
  | 'sizeBytes'
  | 'sha256'
  | 'status'
  | 'analysis'
  | 'rejectionReason'
  | 'rejectionMessage'
  | 'createdAt'
>;

/** The model as a partner reads it; `locale` is the language `Accept-Language` asked for. */
export function toPartnerModel(
  model: PartnerModelRow,
  quotes: TPartnerQuote[],
  locale: Locale = 'en',
): TPartnerModel {
  const analysis = model.analysis ? ZModelAnalysis.parse(model.analysis) : null;
  return {
    id: model.id,
    fileName: model.originalName,
    format: model.format,
    sizeBytes: model.sizeBytes,
    sha256: model.sha256,
    status: model.status,
    analysis: analysis && analysisIn(analysis, locale),
    castability: quotes.map((quote): TPartnerCastability => quote.castability),
    printability: analysis ? printableIn(checkPrintability(analysis), locale) : null,
    rejectionReason: renderStoredMessage(model.rejectionMessage, locale) ?? model.rejectionReason,
    quotes,
    createdAt: model.createdAt.toISOString(),
  };
}

/** The analysis with why its wall could not be measured said in `locale` (its code and params as stored). */
function analysisIn(analysis: TModelAnalysis, locale: Locale): TModelAnalysis {
  const thickness = analysis.thickness;
  if (!thickness || thickness.measured || locale === 'en') return analysis;
  return { ...analysis, thickness: { ...thickness, reason: sayThicknessReasonIn(thickness, locale) } };
}

/** Whether the piece can be printed, its problems and warnings said in `locale`. */
function printableIn(printability: Printability, locale: Locale): TPartnerModel['printability'] {
  return { printable: printability.printable, ...printabilityIn(printability, locale) };
}
