import type { Db } from '@facet/db/client';
import { alloys } from '@facet/db/schema/pricing';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { judgeCastability } from '../castability/judge-castability';
import { toJudgedAlloy } from '../castability/judge-order-item';
import { getModel } from '../models/get-model';
import { scaleAnalysis, ZModelAnalysis } from '../models/model-analysis';
import { checkPrintability } from '../models/printability';
import { ZOrderItemInput } from '../orders/create-order';
import { quote } from '../pricing/quote';
import { toPricedAlloy } from '../pricing/to-priced-alloy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { type TPartnerQuote, ZPartnerQuote } from './partner-model-dto';

export const ZQuoteModelInput = ZOrderItemInput.omit({ acceptCastabilityRisk: true }).extend({
  alloyCode: z
    .string()
    .min(1)
    .max(20)
    .optional()
    .meta({ description: 'Leave out for a quote in every active alloy.', example: 'AG925' }),
});
export type TQuoteModelInput = z.input<typeof ZQuoteModelInput>;

export const ZModelQuotes = z
  .object({
    modelId: z.string().uuid(),
    printable: z.boolean(),
    problems: z.array(z.string().max(500)).max(50),
    warnings: z.array(z.string().max(500)).max(50),
    quotes: z.array(ZPartnerQuote).max(100),
  })
  .meta({ id: 'ModelQuotes' });
export type TModelQuotes = z.infer<typeof ZModelQuotes>;

/**
 * Prices an analysed model in one alloy or in every active one, with the options an order item
 * takes. Quotes use today's prices; an order is priced again when it is placed.
 */
export async function quoteModel(db: Db, actor: Actor, rawInput: TQuoteModelInput): Promise<TModelQuotes> {
  const input = ZQuoteModelInput.parse(rawInput);
  const model = await getModel(db, actor, input.modelId);
  if (model.status === 'REJECTED') {
    throw new DomainError('UNPROCESSABLE', `This model cannot be made: ${model.rejectionReason}`, {
      field: 'modelId',
    });
  }
  if (!model.analysis) {
    throw new DomainError(
      'CONFLICT',
      'The model is still being analysed; ask again in a few seconds.',
      {
        field: 'modelId',
      },
      'model-not-ready',
    );
  }
  const analysis = ZModelAnalysis.parse(model.analysis);
  const rows = await db
    .select()
    .from(alloys)
    .where(and(eq(alloys.active, true), input.alloyCode ? eq(alloys.code, input.alloyCode) : undefined))
    .orderBy(asc(alloys.sortOrder), asc(alloys.code));
  if (input.alloyCode && rows.length === 0) {
    throw new DomainError('INVALID_INPUT', `Unknown alloy "${input.alloyCode}". GET /materials lists them.`, {
      field: 'alloyCode',
    });
  }
  const piece = scaleAnalysis(analysis, input.scale);
  const printability = checkPrintability(piece);
  return {
    modelId: model.id,
    printable: printability.printable,
    problems: printability.problems,
    warnings: printability.warnings,
    quotes: rows.map(
      (alloy): TPartnerQuote => ({
        ...quote(analysis, toPricedAlloy(alloy), input),
        castability: judgeCastability(piece, toJudgedAlloy(alloy)),
      }),
    ),
  };
}
