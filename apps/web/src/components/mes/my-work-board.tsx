'use client';

import { type InProductionStatus, isInProduction } from '@facet/core/production/production-steps';
import { Button } from '@facet/ui/button';
import { cn } from '@facet/ui/cn';
import { EmptyState, LoadFailed, Skeleton } from '@facet/ui/feedback';
import { formatOrderNumber } from '@facet/ui/format';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { useFormat } from '@/components/format-provider';
import { ModelThumbnail } from '@/components/viewer/model-thumbnail';
import { useTRPC } from '@/trpc/client';
import { AlloyChip } from './alloy-chip';
import { describeItems } from './pool-card';
import { ProductionStepper } from './production-stepper';
import { RelativeTime } from './relative-time';
import { useBoardKeys } from './use-board-keys';
import { useProductionActions } from './use-production-actions';

/** The operator's bench: claimed orders with their next step, release and a way into each order. */
export function MyWorkBoard({ filter = null }: { filter?: InProductionStatus | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const query = useQuery(trpc.mes.listMyWork.queryOptions());
  const t = useTranslations();
  const tCard = useTranslations('card');
  const format = useFormat();
  const actions = useProductionActions();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const cards = (query.data ?? []).filter((card) => filter === null || card.status === filter);
  const selectedIndex = cards.findIndex((card) => card.id === selectedId);
  const select = (id: string | undefined) => {
    if (!id) return;
    setSelectedId(id);
    refs.current.get(id)?.focus();
  };
  useBoardKeys({
    next: () => select(cards[Math.min(cards.length - 1, selectedIndex + 1)]?.id),
    previous: () => select(cards[Math.max(0, selectedIndex - 1)]?.id),
    open: () => {
      const card = cards[selectedIndex];
      if (card) router.push(`/mes/orders/${card.id}`);
    },
  });

  if (query.isPending) {
    return (
      <div className="grid gap-4" aria-busy>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-40 rounded-xl" />
        ))}
      </div>
    );
  }
  if (query.isError)
    return <LoadFailed what={t('console.myWork')} error={query.error} onRetry={() => query.refetch()} />;
  if (cards.length === 0 && filter !== null) {
    return (
      <EmptyState
        title={t('myWork.nothingIn', { status: t(`status.${filter}`) })}
        action={
          <Button asChild size="lg" variant="outline">
            <Link href="/mes/my-work">{t('console.showAll')}</Link>
          </Button>
        }
      >
        {t('myWork.filtered')}
      </EmptyState>
    );
  }
  if (cards.length === 0) {
    return (
      <EmptyState
        title={t('myWork.empty')}
        action={
          <Button asChild size="lg">
            <Link href="/mes">{t('myWork.toPool')}</Link>
          </Button>
        }
      >
        {t('myWork.emptyText')}
      </EmptyState>
    );
  }
  return (
    <ul className="grid gap-4" data-testid="my-work-list" data-filter={filter ?? undefined}>
      {cards.map((card) => {
        const number = formatOrderNumber(card.number);
        const first = card.items[0];
        const busy = actions.pendingOrderId === card.id;
        return (
          <li key={card.id}>
            <article
              ref={(element) => {
                if (element) refs.current.set(card.id, element);
                else refs.current.delete(card.id);
              }}
              tabIndex={-1}
              onFocus={() => setSelectedId(card.id)}
              aria-label={tCard('order', { number })}
              data-testid="my-work-card"
              data-order-id={card.id}
              className={cn(
                'grid scroll-mt-48 gap-4 rounded-xl border border-border bg-card p-4 outline-none sm:grid-cols-[10rem_1fr_auto] sm:items-center',
                card.id === selectedId && 'ring-4 ring-ring ring-offset-2 ring-offset-background',
              )}
            >
              <Link href={`/mes/orders/${card.id}`} tabIndex={-1}>
                <ModelThumbnail
                  modelId={first?.modelId ?? null}
                  previewReady={first?.previewReady ?? false}
                  name={first?.modelName ?? number}
                  fit="cover"
                  className="aspect-[4/3] w-full rounded-lg"
                />
              </Link>
              <div className="grid gap-2">
                <div className="flex flex-wrap items-baseline gap-3">
                  <Link
                    href={`/mes/orders/${card.id}`}
                    className="font-mono text-xl font-semibold underline-offset-4 hover:underline"
                  >
                    {number}
                  </Link>
                  <AlloyChip code={card.alloyCode} />
                  <span className="text-muted-foreground">{describeItems(card, tCard, format)}</span>
                  {card.totalCents !== null ? (
                    <span className="font-semibold tabular-nums">
                      {format.money(card.totalCents, card.currency)}
                    </span>
                  ) : null}
                </div>
                <ProductionStepper status={card.status} />
                {card.claimedAt ? (
                  <p className="text-sm text-muted-foreground">
                    Claimed <RelativeTime date={card.claimedAt} />
                  </p>
                ) : null}
              </div>
              <div className="flex flex-col gap-2 sm:w-64">
                {isInProduction(card.status) ? (
                  <Button
                    size="lg"
                    className="h-14 text-base font-bold"
                    disabled={busy}
                    onClick={() => isInProduction(card.status) && actions.advance(card.id, card.status)}
                  >
                    {t(`myWork.step.${card.status}`)}
                  </Button>
                ) : null}
                {card.status === 'MANUFACTURING_STARTED' ? (
                  <Button
                    variant="outline"
                    size="lg"
                    disabled={busy}
                    onClick={() => actions.release(card.id, card.number)}
                  >
                    {t('myWork.release')}
                  </Button>
                ) : null}
              </div>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
