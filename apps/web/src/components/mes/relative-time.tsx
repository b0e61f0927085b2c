'use client';

import { useEffect, useState } from 'react';
import { useFormat } from '@/components/format-provider';

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
  const format = useFormat();
  return (
    <time
      dateTime={date.toISOString()}
      title={format.dateTime(date)}
      className={className}
      suppressHydrationWarning
    >
      {format.relative(date, now)}
    </time>
  );
}
