import type { Db } from '@facet/db/client';
import { FINISHES } from '@facet/db/enums';
import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';
import { quoteModelInAlloys, type TCastableQuote } from '../models/quote-model-in-alloys';
import type { Actor } from '../shared/actor';

export const ZQuoteOptions = z.object({
  finish: z.enum(FINISHES).default('polished'),
  scale: z
    .number()
    .min(0.5, fieldMessage('quote.scale-small'))
    .max(2, fieldMessage('quote.scale-large'))
    .default(1),
  quantity: z
    .number()
    .int()
    .min(1, fieldMessage('quote.quantity-low'))
    .max(100, fieldMessage('quote.quantity-high'))
    .default(1),
  ringSize: z
    .number()
    .min(40, fieldMessage('quote.ring-size-small'))
    .max(76, fieldMessage('quote.ring-size-large'))
    .nullish(),
  engraving: z.string().trim().max(40, fieldMessage('order.engraving-long')).nullish(),
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
