import type { TTimelineEntry } from '@facet/core/orders/timeline-entry';
import { useTranslations } from 'next-intl';
import { useFormat } from '@/components/format-provider';
import { useSayStored } from '@/i18n/use-said';

const EVENT_TYPES = [
  'created',
  'item_added',
  'item_removed',
  'note_added',
  'sla_breached',
  'casting_tree_joined',
  'casting_tree_left',
  'castability_risk_accepted',
];

function describe(event: TTimelineEntry, t: ReturnType<typeof useTranslations>): string {
  if (event.type === 'status_changed' && event.toStatus) return t(`status.${event.toStatus}`);
  if (event.type === 'created' && event.toStatus)
    return `${t('timeline.created')} · ${t(`status.${event.toStatus}`)}`;
  return EVENT_TYPES.includes(event.type) ? t(`timeline.${event.type}`) : event.type.replaceAll('_', ' ');
}

/** Everything that happened to the order, oldest first, with who did it and why. */
export function OrderTimeline({ events }: { events: TTimelineEntry[] }) {
  const t = useTranslations();
  const sayStored = useSayStored();
  const format = useFormat();
  return (
    <ol className="relative grid gap-5 border-l border-border pl-6" aria-label={t('timeline.label')}>
      {events.map((event) => (
        <li
          key={event.id}
          className="relative"
          data-testid="timeline-event"
          data-status={event.toStatus ?? undefined}
        >
          <span aria-hidden className="absolute -left-[29px] top-1.5 size-2.5 rounded-full bg-accent" />
          <p className="font-medium">{describe(event, t)}</p>
          <p className="text-sm text-muted-foreground">
            {event.actorName} ·{' '}
            {/* The server's "now" and the browser's differ by the page's trip: "5 s ago" may read "6 s ago". */}
            <time
              dateTime={event.at.toISOString()}
              title={format.dateTime(event.at)}
              suppressHydrationWarning
            >
              {format.relative(event.at)}
            </time>
          </p>
          {event.reason ? (
            <p className="mt-1 text-sm">
              {t('uiRest.orders.reason', { reason: sayStored(event.reasonMessage, event.reason) ?? '' })}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
