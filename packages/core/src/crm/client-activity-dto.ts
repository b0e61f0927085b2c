import { EVENT_ACTOR_KINDS, ORDER_STATUSES } from '@facet/db/enums';
import { z } from 'zod';

export const ZClientActivity = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('note'),
    id: z.string(),
    at: z.date(),
    authorName: z.string(),
    body: z.string(),
  }),
  z.object({
    kind: z.literal('order_event'),
    id: z.string(),
    at: z.date(),
    orderId: z.string().uuid(),
    orderNumber: z.number().int(),
    type: z.string(),
    fromStatus: z.enum(ORDER_STATUSES).nullable(),
    toStatus: z.enum(ORDER_STATUSES).nullable(),
    actorKind: z.enum(EVENT_ACTOR_KINDS),
    actorName: z.string(),
    reason: z.string().nullable(),
  }),
]);
export type TClientActivity = z.infer<typeof ZClientActivity>;
