'use client';

import type { TConsoleCard } from '@facet/core/production/console-card';
import { Button } from '@facet/ui/button';
import { cn } from '@facet/ui/cn';
import { Skeleton } from '@facet/ui/feedback';
import { type Format, formatOrderNumber } from '@facet/ui/format';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { type Ref, useEffect, useState } from 'react';
import { useFormat } from '@/components/format-provider';
import { describeRingSize } from '@/components/rings/describe-ring-size';
import { ModelThumbnail } from '@/components/viewer/model-thumbnail';
import { AlloyChip } from './alloy-chip';
import { RelativeTime } from './relative-time';

/** The size line of a card: the ring size when there is one, and how many pieces. */
export function describeItems(
  card: TConsoleCard,
  t: ReturnType<typeof useTranslations<'card'>>,
  format: Format,
): string {
  const first = card.items[0];
  const parts: string[] = [];
  if (first?.ringSize) parts.push(t('size', { size: describeRingSize(first.ringSize, format.locale) }));
  const pieces = card.items.reduce((sum, item) => sum + item.quantity, 0);
  if (pieces > 1) parts.push(t('pieces', { count: pieces }));
  if (card.items.length > 1) parts.push(t('models', { count: card.items.length }));
  return parts.join(' · ') || (first?.modelName ?? t('noItems'));
}

interface PoolCardProps {
  card: TConsoleCard;
  selected: boolean;
  /** Just arrived: slides in and glows for a moment. */
  fresh: boolean;
  claiming: boolean;
  onClaim: () => void;
  onSelect: () => void;
  ref?: Ref<HTMLElement>;
}

export function PoolCard({ card, selected, fresh, claiming, onClaim, onSelect, ref }: PoolCardProps) {
  const [entered, setEntered] = useState(!fresh);
  useEffect(() => {
    if (entered) return;
    const frame = requestAnimationFrame(() => setEntered(true));
    return () => cancelAnimationFrame(frame);
  }, [entered]);

  const number = formatOrderNumber(card.number);
  const first = card.items[0];
  const t = useTranslations('card');
  const format = useFormat();
  return (
    <article
      ref={ref}
      tabIndex={-1}
      aria-label={t('order', { number })}
      aria-current={selected ? 'true' : undefined}
      data-testid="pool-card"
      data-order-id={card.id}
      data-order-number={number}
      onFocus={onSelect}
      className={cn(
        'group flex scroll-mt-48 flex-col overflow-hidden rounded-xl border border-border bg-card shadow-sm outline-none transition-all duration-500',
        entered ? 'translate-y-0 opacity-100' : '-translate-y-4 opacity-0',
        fresh && 'border-primary shadow-[0_0_0_3px] shadow-primary/40',
        selected && 'ring-4 ring-ring ring-offset-2 ring-offset-background',
      )}
    >
      <Link href={`/mes/orders/${card.id}`} className="block focus-visible:outline-none" tabIndex={-1}>
        <ModelThumbnail
          modelId={first?.modelId ?? null}
          previewReady={first?.previewReady ?? false}
          name={first?.modelName ?? number}
          fit="cover"
          className="aspect-[16/10] w-full"
        />
      </Link>
      <div className="flex flex-1 flex-col gap-3 p-4">
        <div className="flex items-baseline justify-between gap-2">
          <Link
            href={`/mes/orders/${card.id}`}
            className="font-mono text-xl font-semibold tracking-tight underline-offset-4 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            {number}
          </Link>
          <RelativeTime date={card.statusChangedAt} className="text-sm text-muted-foreground" />
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <AlloyChip code={card.alloyCode} />
          {fresh ? (
            <span className="rounded-full bg-primary px-2 py-0.5 text-xs font-bold uppercase text-primary-foreground">
              {t('new')}
            </span>
          ) : null}
        </div>
        {card.items.length === 0 ? (
          <Skeleton className="h-6 w-36" />
        ) : (
          <p className="text-base text-muted-foreground">{describeItems(card, t, format)}</p>
        )}
        <p className="mt-auto text-2xl font-semibold tabular-nums">
          {card.totalCents === null ? '—' : format.money(card.totalCents, card.currency)}
        </p>
        <Button
          size="lg"
          className="h-14 w-full text-lg font-bold"
          onClick={onClaim}
          disabled={claiming}
          aria-keyshortcuts="c"
          aria-label={t('claimOrder', { number })}
        >
          {claiming ? t('claiming') : t('claim')}
        </Button>
      </div>
    </article>
  );
}
