import type { Db } from '@facet/db/client';
import { z } from 'zod';
import { castabilityIn } from '../castability/judge-castability';
import { domainMessage } from '../i18n/domain-messages';
import type { Locale } from '../i18n/locale';
import { checkPrintability, printabilityIn } from '../models/printability';
import { quoteModelInAlloys } from '../models/quote-model-in-alloys';
import { ZOrderItemInput } from '../orders/create-order';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { ZPartnerQuote } from './partner-model-dto';

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
 * A partner's quotes in one alloy or in every active one, with whether the piece can be printed;
 * each verdict said in `locale` (the language `Accept-Language` asked for, English by default).
 */
export async function quoteModel(
  db: Db,
  actor: Actor,
  rawInput: TQuoteModelInput,
  options: { locale?: Locale } = {},
): Promise<TModelQuotes> {
  const input = ZQuoteModelInput.parse(rawInput);
  const { modelId, piece, quotes } = await quoteModelInAlloys(db, actor, input);
  if (input.alloyCode && quotes.length === 0) {
    throw new DomainError('INVALID_INPUT', domainMessage('api.alloy-unknown', { code: input.alloyCode }), {
      field: 'alloyCode',
    });
  }
  const printability = checkPrintability(piece);
  return {
    modelId,
    printable: printability.printable,
    ...printabilityIn(printability, options.locale ?? 'en'),
    quotes: quotes.map((quote) => ({
      ...quote,
      castability: castabilityIn(quote.castability, options.locale ?? 'en'),
    })),
  };
}
