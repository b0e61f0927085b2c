import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';
import { ZModel } from '../models/model-dto';
import { ZQuote } from '../pricing/quote';
import { ZOrderSummary } from './order-dto';
import { ZOrderItem } from './order-item-dto';
import { ZTimelineEntry } from './timeline-entry';

export const ZShippingAddress = z.object({
  name: z.string().trim().min(2, fieldMessage('order.recipient-missing')).max(120),
  line1: z.string().trim().min(3, fieldMessage('order.street-missing')).max(200),
  line2: z.string().trim().max(200).optional().default(''),
  postalCode: z.string().trim().min(2, fieldMessage('order.postal-code-missing')).max(20),
  city: z.string().trim().min(2, fieldMessage('order.city-missing')).max(100),
  country: z.string().trim().min(2, fieldMessage('order.country-missing')).max(100),
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
