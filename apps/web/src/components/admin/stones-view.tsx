'use client';

import { CARAT_BANDS, type TStonePrice } from '@facet/core/pricing/stone-price-table';
import { Button } from '@facet/ui/button';
import { Skeleton } from '@facet/ui/feedback';
import { Input } from '@facet/ui/field';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { toast } from 'sonner';
import { useFormat } from '@/components/format-provider';
import { LoadFailedMessage } from '@/components/load-failed-message';
import { useTRPC } from '@/trpc/client';
import { caratBandLabel } from './figures';

/** One cut's prices per carat band, saved together; each changed band becomes a new version. */
function CutRow({ cut, prices }: { cut: TStonePrice['cut']; prices: TStonePrice[] }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const save = useMutation(trpc.admin.stones.setPrice.mutationOptions());
  const t = useTranslations('uiRest.stones');
  const common = useTranslations('common');
  const format = useFormat();
  const cutName = t(`cuts.${cut}`);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    try {
      let changed = 0;
      for (const price of prices) {
        const raw = String(form.get(`band-${price.minCarats}`) ?? '').replace(',', '.');
        const cents = Math.round(Number(raw) * 100);
        if (!Number.isFinite(cents) || raw.trim() === '') {
          setError(
            t('enterPrice', { band: caratBandLabel(CARAT_BANDS.indexOf(price.minCarats as never), t) }),
          );
          return;
        }
        if (cents === price.pricePerCaratCents) continue;
        await save.mutateAsync({ cut, minCarats: price.minCarats, pricePerCaratCents: cents });
        changed++;
      }
      await queryClient.invalidateQueries({ queryKey: trpc.admin.stones.pathKey() });
      toast.success(changed ? t('saved', { cut: cutName }) : t('nothingChanged'));
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : t('notSaved'));
    }
  }
  return (
    <form
      onSubmit={submit}
      className="grid gap-2 border-t border-border py-3"
      aria-label={t('formLabel', { cut: cutName })}
    >
      <div className="flex items-center justify-between gap-3">
        <h2 className="font-medium">{cutName}</h2>
        <Button type="submit" size="sm" disabled={save.isPending}>
          {save.isPending ? common('saving') : common('save')}
        </Button>
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {prices.map((price, index) => (
          <div key={price.minCarats} className="grid gap-1">
            <label htmlFor={`${cut}-band-${price.minCarats}`} className="text-xs text-muted-foreground">
              {t('perCaratField', { band: caratBandLabel(index, t), currency: format.currency })}
            </label>
            <Input
              id={`${cut}-band-${price.minCarats}`}
              name={`band-${price.minCarats}`}
              inputMode="decimal"
              defaultValue={(price.pricePerCaratCents / 100).toFixed(2)}
              aria-invalid={error ? true : undefined}
            />
          </div>
        ))}
      </div>
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </form>
  );
}

function History() {
  const trpc = useTRPC();
  const history = useQuery(trpc.admin.stones.listPriceHistory.queryOptions());
  const t = useTranslations('uiRest.stones');
  const format = useFormat();
  if (history.isPending) return <Skeleton className="h-24" />;
  if (history.isError)
    return (
      <LoadFailedMessage what={t('historyWhat')} error={history.error} onRetry={() => history.refetch()} />
    );
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[520px] text-sm">
        <caption className="mb-2 text-left font-medium">{t('changes')}</caption>
        <thead className="text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('savedAt')}
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('by')}
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('cut')}
            </th>
            <th scope="col" className="py-1 pr-2 font-medium">
              {t('bandStart')}
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              {t('perCarat')}
            </th>
          </tr>
        </thead>
        <tbody>
          {history.data.map((row) => (
            <tr
              key={`${row.cut}-${row.minCarats}-${row.changedAt.toISOString()}`}
              className="border-t border-border"
              data-testid="stone-price-version"
            >
              <td className="py-1 pr-2">{format.dateTime(row.changedAt)}</td>
              <td className="py-1 pr-2">{row.changedBy ?? t('initial')}</td>
              <td className="py-1 pr-2">{t(`cuts.${row.cut}`)}</td>
              <td className="py-1 pr-2 tabular-nums">{t('carats', { carats: row.minCarats })}</td>
              <td className="py-1 text-right tabular-nums">{format.money(row.pricePerCaratCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The stone price table, one row per cut, and its history. */
export function StonesView() {
  const trpc = useTRPC();
  const prices = useQuery(trpc.admin.stones.list.queryOptions());
  const t = useTranslations('uiRest.stones');
  if (prices.isPending) return <Skeleton className="h-64" />;
  if (prices.isError)
    return <LoadFailedMessage what={t('what')} error={prices.error} onRetry={() => prices.refetch()} />;
  const cuts = [...new Set(prices.data.map((price) => price.cut))];
  return (
    <div className="grid gap-8">
      <section className="rounded-xl border border-border bg-card px-4">
        {cuts.map((cut) => (
          <CutRow
            key={`${cut}-${prices.dataUpdatedAt}`}
            cut={cut}
            prices={prices.data.filter((price) => price.cut === cut)}
          />
        ))}
      </section>
      <History />
    </div>
  );
}
