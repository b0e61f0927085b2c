import type { TSystemHealth } from '@facet/core/admin/get-system-health';
import type { HealthLevel } from '@facet/core/admin/health-levels';
import { cn } from '@facet/ui/cn';
import { createFormat, formatOrderNumber } from '@facet/ui/format';
import { CircleAlert, CircleCheck, CircleX } from 'lucide-react';
import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { RelativeTime } from '@/components/mes/relative-time';

type T = ReturnType<typeof useTranslations>;

const LEVEL: Record<HealthLevel, { className: string; Icon: typeof CircleCheck }> = {
  ok: { className: 'border-emerald-300 bg-emerald-50 text-emerald-950', Icon: CircleCheck },
  warn: { className: 'border-amber-300 bg-amber-50 text-amber-950', Icon: CircleAlert },
  down: { className: 'border-red-300 bg-red-50 text-red-950', Icon: CircleX },
};

function age(seconds: number | null, t: T): string {
  if (seconds === null) return '—';
  if (seconds < 60) return t('uiCommon.seconds', { count: Math.round(seconds) });
  if (seconds < 3600) return t('uiCommon.minutes', { count: Math.round(seconds / 60) });
  return t('uiCommon.hours', { count: Math.round(seconds / 3600) });
}

/** "3 d 4 h", "45 min", "12 s", "80 ms": a duration as people say it, to two units at most. */
function duration(seconds: number, t: T): string {
  if (seconds > 0 && seconds < 1) return t('uiCommon.milliseconds', { count: Math.round(seconds * 1000) });
  const units = [
    ['uiAdmin.health.days', 86_400],
    ['uiCommon.hours', 3_600],
    ['uiCommon.minutes', 60],
    ['uiCommon.seconds', 1],
  ] as const;
  const parts: string[] = [];
  let rest = Math.max(0, Math.round(seconds));
  for (const [key, size] of units) {
    const amount = Math.floor(rest / size);
    if (amount > 0 || (parts.length === 0 && size === 1)) parts.push(t(key, { count: amount }));
    rest -= amount * size;
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}

function Tile({
  title,
  level,
  figure,
  figureTestId,
  children,
}: {
  title: string;
  level: HealthLevel;
  figure: string;
  /** The figure's test id, for a test that reads it in any language. */
  figureTestId?: string;
  children?: ReactNode;
}) {
  const { className, Icon } = LEVEL[level];
  const t = useTranslations('uiAdmin.health');
  const label = t(`level.${level}`);
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
      <p className="text-2xl font-semibold tabular-nums" data-testid={figureTestId}>
        {figure}
      </p>
      {children ? <div className="text-xs opacity-80">{children}</div> : null}
    </section>
  );
}

