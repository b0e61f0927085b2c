import { z } from 'zod';
import { ZTimelineEntry } from '../orders/timeline-entry';

export const ZClientActivity = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('note'),
    id: z.string(),
    at: z.date(),
    authorName: z.string(),
    body: z.string(),
  }),
  ZTimelineEntry.omit({ id: true }).extend({
    kind: z.literal('order_event'),
    id: z.string(),
    orderId: z.string().uuid(),
    orderNumber: z.number().int(),
  }),
]);
export type TClientActivity = z.infer<typeof ZClientActivity>;
