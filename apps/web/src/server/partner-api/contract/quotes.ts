import { ZModelQuotes, ZQuoteModelInput } from '@facet/core/partners/quote-model';
import { defineOperation } from '../operation';
import { EXAMPLE_MODEL_ID } from './common';

export const createQuoteOperation = defineOperation({
  operationId: 'createQuote',
  method: 'post',
  path: '/quotes',
  tag: 'Materials and quotes',
  summary: 'Price an analysed model with options, in one alloy or all',
  description: 'Nothing is stored: quote as often as you like. The order is priced again when placed.',
  scope: 'models:read',
  body: ZQuoteModelInput.meta({ id: 'QuoteRequest' }),
  bodyExample: {
    modelId: EXAMPLE_MODEL_ID,
    alloyCode: 'AU750Y',
    finish: 'polished',
    quantity: 2,
    ringSize: 54,
  },
  responses: { 200: { description: 'Quotes with their breakdown and lead time.', schema: ZModelQuotes } },
  problems: [
    'malformed-json',
    'unsupported-media-type',
    'validation-failed',
    'invalid-input',
    'not-found',
    'model-not-ready',
    'unprocessable',
  ],
});
