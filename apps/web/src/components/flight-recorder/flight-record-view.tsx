'use client';

import { Button } from '@facet/ui/button';
import { cn } from '@facet/ui/cn';
import { Badge, EmptyState, Skeleton } from '@facet/ui/feedback';
import { Input } from '@facet/ui/field';
import { useQuery } from '@tanstack/react-query';
import { Activity, Cog, Send } from 'lucide-react';
import { usePathname, useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { useFormat } from '@/components/format-provider';
import { useSayStored } from '@/i18n/use-said';
import { useTRPC } from '@/trpc/client';

const KIND_ICON = { event: Activity, job: Cog, webhook: Send } as const;
const OUTCOME_CLASS = {
  ok: 'border-emerald-300 bg-emerald-50 text-emerald-900',
  failed: 'border-red-300 bg-red-50 text-red-900',
  pending: 'border-amber-300 bg-amber-50 text-amber-900',
} as const;

/** Every event, job attempt and webhook attempt of one order, in time order, with trace ids. */
export function FlightRecordView({ reference }: { reference: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const pathname = usePathname();
  const [draft, setDraft] = useState(reference);
  const t = useTranslations('uiRest.flightRecorder');
  const statusName = useTranslations('status');
  const format = useFormat();
  const sayStored = useSayStored();
  const record = useQuery(
    trpc.crm.orders.getFlightRecord.queryOptions(
      { reference },
      { enabled: reference.trim() !== '', retry: false },
    ),
  );

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    router.replace(`${pathname}?order=${encodeURIComponent(draft.trim())}`);
  }

  return (
    <div className="grid gap-6">
      <form onSubmit={onSubmit} className="flex max-w-xl gap-2" aria-label={t('find')}>
        <label htmlFor="reference" className="sr-only">
          {t('reference')}
        </label>
        <Input
          id="reference"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder={t('placeholder')}
          aria-describedby={record.isError ? 'reference-error' : undefined}
        />
        <Button type="submit">{t('trace')}</Button>
      </form>
      {record.isError ? (
        <p id="reference-error" role="alert" className="text-sm text-destructive">
          {record.error.message}
        </p>
      ) : null}
      {!reference ? (
        <EmptyState title={t('find')}>{t('findText')}</EmptyState>
      ) : record.isPending ? (
        <Skeleton className="h-64" />
      ) : record.data ? (
        <section className="grid gap-3" aria-label={t('record')}>
          <p className="text-sm text-muted-foreground">
            {t('summary', {
              number: format.orderNumber(record.data.number),
              status: statusName(record.data.status),
              count: record.data.entries.length,
            })}
          </p>
          <ol className="grid gap-2">
            {record.data.entries.map((entry, index) => {
              const Icon = KIND_ICON[entry.kind];
              return (
                <li
                  key={`${entry.at.toISOString()}-${index}`}
                  className="grid gap-1 rounded-lg border border-border bg-card p-3 text-sm sm:grid-cols-[170px_1fr_auto]"
                  data-kind={entry.kind}
                >
                  <time className="text-muted-foreground tabular-nums" dateTime={entry.at.toISOString()}>
                    {format.dateTime(entry.at)}
                  </time>
                  <div className="grid gap-0.5">
                    <p className="flex items-center gap-2 font-medium">
                      <Icon aria-hidden className="size-4 text-muted-foreground" />
                      {sayStored(entry.titleMessage, entry.title)}
                    </p>
                    {entry.detail ? (
                      <p className="text-muted-foreground">{sayStored(entry.detailMessage, entry.detail)}</p>
                    ) : null}
                    {entry.traceId ? (
                      <p className="font-mono text-xs text-muted-foreground">
                        {t('traceId', { id: entry.traceId })}
                      </p>
                    ) : null}
                  </div>
                  <Badge className={cn('self-start', OUTCOME_CLASS[entry.outcome])}>
                    {t(`outcome.${entry.outcome}`)}
                  </Badge>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
