import type { Db } from '@facet/db/client';
import { FINISHES } from '@facet/db/enums';
import { z } from 'zod';
import { judgeCastability, ZCastability } from '../castability/judge-castability';
import { toJudgedAlloy } from '../castability/judge-order-item';
import { getModel } from '../models/get-model';
import { scaleAnalysis, ZModelAnalysis } from '../models/model-analysis';
import { findActiveAlloys } from '../pricing/find-active-alloys';
import { quote, ZQuote } from '../pricing/quote';
import { RingResizeRefused } from '../pricing/resize-ring';
import { toPricedAlloy } from '../pricing/to-priced-alloy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';

export const ZQuoteOptions = z.object({
  finish: z.enum(FINISHES).default('polished'),
  scale: z.number().min(0.5, 'Scale at least 50%.').max(2, 'Scale at most 200%.').default(1),
  quantity: z
    .number()
    .int()
    .min(1, 'At least one piece.')
    .max(100, 'At most 100 pieces per order line.')
    .default(1),
  ringSize: z
    .number()
    .min(40, 'Ring sizes start at EU 40 (40 mm around inside).')
    .max(76, 'Ring sizes end at EU 76 (76 mm around inside).')
    .nullish(),
  engraving: z.string().trim().max(40, 'Engraving can be at most 40 characters.').nullish(),
});
export type TQuoteOptions = z.infer<typeof ZQuoteOptions>;

export const ZQuoteModelInput = ZQuoteOptions.extend({ modelId: z.string().uuid() });

/** A price in one alloy with the verdict whether the piece can be cast in it. */
export const ZShopQuote = ZQuote.extend({ castability: ZCastability });
export type TShopQuote = z.infer<typeof ZShopQuote>;

/**
 * The instant price of a model in every active alloy and its castability in each, from its cached
 * analysis: choosing another alloy needs no new request.
 */
export async function quoteModel(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZQuoteModelInput>,
): Promise<TShopQuote[]> {
  const model = await getModel(db, actor, input.modelId);
  if (model.status === 'REJECTED') {
    throw new DomainError('UNPROCESSABLE', model.rejectionReason ?? 'This file cannot be made.', {
      field: 'modelId',
    });
  }
  if (!model.analysis)
    throw new DomainError('CONFLICT', 'The model is still being analysed.', { retry: true });
  const analysis = ZModelAnalysis.parse(model.analysis);
  const rows = await findActiveAlloys(db);
  const piece = scaleAnalysis(analysis, input.scale);
  try {
    return rows.map((alloy) => ({
      ...quote(analysis, toPricedAlloy(alloy), input),
      castability: judgeCastability(piece, toJudgedAlloy(alloy)),
    }));
  } catch (error) {
    if (error instanceof RingResizeRefused) {
      throw new DomainError('INVALID_INPUT', error.message, { field: 'ringSize' });
    }
    throw error;
  }
}
