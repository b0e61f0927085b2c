'use client';

import type { TQuote } from '@facet/core/pricing/quote';
import { Skeleton } from '@facet/ui/feedback';
import { formatGrams, formatMoney } from '@facet/ui/format';

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
          {formatMoney(quote.totalCents)}
        </span>
        {pending ? <span className="text-xs text-muted-foreground">updating…</span> : null}
      </div>
      <p className="text-sm text-muted-foreground">
        {formatGrams(quote.metalGrams)} of metal per piece · ready in about {quote.leadTimeDays} working days
        {quote.quantity > 1 ? ` · ${quote.quantity} pieces at ${formatMoney(quote.unitCents)}` : ''}
      </p>
      <details className="rounded-lg border border-border bg-card p-3 text-sm">
        <summary className="cursor-pointer font-medium">Price breakdown</summary>
        <dl className="mt-3 grid gap-2">
          {quote.lines.map((line) => (
            <div key={line.code} className="flex justify-between gap-4">
              <dt className="text-muted-foreground">{line.label}</dt>
              <dd className="tabular-nums">{formatMoney(line.amountCents)}</dd>
            </div>
          ))}
          <div className="flex justify-between gap-4 border-t border-border pt-2 font-medium">
            <dt>Per piece</dt>
            <dd className="tabular-nums">{formatMoney(quote.unitCents)}</dd>
          </div>
        </dl>
      </details>
    </div>
  );
}
