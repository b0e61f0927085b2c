import { z } from 'zod';
import { ZModel } from '../models/model-dto';
import { ZQuote } from '../pricing/quote';
import { ZOrderSummary } from './order-dto';
import { ZOrderItem } from './order-item-dto';
import { ZTimelineEntry } from './timeline-entry';

export const ZShippingAddress = z.object({
  name: z.string().trim().min(2, 'Who should we send it to?').max(120),
  line1: z.string().trim().min(3, 'Enter the street and number.').max(200),
  line2: z.string().trim().max(200).optional().default(''),
  postalCode: z.string().trim().min(2, 'Enter the postal code.').max(20),
  city: z.string().trim().min(2, 'Enter the city.').max(100),
  country: z.string().trim().min(2, 'Enter the country.').max(100),
});
export type TShippingAddress = z.infer<typeof ZShippingAddress>;

export const ZOrderItemDetails = ZOrderItem.extend({
  id: z.string().uuid(),
  model: ZModel,
  alloyName: z.string(),
  unitPriceCents: z.number().int().nullable(),
  quote: ZQuote.nullable(),
});
export type TOrderItemDetails = z.infer<typeof ZOrderItemDetails>;

export const ZOrderDetails = ZOrderSummary.extend({
  leadTimeDays: z.number().int().nullable(),
  promisedAt: z.date().nullable(),
  shippingAddress: ZShippingAddress.nullable(),
  externalRef: z.string().nullable(),
  items: z.array(ZOrderItemDetails),
  /** When the buyer accepted the risk of an item judged "castable with risk". */
  castabilityRiskAcceptedAt: z.date().nullable(),
  timeline: z.array(ZTimelineEntry),
});
export type TOrderDetails = z.infer<typeof ZOrderDetails>;
