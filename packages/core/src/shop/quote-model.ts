import type { Db } from '@facet/db/client';
import { FINISHES } from '@facet/db/enums';
import { z } from 'zod';
import { getModel } from '../models/get-model';
import { ZModelAnalysis } from '../models/model-analysis';
import { findActiveAlloys } from '../pricing/find-active-alloys';
import { quote, type TQuote } from '../pricing/quote';
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
    .min(40, 'Ring sizes start at 40 (EU).')
    .max(76, 'Ring sizes end at 76 (EU).')
    .nullish(),
  engraving: z.string().trim().max(40, 'Engraving can be at most 40 characters.').nullish(),
});
export type TQuoteOptions = z.infer<typeof ZQuoteOptions>;

export const ZQuoteModelInput = ZQuoteOptions.extend({ modelId: z.string().uuid() });

/** The instant price of a model in every active alloy, from its cached analysis. */
export async function quoteModel(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZQuoteModelInput>,
): Promise<TQuote[]> {
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
  return rows.map((alloy) => quote(analysis, toPricedAlloy(alloy), input));
}
