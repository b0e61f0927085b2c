'use client';

import { STATUS_LABEL } from '@facet/core/orders/status-labels';
import type { OrderStatus } from '@facet/db/enums';
import { cn } from '@facet/ui/cn';
import { Skeleton } from '@facet/ui/feedback';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { ConnectionIndicator } from '@/realtime/connection-indicator';
import { useTRPC } from '@/trpc/client';
import { useConsoleSync } from './console-sync';
import { RelativeTime } from './relative-time';

const FLOOR_STATUSES: OrderStatus[] = [
  'MANUFACTURING_STARTED',
  'MANUFACTURING_COMPLETED',
  'PACKAGING',
  'SHIPPED',
];

/** Tabs with live counts, the workshop's statuses, the connection state and the latest news. */
export function ConsoleHeader({ active }: { active: 'pool' | 'my-work' | 'order' }) {
  const trpc = useTRPC();
  const counts = useQuery(trpc.mes.counts.queryOptions(undefined, { refetchInterval: 60_000 }));
  const myWork = useQuery(trpc.mes.myWork.queryOptions());
  const { notices } = useConsoleSync();
  const latest = notices[0];

  return (
    <div className="sticky top-16 z-30 -mx-4 mb-6 border-b border-border bg-background/95 px-4 pb-3 pt-1 backdrop-blur">
      <div className="flex flex-wrap items-center gap-3">
        <nav aria-label="Console" className="flex gap-2">
          <ConsoleTab
            href="/mes"
            current={active === 'pool'}
            label="Pool"
            count={counts.data?.MANUFACTURING_APPROVED}
          />
          <ConsoleTab
            href="/mes/my-work"
            current={active === 'my-work'}
            label="My work"
            count={myWork.data?.length}
          />
        </nav>
        <dl className="hidden flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted-foreground lg:flex">
          {FLOOR_STATUSES.map((status) => (
            <div key={status} className="flex items-center gap-1.5">
              <dt>{STATUS_LABEL[status]}</dt>
              <dd className="font-semibold tabular-nums text-foreground" data-testid={`count-${status}`}>
                {counts.data ? counts.data[status].toLocaleString('en-IE') : '–'}
              </dd>
            </div>
          ))}
        </dl>
        <ConnectionIndicator className="ml-auto" />
      </div>
      <p aria-live="polite" className="mt-2 text-base empty:mt-0" data-testid="console-news">
        {latest ? (
          <span className="text-amber-700 dark:text-amber-200">
            {latest.text} · <RelativeTime date={latest.at} />
          </span>
        ) : null}
      </p>
    </div>
  );
}

function ConsoleTab({
  href,
  current,
  label,
  count,
}: {
  href: string;
  current: boolean;
  label: string;
  count: number | undefined;
}) {
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={cn(
        'inline-flex min-h-12 items-center gap-2 rounded-lg border border-border px-4 text-base font-semibold transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
        current ? 'bg-primary text-primary-foreground' : 'bg-card hover:bg-muted',
      )}
    >
      {label}
      {count === undefined ? (
        <Skeleton className="h-5 w-7" />
      ) : (
        <span
          className={cn(
            'rounded-full px-2 py-0.5 text-sm tabular-nums',
            current ? 'bg-primary-foreground/15' : 'bg-muted',
          )}
          data-testid={`tab-count-${label.toLowerCase().replace(' ', '-')}`}
        >
          {count.toLocaleString('en-IE')}
        </span>
      )}
    </Link>
  );
}
