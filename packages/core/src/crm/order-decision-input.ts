import { ORDER_STATUSES } from '@facet/db/enums';
import { z } from 'zod';
import { fieldMessage } from '../i18n/field-messages';

export const ZOrderRef = z.object({ orderId: z.string().uuid() });

export const ZOrderReasonInput = ZOrderRef.extend({
  reason: z
    .string()
    .trim()
    .min(3, fieldMessage('crm.decision-reason-short'))
    .max(500, fieldMessage('crm.decision-reason-long')),
});
export type TOrderReasonInput = z.input<typeof ZOrderReasonInput>;

export const ZOrderDecision = z.object({ orderId: z.string().uuid(), status: z.enum(ORDER_STATUSES) });
