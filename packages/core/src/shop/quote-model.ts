import type { Db } from '@facet/db/client';
import { FINISHES } from '@facet/db/enums';
import { z } from 'zod';
import { quoteModelInAlloys, type TCastableQuote } from '../models/quote-model-in-alloys';
import type { Actor } from '../shared/actor';

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

/** The shopper's instant prices in every active alloy: choosing another alloy needs no new request. */
export async function quoteModel(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZQuoteModelInput>,
): Promise<TCastableQuote[]> {
  return (await quoteModelInAlloys(db, actor, input)).quotes;
}
