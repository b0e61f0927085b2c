'use client';

import type { TPayRate } from '@facet/core/earnings/pay-rate';
import { Button } from '@facet/ui/button';
import { cn } from '@facet/ui/cn';
import { EmptyState, Skeleton } from '@facet/ui/feedback';
import { Field, Input } from '@facet/ui/field';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { toast } from 'sonner';
import { ChartCard } from '@/components/crm/chart-card';
import { EARNINGS_PERIODS, type EarningsPeriodId, earningsPeriod } from '@/components/earnings-periods';
import { fieldErrorsOf } from '@/components/form-errors';
import { useFormat } from '@/components/format-provider';
import { LoadFailedMessage } from '@/components/load-failed-message';
import { useTRPC } from '@/trpc/client';
import { plainAmount } from './figures';

const AXIS = { fontSize: 11, fill: '#6b645a' };

/** Everyone's figures for a period as a chart and a table, the CSV of the same, and the pay rate. */
export function EarningsView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [periodId, setPeriodId] = useState<EarningsPeriodId>('month');
  const period = useMemo(() => earningsPeriod(periodId), [periodId]);
  const report = useQuery(trpc.admin.earnings.getReport.queryOptions(period));
  const [exporting, setExporting] = useState(false);
  const t = useTranslations('uiRest.earnings');
  const common = useTranslations('uiCommon');
  const format = useFormat();

  const download = async () => {
    setExporting(true);
    try {
      const { filename, csv } = await queryClient.fetchQuery(
        trpc.admin.earnings.exportCsv.queryOptions(period),
      );
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      // The browser reads the blob after the click returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      toast.error(t('csvFailed'), {
        description: error instanceof Error ? error.message : undefined,
      });
    } finally {
      setExporting(false);
    }
  };

  return (
    <div className="grid gap-6">
      <PayRateForm />
      <div className="flex flex-wrap items-center gap-2">
        <fieldset className="flex flex-wrap gap-2">
          <legend className="sr-only">{t('period')}</legend>
          {EARNINGS_PERIODS.map((option) => (
            <Button
              key={option.id}
              variant={periodId === option.id ? 'primary' : 'outline'}
              aria-pressed={periodId === option.id}
              onClick={() => setPeriodId(option.id)}
            >
              {common(`periods.${option.id}`)}
            </Button>
          ))}
        </fieldset>
        <Button variant="outline" className="ml-auto" onClick={download} disabled={exporting || !report.data}>
          {t('downloadCsv')}
        </Button>
      </div>
      {report.isPending ? (
        <div className="grid gap-4" aria-busy>
          <Skeleton className="h-72" />
          <Skeleton className="h-40" />
        </div>
      ) : report.isError ? (
        <LoadFailedMessage what={t('what')} error={report.error} onRetry={() => report.refetch()} />
      ) : report.data.operators.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        <>
          <ChartCard
            title={t('chartTitle')}
            description={t('chartDescription', {
              period: common(`periods.${periodId}`),
              currency: format.currency,
            })}
            table={{
              head: [t('operator'), t('earnedIn', { currency: format.currencySymbol() })],
              rows: report.data.operators.map((row) => [
                row.operatorName,
                plainAmount(row.earnedCents, format.locale),
              ]),
            }}
          >
            <ResponsiveContainer width="100%" height="100%">
              <BarChart
                data={report.data.operators.map((row) => ({
                  name: row.operatorName,
                  earned: row.earnedCents / 100,
                }))}
              >
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" tick={AXIS} />
                <YAxis tick={AXIS} width={48} />
                <Tooltip formatter={(value) => format.money(Math.round(Number(value) * 100))} />
                <Bar dataKey="earned" name={t('earned')} fill="#a07a3c" />
              </BarChart>
            </ResponsiveContainer>
          </ChartCard>
          <div className="overflow-x-auto rounded-lg border border-border">
            <table className="w-full min-w-[760px] text-sm" data-testid="earnings-table">
              <thead className="bg-muted text-left">
                <tr>
                  {[
                    t('operator'),
                    t('claimed'),
                    t('finished'),
                    t('released'),
                    t('value'),
                    t('metalLoss'),
                    t('lossValue'),
                    t('earned'),
                  ].map((head, i) => (
                    <th key={head} scope="col" className={cn('px-3 py-2 font-medium', i > 0 && 'text-right')}>
                      {head}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.data.operators.map((row) => (
                  <tr key={row.operatorId} className="border-t border-border" data-testid="earnings-row">
                    <th scope="row" className="px-3 py-2 text-left font-medium">
                      {row.operatorName}
                      <span className="block text-xs font-normal text-muted-foreground">
                        {row.operatorEmail}
                      </span>
                    </th>
                    <td className="px-3 py-2 text-right tabular-nums">{row.claimed}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.finished}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{row.released}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{format.money(row.valueCents)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">{format.grams(row.metalLossG)}</td>
                    <td className="px-3 py-2 text-right tabular-nums">
                      {format.money(row.metalLossValueCents)}
                    </td>
                    <td className="px-3 py-2 text-right font-semibold tabular-nums">
                      {format.money(row.earnedCents)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

function PayRateForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rate = useQuery(trpc.admin.earnings.getRate.queryOptions());
  const t = useTranslations('uiRest.earnings');
  if (rate.isPending) return <Skeleton className="h-40" />;
  if (rate.isError)
    return <LoadFailedMessage what={t('rateWhat')} error={rate.error} onRetry={() => rate.refetch()} />;
  return (
    <PayRateFields
      rate={rate.data}
      onSaved={() => {
        void queryClient.invalidateQueries({ queryKey: trpc.admin.earnings.pathKey() });
      }}
    />
  );
}

function PayRateFields({ rate, onSaved }: { rate: TPayRate; onSaved: () => void }) {
  const trpc = useTRPC();
  const [kind, setKind] = useState(rate.kind);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const t = useTranslations('uiRest.earnings');
  const common = useTranslations('uiCommon');
  const format = useFormat();
  const save = useMutation(
    trpc.admin.earnings.setRate.mutationOptions({
      onSuccess: () => {
        setErrors({});
        toast.success(t('rateSaved'));
        onSaved();
      },
      onError: (error) => setErrors(fieldErrorsOf(error)),
    }),
  );
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const amount = Number(String(form.get('amount') ?? '').replace(',', '.'));
    if (String(form.get('amount') ?? '').trim() === '' || !Number.isFinite(amount)) {
      setErrors({ [kind === 'per_order' ? 'perOrderCents' : 'workSharePct']: t('enterNumber') });
      return;
    }
    save.mutate(
      kind === 'per_order'
        ? { kind, perOrderCents: Math.round(amount * 100) }
        : { kind, workSharePct: amount },
    );
  };
  const error = kind === 'per_order' ? errors.perOrderCents : errors.workSharePct;
  return (
    <form onSubmit={submit} noValidate className="grid gap-3 rounded-lg border border-border bg-card p-4">
      <h2 className="font-semibold">{t('rateTitle')}</h2>
      <p className="text-sm text-muted-foreground" data-testid="pay-rate">
        {rate.setAt
          ? t('rateNow', {
              rate: common(`payRate.${rate.kind === 'per_order' ? 'per_order' : 'work_share'}`, {
                amount: format.money(rate.perOrderCents),
                pct: rate.workSharePct,
              }),
              by: rate.setByName ?? t('someone'),
              at: format.dateTime(rate.setAt),
            })
          : t('noRate')}
      </p>
      <fieldset className="flex flex-wrap gap-4">
        <legend className="sr-only">{t('howPaid')}</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="kind"
            checked={kind === 'per_order'}
            onChange={() => setKind('per_order')}
          />
          {t('perFinishedOrder')}
        </label>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="kind"
            checked={kind === 'work_share'}
            onChange={() => setKind('work_share')}
          />
          {t('workShare')}
        </label>
      </fieldset>
      <div className="grid max-w-xs gap-3">
        <Field
          id="amount"
          label={
            kind === 'per_order' ? t('amountField', { currency: format.currencySymbol() }) : t('shareField')
          }
          error={error ?? errors.form}
        >
          <Input
            id="amount"
            name="amount"
            key={kind}
            inputMode="decimal"
            defaultValue={
              kind === 'per_order'
                ? rate.kind === 'per_order' && rate.setAt
                  ? (rate.perOrderCents / 100).toFixed(2)
                  : ''
                : rate.kind === 'work_share' && rate.setAt
                  ? String(rate.workSharePct)
                  : ''
            }
            aria-invalid={Boolean(error)}
          />
        </Field>
      </div>
      <div>
        <Button type="submit" disabled={save.isPending}>
          {t('saveRate')}
        </Button>
      </div>
    </form>
  );
}
