'use client';

import { STATUS_LABEL } from '@facet/core/orders/status-labels';
import { EmptyState, LoadFailed, Skeleton } from '@facet/ui/feedback';
import { useQuery } from '@tanstack/react-query';
import { Flag } from 'lucide-react';
import { useTRPC } from '@/trpc/client';
import { formatDuration } from './format-duration';
import { OrdersTable } from './orders-table';
import { RelativeDate } from './relative-date';

/** Orders past their promised date or stuck in a status, the latest first. */
export function LateOrdersView() {
  const trpc = useTRPC();
  const late = useQuery(trpc.crm.orders.late.queryOptions({ limit: 200 }, { refetchInterval: 30_000 }));
  if (late.isPending) return <Skeleton className="h-64" aria-busy />;
  if (late.isError) {
    return <LoadFailed what="The late orders" error={late.error} onRetry={() => late.refetch()} />;
  }
  if (late.data.items.length === 0) {
    return (
      <EmptyState title="Nothing is late">
        Every live order is within its promised date and status limits.
      </EmptyState>
    );
  }
  const byId = new Map(late.data.items.map((order) => [order.id, order]));
  const flagged = late.data.items.filter((order) => order.flaggedAt !== null).length;
  return (
    <div className="grid gap-3">
      <p className="text-sm text-muted-foreground">
        {late.data.total} order(s) need attention
        {late.data.total > late.data.items.length ? `; the ${late.data.items.length} latest are shown` : ''}
        {flagged > 0 ? `; ${flagged} flagged by the SLA watchdog` : ''}.
      </p>
      <OrdersTable
        orders={late.data.items}
        extraColumn={{
          header: 'How late',
          cell: (order) => {
            const lateOrder = byId.get(order.id)!;
            return (
              <span className="grid text-xs">
                <span className="font-semibold text-destructive">
                  {formatDuration(lateOrder.lateByS)} late
                </span>
                <span className="text-muted-foreground">
                  {lateOrder.lateReason === 'past-promise'
                    ? 'past the promised date'
                    : `in ${STATUS_LABEL[lateOrder.status]} beyond ${formatDuration(lateOrder.stuckAfterS)}`}
                </span>
                {lateOrder.flaggedAt ? (
                  <span className="mt-0.5 inline-flex items-center gap-1 font-medium text-amber-800">
                    <Flag aria-hidden className="size-3" />
                    <span>
                      Flagged <RelativeDate date={lateOrder.flaggedAt} />
                    </span>
                  </span>
                ) : null}
              </span>
            );
          },
        }}
      />
    </div>
  );
}
