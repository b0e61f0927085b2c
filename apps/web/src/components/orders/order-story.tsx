'use client';

import { ORDER_STATUSES, type OrderStatus } from '@facet/db/enums';
import { cn } from '@facet/ui/cn';
import { Check } from 'lucide-react';
import { useTranslations } from 'next-intl';

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

/** The statuses with a next step in the shopper's words (`nextStep.*` in the message catalogues): all but the refused and the cancelled. */
export const NEXT_STEP: readonly OrderStatus[] = ORDER_STATUSES.filter(
  (status) => status !== 'REJECTED' && status !== 'CANCELLED',
);

/** The main path of an order as a row of steps, the current one marked. */
export function OrderJourney({ status }: { status: OrderStatus }) {
  const reached = JOURNEY.indexOf(status);
  const t = useTranslations();
  return (
    <ol className="grid grid-cols-4 gap-2 sm:grid-cols-8" aria-label={t('order.progress')}>
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
              {t(`status.${step}`)}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
