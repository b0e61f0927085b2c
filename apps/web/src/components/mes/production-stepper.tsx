import type { OrderStatus } from '@facet/db/enums';
import { cn } from '@facet/ui/cn';
import { Check } from 'lucide-react';
import { useTranslations } from 'next-intl';

const STEPS: OrderStatus[] = ['MANUFACTURING_STARTED', 'MANUFACTURING_COMPLETED', 'PACKAGING', 'SHIPPED'];

/** Where an order is in production: done steps ticked, the current one marked. */
export function ProductionStepper({ status }: { status: OrderStatus }) {
  const current = STEPS.indexOf(status);
  const t = useTranslations();
  return (
    <ol className="flex flex-wrap items-center gap-1 text-sm" aria-label={t('uiMes.productionSteps')}>
      {STEPS.map((step, index) => {
        const done = current >= 0 && index < current;
        const here = index === current;
        return (
          <li
            key={step}
            aria-current={here ? 'step' : undefined}
            className={cn(
              'inline-flex items-center gap-1 rounded-full border px-2.5 py-1',
              done && 'border-emerald-600/50 text-emerald-700 dark:text-emerald-300',
              here && 'border-primary bg-primary/15 font-semibold text-foreground',
              !done && !here && 'border-border text-muted-foreground',
            )}
          >
            {done ? <Check aria-hidden className="size-3.5" /> : null}
            {t(`status.${step}`)}
          </li>
        );
      })}
    </ol>
  );
}
