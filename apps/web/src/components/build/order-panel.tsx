'use client';

import type { TQuote } from '@facet/core/pricing/quote';
import { Button } from '@facet/ui/button';
import { ShoppingBag } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useFormat } from '@/components/format-provider';
import { PricePanel } from '@/components/shop/price-panel';

/** The price with its breakdown and lead time, and "Order this" (sticky at the bottom on a phone). */
export function OrderPanel({
  quote,
  blocked,
  ordering,
  error,
  onOrder,
}: {
  quote: TQuote | undefined;
  /** Why the piece cannot be ordered as it is, if so. */
  blocked: string | null;
  ordering: boolean;
  error: string | null;
  onOrder: () => void;
}) {
  const t = useTranslations('uiBuild');
  const format = useFormat();
  const orderButton = (className?: string) => (
    <Button
      size="lg"
      className={className}
      disabled={!quote || blocked !== null || ordering}
      onClick={onOrder}
    >
      <ShoppingBag aria-hidden />
      {ordering ? t('adding') : t('orderThis')}
    </Button>
  );
  return (
    <>
      <section aria-label={t('price')} className="grid gap-4 rounded-xl border border-border bg-card p-5">
        <PricePanel quote={quote} pending={false} />
        {blocked ? (
          <p
            className="rounded-md border border-warning/40 bg-warning/10 p-3 text-sm"
            data-testid="build-blocked"
          >
            {blocked}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        ) : null}
        {orderButton('w-full')}
        <Link href="/cart" className="text-center text-sm underline underline-offset-4">
          {t('goToCart')}
        </Link>
      </section>
      <div className="fixed inset-x-0 bottom-0 z-30 flex items-center justify-between gap-3 border-t border-border bg-background/95 px-4 py-3 backdrop-blur lg:hidden">
        <span className="font-serif text-2xl tabular-nums" aria-hidden>
          {quote ? format.money(quote.totalCents) : '—'}
        </span>
        {orderButton()}
      </div>
    </>
  );
}
