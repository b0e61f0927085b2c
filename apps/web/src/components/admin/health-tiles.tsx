import type { TSystemHealth } from '@facet/core/admin/get-system-health';
import type { HealthLevel } from '@facet/core/admin/health-levels';
import { cn } from '@facet/ui/cn';
import { formatDateTime } from '@facet/ui/format';
import { CircleAlert, CircleCheck, CircleX } from 'lucide-react';
import type { ReactNode } from 'react';

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
