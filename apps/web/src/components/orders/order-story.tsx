'use client';

import { STATUS_LABEL } from '@facet/core/orders/status-labels';
import type { OrderStatus } from '@facet/db/enums';
import { cn } from '@facet/ui/cn';
import { Check } from 'lucide-react';

const JOURNEY: OrderStatus[] = [
  'SUBMITTED',
  'PRICE_CALCULATED',
  'MANUFACTURING_APPROVED',
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
  'SHIPPED',
  'CLOSED',
];

/** What happens next, in the shopper's words. */
export const NEXT_STEP: Partial<Record<OrderStatus, string>> = {
  INITIATED: 'Add your files and place the order.',
  FILE_UPLOADED: 'Place the order from your cart.',
  SUBMITTED: 'We are checking your model and working out the final price — this takes seconds.',
  PRICE_CALCULATED: 'A jeweller reviews your order and approves it for production.',
  MANUFACTURING_APPROVED: 'Your piece is waiting for a caster at the workshop.',
  MANUFACTURING_STARTED: 'Your piece is being cast.',
  MANUFACTURING_COMPLETED: 'Cast and polished; next it is checked and packed.',
  PACKAGING: 'Being packed for shipping.',
  SHIPPED: 'On its way to you.',
  CLOSED: 'Delivered. Enjoy it!',
  ON_HOLD: 'Paused by the workshop; we will be in touch.',
};

/** The main path of an order as a row of steps, the current one marked. */
export function OrderJourney({ status }: { status: OrderStatus }) {
  const reached = JOURNEY.indexOf(status);
  return (
    <ol className="grid grid-cols-4 gap-2 sm:grid-cols-8" aria-label="Order progress">
      {JOURNEY.map((step, index) => {
        const done = reached >= 0 && index < reached;
        const current = index === reached;
        return (
          <li key={step} className="grid gap-1.5" aria-current={current ? 'step' : undefined}>
            <span
              className={cn(
                'h-1.5 rounded-full bg-muted',
                done && 'bg-accent',
                current && 'bg-accent ring-2 ring-accent/30',
              )}
            />
            <span
              className={cn(
                'flex items-center gap-1 text-xs',
                current ? 'font-medium' : 'text-muted-foreground',
              )}
            >
              {done ? <Check aria-hidden className="size-3" /> : null}
              {STATUS_LABEL[step]}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
