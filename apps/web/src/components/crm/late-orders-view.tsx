'use client';

import { LATE_ORDERS_PAGE_SIZE } from '@facet/core/crm/late-orders-page-size';
import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Flag } from 'lucide-react';
import { useLocale, useTranslations } from 'next-intl';
import { useTRPC } from '@/trpc/client';
import { formatDuration } from './format-duration';
import { CouldNotLoad } from './load-failed';
import { OrdersTable } from './orders-table';
import { RelativeDate } from './relative-date';

/** Orders past their promised date or stuck in a status, the longest late first, a page at a time. */
export function LateOrdersView() {
  const trpc = useTRPC();
  const t = useTranslations('crmUi.late');
  const tAll = useTranslations();
  const locale = useLocale();
  const duration = (seconds: number) => formatDuration(seconds, locale);
  const late = useInfiniteQuery(
    trpc.crm.orders.listLate.infiniteQueryOptions(
      { limit: LATE_ORDERS_PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor, refetchInterval: 30_000 },
    ),
  );
  if (late.isPending) return <Skeleton className="h-64" aria-busy />;
  if (late.isError) {
    return (
      <CouldNotLoad
        title={tAll('crmUi.loadFailed.lateOrders')}
        error={late.error}
        onRetry={() => late.refetch()}
      />
    );
  }
  const items = late.data.pages.flatMap((page) => page.items);
  const firstPage = late.data.pages[0];
  const total = firstPage?.total ?? 0;
  if (items.length === 0) {
    return <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>;
  }
  const byId = new Map(items.map((order) => [order.id, order]));
  const flagged = items.filter((order) => order.flaggedAt !== null).length;
  const summary = [
    firstPage?.totalIsAtLeast
      ? t('needAttentionAtLeast', { count: total })
      : t('needAttention', { count: total }),
    total > items.length ? t('latestShown', { count: items.length }) : null,
    flagged > 0 ? t('flagged', { count: flagged }) : null,
  ].filter(Boolean);
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">{`${summary.join('; ')}.`}</p>
      <OrdersTable
        orders={items}
        extraColumn={{
          header: t('howLate'),
          cell: (order) => {
            const lateOrder = byId.get(order.id)!;
            return (
              <span className="grid text-xs">
                <span className="font-semibold text-destructive">
                  {t('lateBy', { duration: duration(lateOrder.lateByS) })}
                </span>
                <span className="text-muted-foreground">
                  {lateOrder.lateReason === 'past-promise'
                    ? t('pastPromise')
                    : t('stuckIn', {
                        status: tAll(`status.${lateOrder.status}`),
                        duration: duration(lateOrder.stuckAfterS),
                      })}
                </span>
                {lateOrder.flaggedAt ? (
                  <span className="mt-0.5 inline-flex items-center gap-1 font-medium text-amber-800">
                    <Flag aria-hidden className="size-3" />
                    <span>
                      {t.rich('flaggedAt', { date: () => <RelativeDate date={lateOrder.flaggedAt!} /> })}
                    </span>
                  </span>
                ) : null}
              </span>
            );
          },
        }}
      />
      {late.hasNextPage ? (
        <Button
          variant="outline"
          className="justify-self-center"
          onClick={() => late.fetchNextPage()}
          disabled={late.isFetchingNextPage}
        >
          {late.isFetchingNextPage ? tAll('common.loading') : tAll('crmUi.orders.showMore')}
        </Button>
      ) : null}
    </div>
  );
}
