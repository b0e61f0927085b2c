import { STATUS_TONE, type StatusTone } from '@facet/core/orders/status-labels';
import type { OrderStatus } from '@facet/db/enums';
import { cn } from '@facet/ui/cn';
import { Badge } from '@facet/ui/feedback';
import { useTranslations } from 'next-intl';

const TONE_CLASS: Record<StatusTone, string> = {
  neutral: 'border-border bg-muted text-muted-foreground',
  info: 'border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-200',
  progress:
    'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-200',
  success:
    'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-200',
  danger: 'border-red-300 bg-red-50 text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-200',
  warning:
    'border-orange-300 bg-orange-50 text-orange-900 dark:border-orange-700 dark:bg-orange-950 dark:text-orange-200',
};

export function StatusChip({ status, className }: { status: OrderStatus; className?: string }) {
  const t = useTranslations('status');
  return (
    <Badge className={cn(TONE_CLASS[STATUS_TONE[status]], className)} data-status={status}>
      {t(status)}
    </Badge>
  );
}
