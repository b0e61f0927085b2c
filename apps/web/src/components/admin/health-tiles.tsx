import type { TSystemHealth } from '@facet/core/admin/get-system-health';
import type { HealthLevel } from '@facet/core/admin/health-levels';
import { STATUS_LABEL } from '@facet/core/orders/status-labels';
import { cn } from '@facet/ui/cn';
import { formatDateTime, formatOrderNumber } from '@facet/ui/format';
import { CircleAlert, CircleCheck, CircleX } from 'lucide-react';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatDuration } from '@/components/crm/format-duration';
import { RelativeDate } from '@/components/crm/relative-date';

const LEVEL: Record<HealthLevel, { label: string; className: string; Icon: typeof CircleCheck }> = {
  ok: { label: 'Healthy', className: 'border-emerald-300 bg-emerald-50 text-emerald-950', Icon: CircleCheck },
  warn: {
    label: 'Needs a look',
    className: 'border-amber-300 bg-amber-50 text-amber-950',
    Icon: CircleAlert,
  },
  down: { label: 'Down', className: 'border-red-300 bg-red-50 text-red-950', Icon: CircleX },
};

function age(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

function Tile({
  title,
  level,
  figure,
  children,
}: {
  title: string;
  level: HealthLevel;
  figure: string;
  children?: ReactNode;
}) {
  const { label, className, Icon } = LEVEL[level];
  return (
    <section
      aria-label={title}
      data-testid="health-tile"
      data-level={level}
      className={cn('grid content-start gap-1 rounded-lg border p-4', className)}
    >
      <div className="flex items-center gap-2">
        <Icon aria-hidden className="size-4" />
        <h2 className="font-sans text-sm font-semibold">{title}</h2>
        <span className="ml-auto text-xs font-medium">{label}</span>
      </div>
      <p className="text-2xl font-semibold tabular-nums">{figure}</p>
      {children ? <div className="text-xs opacity-80">{children}</div> : null}
    </section>
  );
}

/** Green, amber or red for each part of the system, with the figure behind the colour. */
export function HealthTiles({ health }: { health: TSystemHealth }) {
  return (
    <div className="grid gap-6">
      <p className="text-sm text-muted-foreground" data-testid="health-overall" data-level={health.overall}>
        Overall: <span className="font-medium text-foreground">{LEVEL[health.overall].label}</span> · checked{' '}
        {formatDateTime(health.checkedAt)}
      </p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Tile
          title="PostgreSQL"
          level={health.postgres.level}
          figure={health.postgres.latencyMs === null ? 'No answer' : `${health.postgres.latencyMs} ms`}
        >
          {health.postgres.error ?? 'Round trip of a trivial query.'}
        </Tile>
        <Tile
          title="Redis"
          level={health.redis.level}
          figure={health.redis.latencyMs === null ? 'No answer' : `${health.redis.latencyMs} ms`}
        >
          {health.redis.error ?? 'PING round trip. Queues and realtime need it; no order is lost without it.'}
        </Tile>
        <Tile
          title="Outbox"
          level={health.outbox.level}
          figure={`${health.outbox.unpublished.toLocaleString('en-IE')} waiting`}
        >
          Oldest unpublished change: {age(health.outbox.oldestAgeS)}
        </Tile>
        {health.heartbeats.map((beat) => (
          <Tile
            key={beat.kind}
            title={beat.kind === 'worker' ? 'Workers' : 'Realtime servers'}
            level={beat.level}
            figure={`${beat.instances.length} alive`}
          >
            {beat.instances.length === 0
              ? 'No heartbeat in the last 15 s.'
              : beat.instances
                  .map((instance) => `${instance.host}:${instance.pid} (${age(instance.ageS)} ago)`)
                  .join(', ')}
          </Tile>
        ))}
        <CanaryTile canary={health.canary} />
        <SlaTile breaches={health.slaBreaches} />
      </div>
      <section aria-labelledby="queues-title" className="grid gap-3">
        <h2 id="queues-title" className="text-xl">
          Queues
        </h2>
        {health.queues.length === 0 ? (
          <p className="text-sm text-muted-foreground">
            Queue depths are unknown while Redis does not answer.
          </p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-border bg-card">
            <table className="w-full min-w-[640px] text-sm">
              <thead className="border-b border-border bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Queue
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Waiting
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Active
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Delayed
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Failed
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    Oldest waiting
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    State
                  </th>
                </tr>
              </thead>
              <tbody>
                {health.queues.map((queue) => {
                  const { label, Icon } = LEVEL[queue.level];
                  return (
                    <tr
                      key={queue.name}
                      className="border-b border-border last:border-0"
                      data-testid="queue-row"
                      data-level={queue.level}
                    >
                      <td className="px-3 py-2 font-mono">{queue.name}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{queue.waiting}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{queue.active}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{queue.delayed}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{queue.failed}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{age(queue.oldestWaitingAgeS)}</td>
                      <td className="px-3 py-2">
                        <span
                          className={cn(
                            'inline-flex items-center gap-1 text-xs font-medium',
                            queue.level === 'ok'
                              ? 'text-emerald-800'
                              : queue.level === 'warn'
                                ? 'text-amber-800'
                                : 'text-red-800',
                          )}
                        >
                          <Icon aria-hidden className="size-3.5" /> {label}
                        </span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

type CanaryHealth = NonNullable<TSystemHealth['canary']>;

const CANARY_FIGURE: Record<CanaryHealth['state'], string> = {
  ok: 'Arrived',
  late: 'Late',
  failed: 'Failed',
  missing: 'Missing',
  pending: 'On its way',
  never: 'Not run yet',
};

/** A link to the flight recorder of the canary's order, for finding where it stopped. */
function CanaryOrderLink({ number }: { number: number | null | undefined }) {
  if (!number) return null;
  return (
    <Link href={`/flight-recorder?order=${formatOrderNumber(number)}`} className="font-medium underline">
      {formatOrderNumber(number)}
    </Link>
  );
}

/** The canary order the worker sends through the whole pipeline: did the last one reach the pool in time? */
function CanaryTile({ canary }: { canary: TSystemHealth['canary'] }) {
  if (!canary) {
    return (
      <Tile title="Canary" level="down" figure="Unknown">
        PostgreSQL does not answer, so the canary's runs cannot be read.
      </Tile>
    );
  }
  const { latest } = canary;
  const figure =
    canary.state === 'ok' && canary.lastSuccessTookS !== null
      ? `Arrived in ${formatDuration(canary.lastSuccessTookS)}`
      : CANARY_FIGURE[canary.state];
  const lastSuccess = canary.lastSuccessAt ? (
    <>
      Last arrival in time <RelativeDate date={canary.lastSuccessAt} />.
    </>
  ) : (
    'None has arrived in time yet.'
  );
  return (
    <Tile title="Canary" level={canary.level} figure={figure}>
      {canary.state === 'ok' && canary.lastSuccessAt ? (
        <>
          <CanaryOrderLink number={latest?.orderNumber} /> reached the pool{' '}
          <RelativeDate date={canary.lastSuccessAt} />. A test order through upload, analysis, pricing and
          approval; never shown to operators.
        </>
      ) : canary.state === 'late' || canary.state === 'failed' ? (
        <span className="grid gap-1">
          <span>
            {canary.troubleSince ? <>Since {formatDateTime(canary.troubleSince)}. </> : null}
            <CanaryOrderLink number={latest?.orderNumber} />{' '}
            {latest?.error ?? 'Not in the pool by its deadline.'}
          </span>
          <span>{lastSuccess}</span>
        </span>
      ) : canary.state === 'missing' ? (
        <span className="grid gap-1">
          <span>
            No canary started since {canary.troubleSince ? formatDateTime(canary.troubleSince) : 'then'}: is a
            worker running, with CANARY_ENABLED on?
          </span>
          <span>{lastSuccess}</span>
        </span>
      ) : canary.state === 'pending' ? (
        'The first canary is on its way to the pool.'
      ) : (
        'The worker sends a test order through the pipeline every few minutes when CANARY_ENABLED is on.'
      )}
    </Tile>
  );
}

/** Orders the SLA watchdog flagged, still in the status they overstayed. */
function SlaTile({ breaches }: { breaches: TSystemHealth['slaBreaches'] }) {
  if (!breaches) {
    return (
      <Tile title="Past their time limit" level="down" figure="Unknown">
        PostgreSQL does not answer.
      </Tile>
    );
  }
  const flagged = breaches.byStatus.filter((entry) => entry.count > 0);
  return (
    <Tile
      title="Past their time limit"
      level={breaches.level}
      figure={`${breaches.total.toLocaleString('en-IE')} ${breaches.total === 1 ? 'order' : 'orders'}`}
    >
      {flagged.length === 0 ? (
        'No order has stayed in a status longer than its limit.'
      ) : (
        <>
          {flagged.map((entry) => `${entry.count} ${STATUS_LABEL[entry.status]}`).join(' · ')} —{' '}
          <Link href="/crm/late" className="font-medium underline">
            see late and stuck orders
          </Link>
        </>
      )}
    </Tile>
  );
}
