'use client';

import { STATUS_LABEL } from '@facet/core/orders/status-labels';
import { ORDER_STATUSES } from '@facet/db/enums';
import { Skeleton } from '@facet/ui/feedback';
import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '@/trpc/client';

/** Orders by status, from counters kept by the database (never a count over the whole table). */
export function StatusCounts() {
  const trpc = useTRPC();
  const counts = useQuery(trpc.orders.countsByStatus.queryOptions(undefined, { refetchInterval: 15_000 }));
  return (
    <section aria-labelledby="status-counts" className="grid gap-3">
      <h2 id="status-counts" className="text-lg font-semibold">
        Orders by status
      </h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        {ORDER_STATUSES.map((status) => (
          <div key={status} className="rounded-lg border border-border bg-card p-4">
            <dt className="text-xs text-muted-foreground">{STATUS_LABEL[status]}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`count-${status}`}>
              {counts.data ? counts.data[status].toLocaleString('en-IE') : <Skeleton className="h-8 w-16" />}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
