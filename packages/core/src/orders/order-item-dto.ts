import { FINISHES } from '@facet/db/enums';
import type { orderItems } from '@facet/db/schema/orders';
import { z } from 'zod';
import { ZCastability } from '../castability/judge-castability';

/** One item of an order: what to make. Each screen adds the model as it needs it. */
export const ZOrderItem = z.object({
  position: z.number().int(),
  alloyCode: z.string(),
  finish: z.enum(FINISHES),
  ringSize: z.number().nullable(),
  scale: z.number(),
  quantity: z.number().int(),
  engraving: z.string().nullable(),
  /** The verdict the item was ordered with (null until its model was analysed and judged). */
  castability: ZCastability.nullable(),
  castabilityRiskAccepted: z.boolean(),
});
export type TOrderItem = z.infer<typeof ZOrderItem>;

/** An item as its table or the published `order_lines` view gives it. */
type OrderItemRow = Pick<
  typeof orderItems.$inferSelect,
  | 'position'
  | 'alloyCode'
  | 'finish'
  | 'ringSize'
  | 'scale'
  | 'quantity'
  | 'engraving'
  | 'castability'
  | 'castabilityRiskAccepted'
>;

/** What to make, as ordered: the fields every view of an item shows (partners' too). */
export function toItemSpec(item: OrderItemRow) {
  return {
    position: item.position,
    alloyCode: item.alloyCode,
    finish: item.finish,
    ringSize: item.ringSize,
    scale: item.scale,
    quantity: item.quantity,
    engraving: item.engraving,
  };
}

export function toOrderItem(item: OrderItemRow): TOrderItem {
  return {
    ...toItemSpec(item),
    castability: item.castability ? ZCastability.parse(item.castability) : null,
    castabilityRiskAccepted: item.castabilityRiskAccepted,
  };
}
