'use client';

import { STATUS_LABEL } from '@facet/core/orders/status-labels';
import type { OrderStatus } from '@facet/db/enums';
import { LoadFailed, Skeleton } from '@facet/ui/feedback';
import { formatMoney } from '@facet/ui/format';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTRPC } from '@/trpc/client';
import { ChartCard } from './chart-card';
import { formatDuration } from './format-duration';

const CHANNEL_COLOURS = { shop: '#a07a3c', crm: '#3f6f8f', api: '#6b645a' } as const;
const AXIS = { fontSize: 11, fill: '#6b645a' };
const TIME_ZONE = 'Europe/Paris';

/** "2026-03-09" → "9 Mar" (the day is a calendar date, not an instant). */
function dayLabel(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, date!)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** The axis unit that keeps the longest median readable: milliseconds up to days. */
function durationUnit(longestS: number): { label: string; seconds: number } {
  if (longestS >= 2 * 86_400) return { label: 'd', seconds: 86_400 };
  if (longestS >= 2 * 3_600) return { label: 'h', seconds: 3_600 };
  if (longestS >= 120) return { label: 'min', seconds: 60 };
  if (longestS >= 2) return { label: 's', seconds: 1 };
  return { label: 'ms', seconds: 0.001 };
}

const euros = (cents: number) => formatMoney(cents).replace(/\.00$/, '');

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

export function DashboardView() {
  const trpc = useTRPC();
  const figures = useQuery(
    trpc.crm.dashboard.figures.queryOptions(
      { days: 30, weeks: 12, timeZone: TIME_ZONE },
      { refetchInterval: 60_000 },
    ),
  );
  const late = useQuery(trpc.crm.orders.late.queryOptions({ limit: 1 }, { refetchInterval: 60_000 }));

  if (figures.isPending) {
    return (
      <div className="grid gap-4" aria-busy>
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
    return <LoadFailed what="The dashboard" error={figures.error} onRetry={() => figures.refetch()} />;
  }
  const data = figures.data;
  const perDay = data.ordersPerDay.map((row) => ({ ...row, label: dayLabel(row.day) }));
  const byStatus = (Object.entries(data.ordersByStatus) as Array<[OrderStatus, number]>)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => ({ status: STATUS_LABEL[status], count }));
  const unit = durationUnit(Math.max(0, ...data.timeInStatus.map((row) => row.medianS)));
  const timeInStatus = data.timeInStatus.map((row) => ({
    status: STATUS_LABEL[row.status],
    value: Number((row.medianS / unit.seconds).toPrecision(3)),
    medianS: row.medianS,
    samples: row.samples,
  }));
  const revenue = data.revenuePerWeek.map((row) => ({
    ...row,
    label: dayLabel(row.weekStart),
    euros: row.totalCents / 100,
  }));
  const thisWeek = data.revenuePerWeek.at(-1);
  const today = data.ordersPerDay.at(-1);

  return (
    <div className="grid gap-4">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
        <Kpi
          label="Waiting for approval"
          value={String(data.ordersByStatus.PRICE_CALCULATED)}
          href="/crm/orders?status=PRICE_CALCULATED"
          hint="Priced, ready to approve"
        />
        <Kpi
          label="Late or stuck"
          value={late.data ? String(late.data.total) : '…'}
          href="/crm/late"
          hint="Past the promise or a status limit"
        />
        <Kpi
          label="Placed today"
          value={String(today ? today.shop + today.crm + today.api : 0)}
          hint={today ? `${today.shop} shop · ${today.crm} CRM · ${today.api} API` : undefined}
        />
        <Kpi
          label="Booked this week"
          value={thisWeek ? euros(thisWeek.totalCents) : '—'}
          hint={thisWeek ? `${thisWeek.orders} order(s) approved or further` : undefined}
        />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          title="Orders per day by channel"
          description="Last 30 days, by the day they were placed"
          table={{
            head: ['Day', 'Shop', 'CRM', 'API'],
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
                name="Shop"
                stackId="channel"
                fill={CHANNEL_COLOURS.shop}
              />
              <Bar
                isAnimationActive={false}
                dataKey="crm"
                name="CRM"
                stackId="channel"
                fill={CHANNEL_COLOURS.crm}
              />
              <Bar
                isAnimationActive={false}
                dataKey="api"
                name="API"
                stackId="channel"
                fill={CHANNEL_COLOURS.api}
              />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard
          title="Orders by status"
          description="Every order now, from the status counters"
          table={{ head: ['Status', 'Orders'], rows: byStatus.map((row) => [row.status, row.count]) }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={byStatus} layout="vertical" margin={{ top: 0, right: 12, left: 0, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e3ddd3" />
              <XAxis type="number" allowDecimals={false} tick={AXIS} />
              <YAxis type="category" dataKey="status" width={150} tick={AXIS} interval={0} />
              <Tooltip />
              <Bar isAnimationActive={false} dataKey="count" name="Orders" fill="#a07a3c" />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
        <ChartCard
          title="Median time in each status"
          description={`Orders placed in the last ${data.timeInStatusDays} days, from their timelines`}
          table={{
            head: ['Status', 'Median', 'Orders measured'],
            rows: timeInStatus.map((row) => [row.status, formatDuration(row.medianS), row.samples]),
          }}
        >
          {timeInStatus.length === 0 ? (
            <p className="grid h-full place-content-center text-sm text-muted-foreground">
              No order has changed status in the window yet.
            </p>
          ) : (
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={timeInStatus}
                layout="vertical"
                margin={{ top: 0, right: 12, left: 0, bottom: 0 }}
              >
                <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e3ddd3" />
                <XAxis type="number" tick={AXIS} unit={` ${unit.label}`} />
                <YAxis type="category" dataKey="status" width={150} tick={AXIS} interval={0} />
                <Tooltip
                  formatter={(_value, _name, item) => [formatDuration(item.payload.medianS), 'Median']}
                />
                <Bar
                  isAnimationActive={false}
                  dataKey="value"
                  name={`Median (${unit.label})`}
                  fill="#3f6f8f"
                />
              </BarChart>
            </ResponsiveContainer>
          )}
        </ChartCard>
        <ChartCard
          title="Revenue per week"
          description="Orders approved for production or further, by the week they were placed"
          table={{
            head: ['Week of', 'Revenue', 'Orders'],
            rows: revenue.map((row) => [row.label, euros(row.totalCents), row.orders]),
          }}
        >
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={revenue} margin={{ top: 4, right: 4, left: 8, bottom: 0 }}>
              <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e3ddd3" />
              <XAxis dataKey="label" tick={AXIS} interval="preserveStartEnd" minTickGap={16} />
              <YAxis tick={AXIS} tickFormatter={(value: number) => `€${value.toLocaleString('en-IE')}`} />
              <Tooltip formatter={(value) => [euros(Number(value) * 100), 'Revenue']} />
              <Bar isAnimationActive={false} dataKey="euros" name="Revenue" fill="#a07a3c" />
            </BarChart>
          </ResponsiveContainer>
        </ChartCard>
      </div>
    </div>
  );
}
