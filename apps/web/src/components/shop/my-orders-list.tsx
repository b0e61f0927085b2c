'use client';

import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { formatOrderNumber } from '@facet/ui/format';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useFormat } from '@/components/format-provider';
import { StatusChip } from '@/components/status-chip';
import { useTRPC } from '@/trpc/client';

export function MyOrdersList() {
  const trpc = useTRPC();
  const t = useTranslations('myOrders');
  const format = useFormat();
  const query = useInfiniteQuery(
    trpc.shop.orders.listMine.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  if (query.isPending) {
    return (
      <div className="grid gap-3" aria-busy>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} className="h-16" />
        ))}
      </div>
    );
  }
  if (query.isError) {
    return <EmptyState title={t('loadFailed')}>{query.error.message}</EmptyState>;
  }
  const orders = query.data.pages.flatMap((page) => page.items);
  if (orders.length === 0) {
    return <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>;
  }
  return (
    <div className="grid gap-3">
      <ul className="grid gap-3">
        {orders.map((order) => (
          <li
            key={order.id}
            className="flex flex-wrap items-center gap-3 rounded-lg border border-border bg-card p-4"
          >
            <Link
              href={`/orders/${order.id}`}
              className="font-mono text-sm underline-offset-4 hover:underline"
            >
              {formatOrderNumber(order.number)}
            </Link>
            <StatusChip status={order.status} />
            <span className="text-sm text-muted-foreground">{format.dateTime(order.createdAt)}</span>
            <span className="ml-auto font-medium tabular-nums">
              {order.totalCents === null ? t('pricing') : format.money(order.totalCents, order.currency)}
            </span>
          </li>
        ))}
      </ul>
      {query.hasNextPage ? (
        <Button variant="outline" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? t('loading') : t('showOlder')}
        </Button>
      ) : null}
    </div>
  );
}
