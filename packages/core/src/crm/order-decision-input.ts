import { ORDER_STATUSES } from '@facet/db/enums';
import { z } from 'zod';

export const ZOrderRef = z.object({ orderId: z.string().uuid() });

export const ZOrderReasonInput = ZOrderRef.extend({
  reason: z
    .string()
    .trim()
    .min(3, 'Say why in a few words: the client and the workshop will read it.')
    .max(500, 'Keep the reason under 500 characters.'),
});
export type TOrderReasonInput = z.input<typeof ZOrderReasonInput>;

export const ZOrderDecision = z.object({ orderId: z.string().uuid(), status: z.enum(ORDER_STATUSES) });
