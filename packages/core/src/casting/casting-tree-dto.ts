import { CASTING_TREE_STATUSES, ORDER_STATUSES } from '@facet/db/enums';
import { z } from 'zod';
import { ZLocalizedMessage } from '../i18n/domain-messages';

export const ZCastingTreeOrder = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  totalCents: z.number().int().nullable(),
  currency: z.string(),
  addedAt: z.date(),
  /** When and why the order left the tree before it was cast (released, cancelled, taken off). */
  removedAt: z.date().nullable(),
  removedReason: z.string().nullable(),
  /** The same as a catalogue message, said in the reader's language (null: show `removedReason`). */
  removedMessage: ZLocalizedMessage.nullable(),
});
export type TCastingTreeOrder = z.infer<typeof ZCastingTreeOrder>;

export const ZCastingTreeEvent = z.object({
  id: z.number().int(),
  type: z.string(),
  /** What happened, in English as stored; `localized` says it in the reader's language. */
  message: z.string(),
  localized: ZLocalizedMessage.nullable(),
  actorName: z.string(),
  orderId: z.string().uuid().nullable(),
  createdAt: z.date(),
});
export type TCastingTreeEvent = z.infer<typeof ZCastingTreeEvent>;

export const ZCastingTreeSummary = z.object({
  id: z.string().uuid(),
  flaskNumber: z.number().int(),
  status: z.enum(CASTING_TREE_STATUSES),
  alloyCode: z.string(),
  alloyName: z.string(),
  operatorId: z.string().uuid(),
  operatorName: z.string(),
  orderCount: z.number().int(),
  waxWeightG: z.number().nullable(),
  metalToIssueG: z.number().nullable(),
  lossG: z.number().nullable(),
  castAt: z.date().nullable(),
  createdAt: z.date(),
});
export type TCastingTreeSummary = z.infer<typeof ZCastingTreeSummary>;

export const ZCastingTree = ZCastingTreeSummary.extend({
  /** The figures the metal to issue is computed with: the alloy's now, or those kept when weighed. */
  waxRatio: z.number(),
  sprueAllowanceG: z.number(),
  pricePerGramCents: z.number().int(),
  metalIssuedG: z.number().nullable(),
  returnedPiecesG: z.number().nullable(),
  returnedButtonG: z.number().nullable(),
  returnedScrapG: z.number().nullable(),
  lossPct: z.number().nullable(),
  lossValueCents: z.number().int().nullable(),
  /** Whether the asker built this tree and may change or cast it. */
  mine: z.boolean(),
  orders: z.array(ZCastingTreeOrder),
  events: z.array(ZCastingTreeEvent),
});
export type TCastingTree = z.infer<typeof ZCastingTree>;
