import { formatDateTime, formatRelative } from '@facet/ui/format';

/** "3 days ago", with the exact time on hover and for screen readers' context. */
export function RelativeDate({ date, className }: { date: Date; className?: string }) {
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)} className={className}>
      {formatRelative(date)}
    </time>
  );
}
