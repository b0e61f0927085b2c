'use client';

import { formatDateTime, formatRelative } from '@facet/ui/format';
import { useEffect, useState } from 'react';

/** The current time, updated every `intervalMs`, so ages on screen stay true without a reload. */
export function useNow(intervalMs = 10_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "2 min ago", with the exact time on hover. */
export function RelativeTime({ date, className }: { date: Date; className?: string }) {
  const now = useNow();
  return (
    <time
      dateTime={date.toISOString()}
      title={formatDateTime(date)}
      className={className}
      suppressHydrationWarning
    >
      {formatRelative(date, now)}
    </time>
  );
}