/** Green, amber or red for each part of the system, with the figure behind the colour. */
export function HealthTiles({ health }: { health: TSystemHealth }) {
  const all = useTranslations();
  const t = useTranslations('uiAdmin.health');
  const format = createFormat(useLocale());
  return (
    <div className="grid gap-6">
      <p className="text-sm text-muted-foreground" data-testid="health-overall" data-level={health.overall}>
        {t.rich('overall', {
          level: () => <span className="font-medium text-foreground">{t(`level.${health.overall}`)}</span>,
          at: format.dateTime(health.checkedAt),
        })}
      </p>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Tile
          title="PostgreSQL"
          level={health.postgres.level}
          figure={
            health.postgres.latencyMs === null
              ? t('noAnswer')
              : all('uiCommon.milliseconds', { count: health.postgres.latencyMs })
          }
        >
          {health.postgres.error ?? t('postgresText')}
        </Tile>
        <Tile
          title="Redis"
          level={health.redis.level}
          figure={
            health.redis.latencyMs === null
              ? t('noAnswer')
              : all('uiCommon.milliseconds', { count: health.redis.latencyMs })
          }
        >
          {health.redis.error ?? t('redisText')}
        </Tile>
        <Tile
          title={t('outbox')}
          level={health.outbox.level}
          figure={t('waiting', { count: health.outbox.unpublished })}
        >
          {t('oldestUnpublished', { age: age(health.outbox.oldestAgeS, all) })}
        </Tile>
        {health.heartbeats.map((beat) => (
          <Tile
            key={beat.kind}
            title={beat.kind === 'worker' ? t('workers') : t('realtime')}
            level={beat.level}
            figure={t('alive', { count: beat.instances.length })}
          >
            {beat.instances.length === 0
              ? t('noHeartbeat')
              : beat.instances
                  .map(
                    (instance) =>
                      `${instance.host}:${instance.pid} (${all('uiCommon.durationAgo', { age: age(instance.ageS, all) })})`,
                  )
                  .join(', ')}
          </Tile>
        ))}
        <CanaryTile canary={health.canary} />
        <SlaTile breaches={health.slaBreaches} />
      </div>
      <section aria-labelledby="queues-title" className="grid gap-3">
        <h2 id="queues-title" className="text-xl">
          {t('queues')}
        </h2>
        {health.queues.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t('queuesUnknown')}</p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-border bg-card">
            <table className="w-full min-w-[640px] text-sm">
              <thead className="border-b border-border bg-muted/50 text-left text-xs uppercase tracking-wide text-muted-foreground">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t('queue')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t('waitingColumn')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t('active')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t('delayed')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t('failed')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t('oldestWaiting')}
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    {t('state')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {health.queues.map((queue) => {
                  const { Icon } = LEVEL[queue.level];
                  const label = t(`level.${queue.level}`);
                  return (
                    <tr
                      key={queue.name}
                      className="border-b border-border last:border-0"
                      data-testid="queue-row"
                      data-level={queue.level}
                    >
                      <td className="px-3 py-2 font-mono">{queue.name}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{format.count(queue.waiting)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{format.count(queue.active)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{format.count(queue.delayed)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">{format.count(queue.failed)}</td>
                      <td className="px-3 py-2 text-right tabular-nums">
                        {age(queue.oldestWaitingAgeS, all)}
                      </td>
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
  const all = useTranslations();
  const t = useTranslations('uiAdmin.health');
  const format = createFormat(useLocale());
  if (!canary) {
    return (
      <Tile title={t('canary')} level="down" figure={all('health.unknown')}>
        {t('canaryUnknown')}
      </Tile>
    );
  }
  const { latest } = canary;
  const figure =
    canary.state === 'ok' && canary.lastSuccessTookS !== null
      ? t('arrivedIn', { duration: duration(canary.lastSuccessTookS, all) })
      : t(`canaryState.${canary.state satisfies CanaryHealth['state']}`);
  const lastSuccess = canary.lastSuccessAt ? (
    <>{t.rich('lastArrival', { when: () => <RelativeTime date={canary.lastSuccessAt as Date} /> })}</>
  ) : (
    t('noneArrived')
  );
  return (
    <Tile title={t('canary')} level={canary.level} figure={figure}>
      {canary.state === 'ok' && canary.lastSuccessAt ? (
        <>
          <CanaryOrderLink number={latest?.orderNumber} />{' '}
          {t.rich('reachedPool', { when: () => <RelativeTime date={canary.lastSuccessAt as Date} /> })}
        </>
      ) : canary.state === 'late' || canary.state === 'failed' ? (
        <span className="grid gap-1">
          <span>
            {canary.troubleSince ? <>{t('since', { at: format.dateTime(canary.troubleSince) })} </> : null}
            <CanaryOrderLink number={latest?.orderNumber} /> {latest?.error ?? t('notInPool')}
          </span>
          <span>{lastSuccess}</span>
        </span>
      ) : canary.state === 'missing' ? (
        <span className="grid gap-1">
          <span>
            {canary.troubleSince
              ? t('noneStartedSince', { at: format.dateTime(canary.troubleSince) })
              : t('noneStarted')}
          </span>
          <span>{lastSuccess}</span>
        </span>
      ) : canary.state === 'pending' ? (
        t('firstOnItsWay')
      ) : (
        t('neverRun')
      )}
    </Tile>
  );
}

/** Orders the SLA watchdog flagged, still in the status they overstayed. */
function SlaTile({ breaches }: { breaches: TSystemHealth['slaBreaches'] }) {
  const t = useTranslations();
  const locale = useLocale();
  if (!breaches) {
    return (
      <Tile title={t('health.pastLimit')} level="down" figure={t('health.unknown')}>
        {t('health.postgresDown')}
      </Tile>
    );
  }
  const flagged = breaches.byStatus.filter((entry) => entry.count > 0);
  return (
    <Tile
      title={t('health.pastLimit')}
      level={breaches.level}
      figure={t('common.orderCount', { count: breaches.total })}
      figureTestId="sla-breaches-figure"
    >
      {flagged.length === 0 ? (
        t('health.noneLate')
      ) : (
        <>
          {flagged
            .map((entry) => `${entry.count.toLocaleString(locale)} ${t(`status.${entry.status}`)}`)
            .join(' · ')}{' '}
          —{' '}
          <Link href="/crm/late" className="font-medium underline">
            {t('health.seeLate')}
          </Link>
        </>
      )}
    </Tile>
  );
}
