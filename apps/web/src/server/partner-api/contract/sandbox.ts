import { ZPartnerOrder } from '@facet/core/partners/partner-order-dto';
import { defineOperation } from '../operation';
import { ZIdParams } from './common';

export const advanceTestOrderOperation = defineOperation({
  operationId: 'advanceTestOrder',
  method: 'post',
  path: '/test/orders/{id}/advance',
  tag: 'Sandbox',
  summary: 'Move a sandbox order on by one step (test keys only)',
  description:
    'Test keys only: with a live key the answer is 403 `test-key-required`. Moves one of your sandbox orders one step along PRICE_CALCULATED → MANUFACTURING_APPROVED → MANUFACTURING_STARTED → MANUFACTURING_COMPLETED → PACKAGING → SHIPPED → CLOSED, without waiting for the sandbox to do it by itself (it takes each step within a few seconds and rests at SHIPPED). The step is a real change: it is on the timeline, in the change feed and sent to your test webhook endpoints with `"mode": "test"`. A SUBMITTED order waits for its price, and a finished one has no next step (409 `invalid-transition`); if the order moved meanwhile you get 409 `conflict` — read it again and retry.',
  scope: 'orders:write',
  params: ZIdParams,
  responses: { 200: { description: 'The order, one step further.', schema: ZPartnerOrder } },
  problems: ['test-key-required', 'not-found', 'invalid-transition', 'conflict'],
});
