'use client';

import type { TQuote } from '@facet/core/pricing/quote';
import { Skeleton } from '@facet/ui/feedback';
import { useLocale, useTranslations } from 'next-intl';
import { useFormat } from '@/components/format-provider';

/** The price with its breakdown and lead time, always next to the viewer. */
export function PricePanel({
  quote,
  pending,
  message,
}: {
  quote: TQuote | undefined;
  pending: boolean;
  message?: string | null;
}) {
  const t = useTranslations('price');
  const rest = useTranslations('uiRest.price');
  const format = useFormat();
  const locale = useLocale();
  if (message) {
    return (
      <p className="rounded-lg border border-border bg-muted p-4 text-sm text-muted-foreground">{message}</p>
    );
  }
  if (!quote) {
    return (
      <div className="grid gap-2" aria-busy>
        <Skeleton className="h-9 w-40" />
        <Skeleton className="h-4 w-56" />
      </div>
    );
  }
  return (
    <div className="grid gap-3" aria-live="polite">
      <div className="flex items-baseline gap-3">
        <span className="font-serif text-4xl tabular-nums" data-testid="price-total">
          {format.money(quote.totalCents, quote.currency)}
        </span>
        {pending ? <span className="text-xs text-muted-foreground">{t('updating')}</span> : null}
      </div>
      <p className="text-sm text-muted-foreground">
        {t('summary', { grams: format.grams(quote.metalGrams), days: quote.leadTimeDays })}
        {quote.quantity > 1
          ? ` · ${t('piecesAt', { count: quote.quantity, price: format.money(quote.unitCents, quote.currency) })}`
          : ''}
      </p>
      <details className="rounded-lg border border-border bg-card p-3 text-sm">
        <summary className="cursor-pointer font-medium">{t('breakdown')}</summary>
        <dl className="mt-3 grid gap-2">
          {quote.lines.map((line) => (
            <div key={line.code} className="flex justify-between gap-4">
              <dt className="text-muted-foreground">
                {locale === 'en'
                  ? line.label
                  : line.code === 'stone'
                    ? rest('stone')
                    : t(`line.${line.code}`)}
              </dt>
              <dd className="tabular-nums">{format.money(line.amountCents, quote.currency)}</dd>
            </div>
          ))}
          <div className="flex justify-between gap-4 border-t border-border pt-2 font-medium">
            <dt>{t('perPiece')}</dt>
            <dd className="tabular-nums">{format.money(quote.unitCents, quote.currency)}</dd>
          </div>
        </dl>
      </details>
    </div>
  );
}
