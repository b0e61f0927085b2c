'use client';

import { Button } from '@facet/ui/button';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { formatDateTime, formatMoney, formatOrderNumber } from '@facet/ui/format';
import { useInfiniteQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { StatusChip } from '@/components/status-chip';
import { useTRPC } from '@/trpc/client';

export function MyOrdersList() {
  const trpc = useTRPC();
  const query = useInfiniteQuery(
    trpc.orders.listMine.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (page) => page.nextCursor }),
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
    return <EmptyState title="We could not load your orders">{query.error.message}</EmptyState>;
  }
  const orders = query.data.pages.flatMap((page) => page.items);
  if (orders.length === 0) {
    return (
      <EmptyState title="No orders yet">
        When you order a piece, it appears here and you can follow it through the workshop.
      </EmptyState>
    );
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
            <span className="text-sm text-muted-foreground">{formatDateTime(order.createdAt)}</span>
            <span className="ml-auto font-medium tabular-nums">
              {order.totalCents === null ? 'Pricing…' : formatMoney(order.totalCents, order.currency)}
            </span>
          </li>
        ))}
      </ul>
      {query.hasNextPage ? (
        <Button variant="outline" onClick={() => query.fetchNextPage()} disabled={query.isFetchingNextPage}>
          {query.isFetchingNextPage ? 'Loading…' : 'Show older orders'}
        </Button>
      ) : null}
    </div>
  );
}
