'use client';

import { dashboardCsv, dashboardCsvName } from '@facet/core/crm/dashboard-csv';
import type { TDashboard } from '@facet/core/crm/get-dashboard';
import type { OrderStatus } from '@facet/db/enums';
import { Button } from '@facet/ui/button';
import { Skeleton } from '@facet/ui/feedback';
import { intlLocale } from '@facet/ui/format';
import { useQuery } from '@tanstack/react-query';
import { Download } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '@/components/format-provider';
import { useTRPC } from '@/trpc/client';
import { ChartCard } from './chart-card';
import { dashboardInputFromParams } from './dashboard-filters';
import { ChannelFilter, FILTER_SELECT_CLASS, FilterField } from './filter-controls';
import { type DurationUnit, durationUnitName, formatDuration } from './format-duration';
import { CouldNotLoad } from './load-failed';
import { useUrlFilters } from './use-url-filters';

const CHANNEL_COLOURS = { shop: '#a07a3c', crm: '#3f6f8f', api: '#6b645a' } as const;
const AXIS = { fontSize: 11, fill: '#6b645a' };

/** "2026-03-09" → "9 Mar" («9 мар.») (the day is a calendar date, not an instant). */
function dayLabel(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date!)).toLocaleDateString(intlLocale(locale), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** The axis unit that keeps the longest mean readable: milliseconds up to days. */
function durationUnit(longestS: number): { unit: DurationUnit; seconds: number } {
  if (longestS >= 2 * 86_400) return { unit: 'd', seconds: 86_400 };
  if (longestS >= 2 * 3_600) return { unit: 'h', seconds: 3_600 };
  if (longestS >= 120) return { unit: 'min', seconds: 60 };
  if (longestS >= 2) return { unit: 's', seconds: 1 };
  return { unit: 'ms', seconds: 0.001 };
}

function Kpi({ label, value, href, hint }: { label: string; value: string; href?: string; hint?: string }) {
  const body = (
    <>
      <span className="text-xs text-muted-foreground">{label}</span>
      <span className="text-2xl font-semibold tabular-nums">{value}</span>
      {hint ? <span className="text-xs text-muted-foreground">{hint}</span> : null}
    </>
  );
  const className = 'grid gap-0.5 rounded-lg border border-border bg-card p-4';
  return href ? (
    <Link
      href={href}
      className={`${className} hover:border-foreground/40 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring`}
    >
      {body}
    </Link>
  ) : (
    <div className={className}>{body}</div>
  );
}

function downloadCsv(figures: TDashboard, filters: { channel?: string; alloyCode?: string }) {
  const url = URL.createObjectURL(new Blob([dashboardCsv(figures)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = dashboardCsvName(figures.period, filters);
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function DashboardView() {
  const trpc = useTRPC();
  const t = useTranslations('crmUi');
  const tStatus = useTranslations('status');
  const format = useFormat();
  const day = (value: string) => dayLabel(value, format.locale);
  const { params, set } = useUrlFilters();
  const input = useMemo(() => dashboardInputFromParams(params), [params]);
  const periodError = input.from && input.to && input.from > input.to ? t('dashboard.periodError') : null;
  const figures = useQuery(
    trpc.crm.dashboard.get.queryOptions(input, { refetchInterval: 60_000, enabled: !periodError }),
  );
  const late = useQuery(trpc.crm.orders.listLate.queryOptions({ limit: 1 }, { refetchInterval: 60_000 }));
  const alloys = useQuery(trpc.shop.catalog.listAlloys.queryOptions());
  const filtered = Boolean(input.from || input.to || input.channel || input.alloyCode);

  const filters = (
    <fieldset className="flex flex-wrap items-end gap-3 rounded-lg border border-border bg-card p-3 text-sm">
      <legend className="sr-only">{t('dashboard.filters')}</legend>
      <FilterField label={t('common.placedFrom')}>
        <input
          type="date"
          className={FILTER_SELECT_CLASS}
          value={params.get('from') ?? figures.data?.period.from ?? ''}
          onChange={(event) => set({ from: event.target.value })}
        />
      </FilterField>
      <FilterField label={t('common.placedTo')}>
        <input
          type="date"
          className={FILTER_SELECT_CLASS}
          value={params.get('to') ?? figures.data?.period.to ?? ''}
          onChange={(event) => set({ to: event.target.value })}
          aria-invalid={periodError ? true : undefined}
          aria-describedby={periodError ? 'dashboard-period-error' : undefined}
        />
      </FilterField>
      <ChannelFilter value={input.channel ?? ''} onChange={(channel) => set({ channel })} />
      <FilterField label={t('common.alloy')}>
        <select
          className={FILTER_SELECT_CLASS}
          value={input.alloyCode ?? ''}
          onChange={(event) => set({ alloy: event.target.value })}
        >
          <option value="">{t('dashboard.allAlloys')}</option>
          {(alloys.data ?? []).map((alloy) => (
            <option key={alloy.code} value={alloy.code}>
              {alloy.name}
            </option>
          ))}
        </select>
      </FilterField>
      {filtered ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={() => set({ from: null, to: null, channel: null, alloy: null })}
        >
          {t('common.clearFilters')}
        </Button>
      ) : null}
      <Button
        variant="outline"
        size="sm"
        className="ml-auto"
        disabled={!figures.data}
        onClick={() => figures.data && downloadCsv(figures.data, input)}
      >
        <Download aria-hidden className="size-4" />
        {t('dashboard.exportCsv')}
      </Button>
      {periodError ? (
        <p id="dashboard-period-error" role="alert" className="basis-full text-sm text-destructive">
          {periodError}
        </p>
      ) : null}
    </fieldset>
  );

  if (periodError) return <div className="grid gap-4">{filters}</div>;
  if (figures.isPending) {
    return (
      <div className="grid gap-4" aria-busy>
        {filters}
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-24" />
          ))}
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} className="h-80" />
          ))}
        </div>
      </div>
    );
  }
  if (figures.isError) {
    return (
      <div className="grid gap-4">
        {filters}
        <CouldNotLoad
          title={t('loadFailed.dashboard')}
          error={figures.error}
          onRetry={() => figures.refetch()}
        />
      </div>
    );
  }
  const data = figures.data;
  const perDay = data.ordersPerDay.map((row) => ({ ...row, label: day(row.day) }));
  const byStatus = (Object.entries(data.ordersByStatus) as Array<[OrderStatus, number]>)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => ({ status: tStatus(status), count }));
  const unit = durationUnit(Math.max(0, ...data.timeInStatus.map((row) => row.meanS)));
  const unitName = durationUnitName(unit.unit, format.locale);
  const duration = (seconds: number) => formatDuration(seconds, format.locale);
  const timeInStatus = data.timeInStatus.map((row) => ({
    status: tStatus(row.status),
    value: Number((row.meanS / unit.seconds).toPrecision(3)),
    meanS: row.meanS,
    samples: row.samples,
  }));
  const revenue = data.revenuePerWeek.map((row) => ({
    ...row,
    label: day(row.weekStart),
    amount: row.totalCents / 100,
  }));
  const lastWeek = data.revenuePerWeek.at(-1);
  const lastDay = data.ordersPerDay.at(-1);
  const periodLabel = `${day(data.period.from)} – ${day(data.period.to)}`;
  const channelName = { shop: t('channel.shop'), crm: t('channel.crm'), api: t('channel.api') };

  return (
    <div className="grid gap-4">
      {filters}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Kpi
          label={t('dashboard.waiting')}
          value={format.count(data.waitingForApproval)}
          href="/crm/orders?status=PRICE_CALCULATED"
          hint={t('dashboard.waitingHint')}
        />
        <Kpi
          label={t('dashboard.late')}
          value={late.data ? format.count(late.data.total) : '…'}
          href="/crm/late"
          hint={t('dashboard.lateHint')}
        />
        <Kpi
          label={lastDay ? t('dashboard.placedOn', { day: day(lastDay.day) }) : t('dashboard.placed')}
          value={format.count(lastDay ? lastDay.shop + lastDay.crm + lastDay.api : 0)}
          hint={
            lastDay
              ? t('dashboard.placedHint', { shop: lastDay.shop, crm: lastDay.crm, api: lastDay.api })
              : undefined
          }
        />
        <Kpi
          label={
            lastWeek ? t('dashboard.bookedInWeek', { day: day(lastWeek.weekStart) }) : t('dashboard.booked')
          }
          value={lastWeek ? format.moneyShort(lastWeek.totalCents) : '—'}
          hint={lastWeek ? t('dashboard.bookedHint', { count: lastWeek.orders }) : undefined}
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          title={t('dashboard.perDay')}
          description={t('dashboard.perDayDescription', { period: periodLabel })}
          table={{
            head: [t('dashboard.day'), channelName.shop, channelName.crm, channelName.api],
            rows: perDay.map((row) => [row.label, row.shop, row.crm, row.api]),
          }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={perDay} margin={{ top: 4, right: 4, left: -24, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e3ddd3" />
              <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" minTickGap={16} />
              <YAxis allowDecimals={false} tick={AXIS} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar
                isAnimationActive={false}
                dataKey="shop"
                name={channelName.shop}
                stackId="channel"
                fill={CHANNEL_COLOURS.shop}
              />
              <Bar
                isAnimationActive={false}
                dataKey="crm"
                name={channelName.crm}
                stackId="channel"
                fill={CHANNEL_COLOURS.crm}
              />
              <Bar
                isAnimationActive={false}
                dataKey="api"
                name={channelName.api}
                stackId="channel"
                fill={CHANNEL_COLOURS.api}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard
          title={t('dashboard.byStatus')}
          description={t('dashboard.byStatusDescription', { period: periodLabel })}
          table={{
            head: [t('common.status'), t('dashboard.orders')],
            rows: byStatus.map((row) => [row.status, format.count(row.count)]),
          }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={byStatus} layout="vertical" margin={{ top: 0, right: 12, left: 0, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e3ddd3" />
              <XAxis type="number" allowDecimals={false} tick={AXIS} />
              <YAxis type="category" dataKey="status" width={150} tick={AXIS} interval={0} />
              <Tooltip />
              <Bar isAnimationActive={false} dataKey="count" name={t('dashboard.orders')} fill="#a07a3c" />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard
          title={t('dashboard.timeInStatus')}
          description={t('dashboard.timeInStatusDescription', { period: periodLabel })}
          table={{
            head: [t('common.status'), t('dashboard.average'), t('dashboard.staysMeasured')],
            rows: timeInStatus.map((row) => [row.status, duration(row.meanS), format.count(row.samples)]),
          }}
        >
          {timeInStatus.length === 0 ? (
            <p className="grid h-full place-content-center text-sm text-muted-foreground">
              {t('dashboard.noStatusChange')}
            </p>
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={timeInStatus}
                layout="vertical"
                margin={{ top: 0, right: 12, left: 0, bottom: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e3ddd3" />
                <XAxis type="number" tick={AXIS} unit={` ${unitName}`} />
                <YAxis type="category" dataKey="status" width={150} tick={AXIS} interval={0} />
                <Tooltip
                  formatter={(_value, _name, item) => [duration(item.payload.meanS), t('dashboard.average')]}
                />
                <Bar
                  isAnimationActive={false}
                  dataKey="value"
                  name={t('dashboard.averageIn', { unit: unitName })}
                  fill="#3f6f8f"
                />
              </BarChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
        <ChartCard
          title={t('dashboard.revenue')}
          description={t('dashboard.revenueDescription')}
          table={{
            head: [t('dashboard.weekOf'), t('dashboard.revenueColumn'), t('dashboard.orders')],
            rows: revenue.map((row) => [
              row.label,
              format.moneyShort(row.totalCents),
              format.count(row.orders),
            ]),
          }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={revenue} margin={{ top: 4, right: 4, left: 8, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e3ddd3" />
              <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" minTickGap={16} />
              <YAxis
                tick={AXIS}
                tickFormatter={(value: number) => format.moneyShort(Math.round(value * 100))}
              />
              <Tooltip
                formatter={(value) => [
                  format.moneyShort(Math.round(Number(value) * 100)),
                  t('dashboard.revenueColumn'),
                ]}
              />
              <Bar
                isAnimationActive={false}
                dataKey="amount"
                name={t('dashboard.revenueColumn')}
                fill="#a07a3c"
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </div>
    </div>
  );
}
