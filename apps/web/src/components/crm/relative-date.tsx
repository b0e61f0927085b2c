import { formatDateTime, formatRelative } from '@facet/ui/format';
import { useLocale } from 'next-intl';

/**
 * "3 days ago" («3 дн. назад»), with the exact time on hover and for screen readers' context, in the
 * page's language. The server's "now" and the browser's differ by the time the page took to arrive,
 * which can tip "59 s ago" into "1 min ago": that difference is expected, not a hydration fault.
 */
export function RelativeDate({ date, className }: { date: Date; className?: string }) {
  const locale = useLocale();
  return (
    <time
      dateTime={date.toISOString()}
      title={formatDateTime(date, locale)}
      className={className}
      suppressHydrationWarning
    >
      {formatRelative(date, undefined, locale)}
    </time>
  );
}
