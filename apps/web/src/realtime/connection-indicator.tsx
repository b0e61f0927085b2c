'use client';

import { cn } from '@facet/ui/cn';
import { type ConnectionState, useRealtime } from './realtime-provider';

const LABEL: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
};

const TONE: Record<ConnectionState, string> = {
  connecting: 'border-border text-muted-foreground',
  live: 'border-emerald-500/60 text-emerald-700 dark:text-emerald-300',
  reconnecting: 'border-amber-500/60 text-amber-700 dark:text-amber-300',
  offline: 'border-red-500/60 text-red-700 dark:text-red-300',
};

const DOT: Record<ConnectionState, string> = {
  connecting: 'bg-muted-foreground',
  live: 'bg-emerald-500',
  reconnecting: 'bg-amber-500 animate-pulse',
  offline: 'bg-red-500',
};

/** Whether pushes are arriving: always visible on live pages, in words as well as colour. */
export function ConnectionIndicator({ className }: { className?: string }) {
  const { state, refusal } = useRealtime();
  const title =
    refusal === 'unauthorized'
      ? 'Your session ended: sign in again to get live updates.'
      : refusal === 'forbidden'
        ? 'Your account cannot receive these live updates.'
        : state === 'live'
          ? 'Changes appear here the moment they happen.'
          : 'Changes will appear again once the connection is back; nothing is lost meanwhile.';
  return (
    <span
      role="status"
      aria-live="polite"
      title={title}
      data-testid="connection-state"
      data-state={state}
      className={cn(
        'inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm font-medium',
        TONE[state],
        className,
      )}
    >
      <span aria-hidden className={cn('size-2.5 rounded-full', DOT[state])} />
      {LABEL[state]}
    </span>
  );
}
