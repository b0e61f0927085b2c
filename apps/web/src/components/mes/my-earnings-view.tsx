'use client';

import { cn } from '@facet/ui/cn';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { formatOrderNumber } from '@facet/ui/format';
import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { EARNINGS_PERIODS, type EarningsPeriodId, earningsPeriod } from '@/components/earnings-periods';
import { useFormat } from '@/components/format-provider';
import { LoadFailedMessage } from '@/components/load-failed-message';
import { useTRPC } from '@/trpc/client';

/** The operator's own figures: this week, this month or last month, and per order. */
export function MyEarningsView() {
  const trpc = useTRPC();
  const [periodId, setPeriodId] = useState<EarningsPeriodId>('month');
  const period = useMemo(() => earningsPeriod(periodId), [periodId]);
  const query = useQuery(trpc.mes.getMyEarnings.queryOptions(period));
  const t = useTranslations('uiMes.earnings');
  const common = useTranslations('uiCommon');
  const { money: formatMoney, grams: formatGrams, dateTime: formatDateTime } = useFormat();
  return (
    <div className="grid gap-6">
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">{t('period')}</legend>
        {EARNINGS_PERIODS.map((option) => (
          <button
            key={option.id}
            type="button"
            aria-pressed={periodId === option.id}
            onClick={() => setPeriodId(option.id)}
            className={cn(
              'min-h-12 rounded-lg border border-border px-4 text-base font-semibold focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
              periodId === option.id ? 'bg-primary text-primary-foreground' : 'bg-card hover:bg-muted',
            )}
          >
            {common(`periods.${option.id}`)}
          </button>
        ))}
      </fieldset>
      {query.isPending ? (
        <div className="grid grid-cols-2 gap-3 md:grid-cols-3" aria-busy>
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <Skeleton key={i} className="h-24" />
          ))}
        </div>
      ) : query.isError ? (
        <LoadFailedMessage what={t('what')} error={query.error} onRetry={() => query.refetch()} />
      ) : (
        <>
          <dl className="grid grid-cols-2 gap-3 md:grid-cols-3" data-testid="my-earnings">
            <Tile
              label={t('earned')}
              value={formatMoney(query.data.earnings.earnedCents)}
              testId="earned"
              big
            />
            <Tile label={t('finished')} value={String(query.data.earnings.finished)} testId="finished" />
            <Tile label={t('value')} value={formatMoney(query.data.earnings.valueCents)} testId="value" />
            <Tile label={t('claimed')} value={String(query.data.earnings.claimed)} testId="claimed" />
            <Tile label={t('released')} value={String(query.data.earnings.released)} testId="released" />
            <Tile
              label={t('metalLost', { count: query.data.earnings.treesCast })}
              value={formatGrams(query.data.earnings.metalLossG)}
              hint={formatMoney(query.data.earnings.metalLossValueCents)}
              testId="metal-loss"
            />
          </dl>
          <p className="text-sm text-muted-foreground">
            {query.data.rate.setAt
              ? t('paid', {
                  rate: common(
                    `payRate.${query.data.rate.kind === 'per_order' ? 'per_order' : 'work_share'}`,
                    {
                      amount: formatMoney(query.data.rate.perOrderCents),
                      pct: query.data.rate.workSharePct,
                    },
                  ),
                })
              : t('noRate')}{' '}
            {t('countsAsFinished')}
          </p>
          <section aria-labelledby="earned-orders" className="grid gap-2">
            <h2 id="earned-orders" className="text-lg font-semibold">
              {t('perOrder')}
            </h2>
            {query.data.earnings.orders.length === 0 ? (
              <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
            ) : (
              <div className="overflow-x-auto rounded-xl border border-border">
                <table className="w-full min-w-[480px] text-left">
                  <thead className="bg-muted text-sm">
                    <tr>
                      <th scope="col" className="px-3 py-2 font-medium">
                        {t('order')}
                      </th>
                      <th scope="col" className="px-3 py-2 font-medium">
                        {t('finishedAt')}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right font-medium">
                        {t('valueColumn')}
                      </th>
                      <th scope="col" className="px-3 py-2 text-right font-medium">
                        {t('earned')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {query.data.earnings.orders.map((line) => (
                      <tr key={line.orderId} className="border-t border-border" data-testid="earned-order">
                        <td className="px-3 py-2 font-mono">
                          <Link href={`/mes/orders/${line.orderId}`} className="hover:underline">
                            {formatOrderNumber(line.number)}
                          </Link>
                        </td>
                        <td className="px-3 py-2">{formatDateTime(line.finishedAt)}</td>
                        <td className="px-3 py-2 text-right tabular-nums">{formatMoney(line.valueCents)}</td>
                        <td className="px-3 py-2 text-right font-semibold tabular-nums">
                          {formatMoney(line.earnedCents)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function Tile({
  label,
  value,
  hint,
  testId,
  big,
}: {
  label: string;
  value: string;
  hint?: string;
  testId: string;
  big?: boolean;
}) {
  return (
    <div className="grid content-start gap-0.5 rounded-lg border border-border bg-card p-4">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd
        className={cn('font-semibold tabular-nums', big ? 'text-4xl' : 'text-2xl')}
        data-testid={`earnings-${testId}`}
      >
        {value}
      </dd>
      {hint ? <dd className="text-sm text-muted-foreground">{hint}</dd> : null}
    </div>
  );
}
