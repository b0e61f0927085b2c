import type { Db } from '@facet/db/client';
import type { z } from 'zod';
import { judgeCastability, ZCastability } from '../castability/judge-castability';
import { toJudgedAlloy } from '../castability/judge-order-item';
import { domainMessage } from '../i18n/domain-messages';
import { findActiveAlloys } from '../pricing/find-active-alloys';
import { type QuoteOptions, quote, ZQuote } from '../pricing/quote';
import { RingResizeRefused } from '../pricing/resize-ring';
import { toPricedAlloy } from '../pricing/to-priced-alloy';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { getModel } from './get-model';
import { scaleAnalysis, type TModelAnalysis, ZModelAnalysis } from './model-analysis';
import { rejectionOf } from './model-rejection';

/** A price in one alloy with the verdict whether the piece can be cast in it. */
export const ZCastableQuote = ZQuote.extend({ castability: ZCastability });
export type TCastableQuote = z.infer<typeof ZCastableQuote>;

export interface QuoteModelInAlloysInput extends QuoteOptions {
  modelId: string;
  /** One alloy; every active alloy without it. */
  alloyCode?: string | null;
}

export interface ModelInAlloys {
  modelId: string;
  /** The analysis at the asked scale: the piece that would be cast. */
  piece: TModelAnalysis;
  /** In the workshop's display order; empty when `alloyCode` is not an alloy on sale. */
  quotes: TCastableQuote[];
}

/**
 * The instant price of a model the actor may see, in every active alloy (or one), and its
 * castability in each, from its cached analysis. Quotes use today's prices; an order is priced again
 * when it is placed.
 */
export async function quoteModelInAlloys(
  db: Db,
  actor: Actor,
  input: QuoteModelInAlloysInput,
): Promise<ModelInAlloys> {
  const model = await getModel(db, actor, input.modelId);
  if (model.status === 'REJECTED') {
    throw new DomainError(
      'UNPROCESSABLE',
      domainMessage('model.rejected', { reason: rejectionOf(model) ?? '' }),
      {
        field: 'modelId',
      },
    );
  }
  if (!model.analysis) {
    throw new DomainError(
      'CONFLICT',
      domainMessage('model.still-analysing'),
      { field: 'modelId', retry: true },
      'model-not-ready',
    );
  }
  const analysis = ZModelAnalysis.parse(model.analysis);
  const rows = await findActiveAlloys(db, { code: input.alloyCode });
  const piece = scaleAnalysis(analysis, input.scale);
  try {
    const quotes = rows.map((alloy) => ({
      ...quote(analysis, toPricedAlloy(alloy), input),
      castability: judgeCastability(piece, toJudgedAlloy(alloy)),
    }));
    return { modelId: model.id, piece, quotes };
  } catch (error) {
    if (error instanceof RingResizeRefused) {
      throw new DomainError('INVALID_INPUT', error.localized, { field: 'ringSize' });
    }
    throw error;
  }
}
