import type { TTimelineEvent } from '@facet/core/orders/order-details';
import { STATUS_LABEL } from '@facet/core/orders/status-labels';
import { formatDateTime, formatRelative } from '@facet/ui/format';

const EVENT_LABEL: Record<string, string> = {
  created: 'Order created',
  item_added: 'Item added',
  item_removed: 'Item removed',
  note_added: 'Note added',
  sla_breached: 'Flagged: past its time limit',
};

function describe(event: TTimelineEvent): string {
  if (event.type === 'status_changed' && event.toStatus) return STATUS_LABEL[event.toStatus];
  if (event.type === 'created' && event.toStatus)
    return `${EVENT_LABEL.created} · ${STATUS_LABEL[event.toStatus]}`;
  return EVENT_LABEL[event.type] ?? event.type.replaceAll('_', ' ');
}

/** Everything that happened to the order, oldest first, with who did it and why. */
export function OrderTimeline({ events }: { events: TTimelineEvent[] }) {
  return (
    <ol className="relative grid gap-5 border-l border-border pl-6" aria-label="Timeline">
      {events.map((event) => (
        <li
          key={event.id}
          className="relative"
          data-testid="timeline-event"
          data-status={event.toStatus ?? undefined}
        >
          <span aria-hidden className="absolute -left-[29px] top-1.5 size-2.5 rounded-full bg-accent" />
          <p className="font-medium">{describe(event)}</p>
          <p className="text-sm text-muted-foreground">
            {event.actorName} ·{' '}
            <time dateTime={event.createdAt.toISOString()} title={formatDateTime(event.createdAt)}>
              {formatRelative(event.createdAt)}
            </time>
          </p>
          {event.reason ? <p className="mt-1 text-sm">“{event.reason}”</p> : null}
        </li>
      ))}
    </ol>
  );
}
