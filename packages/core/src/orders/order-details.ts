import { EVENT_ACTOR_KINDS, FINISHES, ORDER_STATUSES } from '@facet/db/enums';
import { z } from 'zod';
import { ZCastability } from '../castability/judge-castability';
import { ZModel } from '../models/model-dto';
import { ZQuote } from '../pricing/quote';
import { ZOrderSummary } from './order-dto';

export const ZShippingAddress = z.object({
  name: z.string().trim().min(2, 'Who should we send it to?').max(120),
  line1: z.string().trim().min(3, 'Enter the street and number.').max(200),
  line2: z.string().trim().max(200).optional().default(''),
  postalCode: z.string().trim().min(2, 'Enter the postal code.').max(20),
  city: z.string().trim().min(2, 'Enter the city.').max(100),
  country: z.string().trim().min(2, 'Enter the country.').max(100),
});
export type TShippingAddress = z.infer<typeof ZShippingAddress>;

export const ZOrderItemDetails = z.object({
  id: z.string().uuid(),
  position: z.number().int(),
  model: ZModel,
  alloyCode: z.string(),
  alloyName: z.string(),
  finish: z.enum(FINISHES),
  ringSize: z.number().nullable(),
  scale: z.number(),
  quantity: z.number().int(),
  engraving: z.string().nullable(),
  unitPriceCents: z.number().int().nullable(),
  quote: ZQuote.nullable(),
  /** The verdict the item was ordered with (null until its model was analysed and judged). */
  castability: ZCastability.nullable(),
  castabilityRiskAccepted: z.boolean(),
});
export type TOrderItemDetails = z.infer<typeof ZOrderItemDetails>;

export const ZTimelineEvent = z.object({
  id: z.number().int(),
  version: z.number().int(),
  type: z.string(),
  fromStatus: z.enum(ORDER_STATUSES).nullable(),
  toStatus: z.enum(ORDER_STATUSES).nullable(),
  actorKind: z.enum(EVENT_ACTOR_KINDS),
  actorName: z.string(),
  reason: z.string().nullable(),
  createdAt: z.date(),
});
export type TTimelineEvent = z.infer<typeof ZTimelineEvent>;

export const ZOrderDetails = ZOrderSummary.extend({
  leadTimeDays: z.number().int().nullable(),
  promisedAt: z.date().nullable(),
  shippingAddress: ZShippingAddress.nullable(),
  externalRef: z.string().nullable(),
  items: z.array(ZOrderItemDetails),
  /** When the buyer accepted the risk of an item judged "castable with risk". */
  castabilityRiskAcceptedAt: z.date().nullable(),
  timeline: z.array(ZTimelineEvent),
});
export type TOrderDetails = z.infer<typeof ZOrderDetails>;
