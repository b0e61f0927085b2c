'use client';

import type { OrderStatus } from '@facet/db/enums';
import { cn } from '@facet/ui/cn';
import { Skeleton } from '@facet/ui/feedback';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { ConnectionIndicator } from '@/realtime/connection-indicator';
import { useTRPC } from '@/trpc/client';
import { useConsoleSync } from './console-sync';
import { RelativeTime } from './relative-time';

/** The floor at a glance: each status, and the board a click on it filters (none for shipped). */
const FLOOR_STATUSES: Array<{ status: OrderStatus; href: string | null }> = [
  { status: 'MANUFACTURING_APPROVED', href: '/mes' },
  { status: 'MANUFACTURING_STARTED', href: '/mes/my-work?status=MANUFACTURING_STARTED' },
  { status: 'MANUFACTURING_COMPLETED', href: '/mes/my-work?status=MANUFACTURING_COMPLETED' },
  { status: 'PACKAGING', href: '/mes/my-work?status=PACKAGING' },
  { status: 'SHIPPED', href: null },
];

export type ConsoleTabName = 'pool' | 'my-work' | 'trees' | 'earnings' | 'order';

/** The news under the header: the newest in colour, two before it in grey, so a busy floor's notices do not hide each other. */
const RECENT_NOTICES = 3;

/**
 * Tabs with live counts, the floor's statuses as a dashboard (counts updated by every push; a click
 * filters the board), the connection state and the recent news.
 */
export function ConsoleHeader({
  active,
  filter = null,
  showEarnings = true,
}: {
  active: ConsoleTabName;
  /** The status the board is filtered to, if any. */
  filter?: OrderStatus | null;
  /** "My earnings" is an operator's own: admins read everyone's under Admin. */
  showEarnings?: boolean;
}) {
  const trpc = useTRPC();
  const counts = useQuery(trpc.mes.countByStatus.queryOptions(undefined, { refetchInterval: 60_000 }));
  const myWork = useQuery(trpc.mes.listMyWork.queryOptions());
  const { notices } = useConsoleSync();
  const recent = notices.slice(0, RECENT_NOTICES);
  const t = useTranslations();
  const locale = useLocale();

  return (
    <div className="sticky top-16 z-30 -mx-4 mb-6 border-b border-border bg-background/95 px-4 pb-3 pt-1 backdrop-blur">
      <div className="flex flex-wrap items-center gap-3">
        <nav aria-label={t('console.nav')} className="flex gap-2">
          <ConsoleTab
            href="/mes"
            current={active === 'pool'}
            label={t('console.pool')}
            testId="pool"
            count={counts.data?.MANUFACTURING_APPROVED}
          />
          <ConsoleTab
            href="/mes/my-work"
            current={active === 'my-work'}
            label={t('console.myWork')}
            testId="my-work"
            count={myWork.data?.length}
          />
          <ConsoleTab
            href="/mes/trees"
            current={active === 'trees'}
            label={t('console.trees')}
            testId="trees"
            count={null}
          />
          {showEarnings ? (
            <ConsoleTab
              href="/mes/earnings"
              current={active === 'earnings'}
              label={t('console.myEarnings')}
              testId="my-earnings"
              count={null}
            />
          ) : null}
        </nav>
        <ConnectionIndicator className="ml-auto" />
      </div>
      <ul
        aria-label={t('console.byStatus')}
        className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5"
      >
        {FLOOR_STATUSES.map(({ status, href }) => {
          const pressed =
            href !== null &&
            ((status === 'MANUFACTURING_APPROVED' && active === 'pool') || filter === status);
          const body = (
            <>
              <span className="text-xs text-muted-foreground">{t(`status.${status}`)}</span>
              <span className="text-2xl font-semibold tabular-nums" data-testid={`count-${status}`}>
                {counts.data ? counts.data[status].toLocaleString(locale) : <Skeleton className="h-8 w-12" />}
              </span>
            </>
          );
          const className = cn(
            'grid min-h-16 gap-0.5 rounded-lg border border-border bg-card px-3 py-2',
            pressed && 'border-primary ring-2 ring-primary',
          );
          return (
            <li key={status}>
              {href ? (
                <Link
                  href={pressed && filter === status ? '/mes/my-work' : href}
                  aria-current={pressed ? 'true' : undefined}
                  title={
                    pressed && filter === status
                      ? t('console.showAll')
                      : t('console.show', { status: t(`status.${status}`) })
                  }
                  data-testid={`status-tile-${status}`}
                  className={cn(
                    className,
                    'hover:border-foreground/40 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                  )}
                >
                  {body}
                </Link>
              ) : (
                <div className={className} data-testid={`status-tile-${status}`}>
                  {body}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <p aria-live="polite" className="mt-2 text-base empty:mt-0" data-testid="console-news">
        {recent.map((notice, index) => (
          <span
            key={notice.id}
            className={cn(
              'block',
              index === 0 ? 'text-amber-700 dark:text-amber-200' : 'text-sm text-muted-foreground',
            )}
          >
            {notice.text} · <RelativeTime date={notice.at} />
          </span>
        ))}
      </p>
    </div>
  );
}

function ConsoleTab({
  href,
  current,
  label,
  testId,
  count,
}: {
  href: string;
  current: boolean;
  label: string;
  /** The tab's name in test ids, the same in every language. */
  testId: string;
  /** Without a count the tab shows none (as opposed to a count still loading). */
  count?: number | undefined | null;
}) {
  const locale = useLocale();
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
      {count === null ? null : count === undefined ? (
        <Skeleton className="h-5 w-7" />
      ) : (
        <span
          className={cn(
            'rounded-full px-2 py-0.5 text-sm tabular-nums',
            current ? 'bg-primary-foreground/15' : 'bg-muted',
          )}
          data-testid={`tab-count-${testId}`}
        >
          {count.toLocaleString(locale)}
        </span>
      )}
    </Link>
  );
}
