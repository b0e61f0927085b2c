'use client';

import type { TApiRequest } from '@facet/core/partners/api-request-log';
import { Button } from '@facet/ui/button';
import { cn } from '@facet/ui/cn';
import { Skeleton } from '@facet/ui/feedback';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { useFormat } from '@/components/format-provider';
import { useTRPC } from '@/trpc/client';
import { CouldNotLoad } from './load-failed';

/** Status filters; each reads `crmUi.requests.status.<label>` ('' is any status). */
const STATUSES = [
  { value: '', label: 'any' },
  { value: '2xx', label: '2xx' },
  { value: '4xx', label: '4xx' },
  { value: '429', label: '429' },
  { value: '5xx', label: '5xx' },
] as const;

/** Periods in hours; each reads `crmUi.requests.period.<hours>`. */
const PERIODS = ['1', '24', '168', '720'] as const;

const COLUMNS = [
  'time',
  'request',
  'status',
  'duration',
  'key',
  'version',
  'requestId',
  'idempotencyKey',
] as const;

const PAGE_SIZE = 25;

/** A partner's API requests (kept 30 days), filtered by status, route and time, newest first. */
export function PartnerRequests({ partnerId, routes }: { partnerId: string; routes: string[] }) {
  const trpc = useTRPC();
  const t = useTranslations('crmUi');
  const [status, setStatus] = useState('');
  const [route, setRoute] = useState('');
  const [hours, setHours] = useState('24');
  // The cursors of the pages before this one; the last is this page's.
  const [cursors, setCursors] = useState<string[]>([]);
  // Fixed while the filters stay the same, so paging does not shift under the reader.
  const from = useMemo(() => new Date(Date.now() - Number(hours) * 3600_000), [hours]);
  const filter = {
    partnerId,
    limit: PAGE_SIZE,
    from,
    ...(status ? { status } : {}),
    ...(route ? { route } : {}),
    ...(cursors.length > 0 ? { cursor: cursors.at(-1) } : {}),
  };
  const requests = useQuery({
    ...trpc.crm.partners.listRequests.queryOptions(filter),
    placeholderData: keepPreviousData,
  });
  const refilter = (change: () => void) => {
    change();
    setCursors([]);
  };
  const select = 'h-9 rounded-md border border-input bg-background px-2 text-sm';

  return (
    <section aria-labelledby="requests-title" className="grid content-start gap-3">
      <h2 id="requests-title" className="text-xl">
        {t('requests.title')}
      </h2>
      <fieldset className="flex flex-wrap items-end gap-3 text-sm">
        <legend className="sr-only">{t('requests.filters')}</legend>
        <label className="grid gap-1">
          <span className="font-medium">{t('common.status')}</span>
          <select
            className={select}
            value={status}
            onChange={(event) => refilter(() => setStatus(event.target.value))}
          >
            {STATUSES.map((option) => (
              <option key={option.value} value={option.value}>
                {t(`requests.status.${option.label}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          <span className="font-medium">{t('requests.route')}</span>
          <select
            className={cn(select, 'max-w-[18rem]')}
            value={route}
            onChange={(event) => refilter(() => setRoute(event.target.value))}
          >
            <option value="">{t('requests.anyRoute')}</option>
            {routes.map((template) => (
              <option key={template} value={template}>
                {template}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1">
          <span className="font-medium">{t('requests.time')}</span>
          <select
            className={select}
            value={hours}
            onChange={(event) => refilter(() => setHours(event.target.value))}
          >
            {PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`requests.period.${period}`)}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {requests.isPending ? (
        <Skeleton className="h-40" />
      ) : requests.isError ? (
        <CouldNotLoad
          title={t('loadFailed.requests')}
          error={requests.error}
          onRetry={() => requests.refetch()}
        />
      ) : requests.data.data.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-6 text-center text-sm text-muted-foreground">
          {status || route ? t('requests.noMatch') : t('requests.none')}
        </p>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-border bg-card">
            <table className="w-full min-w-[720px] text-xs" aria-busy={requests.isFetching}>
              <thead className="text-left text-muted-foreground">
                <tr>
                  {COLUMNS.map((column) => (
                    <th key={column} scope="col" className="px-3 py-2 font-medium">
                      {t(`requests.column.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {requests.data.data.map((row) => (
                  <RequestRow key={row.id} row={row} />
                ))}
              </tbody>
            </table>
          </div>
          <div className="flex flex-wrap gap-2">
            <Button
              size="sm"
              variant="outline"
              disabled={cursors.length === 0}
              onClick={() => setCursors((previous) => previous.slice(0, -1))}
            >
              {t('requests.newer')}
            </Button>
            <Button
              size="sm"
              variant="outline"
              disabled={!requests.data.nextCursor}
              onClick={() => {
                const next = requests.data.nextCursor;
                if (next) setCursors((previous) => [...previous, next]);
              }}
            >
              {t('requests.older')}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function RequestRow({ row }: { row: TApiRequest }) {
  const t = useTranslations('crmUi.requests');
  const format = useFormat();
  const tone = row.status >= 500 ? 'text-red-700' : row.status >= 400 ? 'text-amber-700' : 'text-emerald-700';
  return (
    <tr className="border-t border-border" data-testid="api-request">
      <td className="whitespace-nowrap px-3 py-2">{format.dateTime(new Date(row.at))}</td>
      <td className="px-3 py-2 font-mono">
        {row.method} {row.route}
      </td>
      <td className={cn('px-3 py-2 font-medium tabular-nums', tone)}>{row.status}</td>
      <td className="px-3 py-2 tabular-nums">{t('milliseconds', { ms: row.durationMs })}</td>
      <td className="px-3 py-2 font-mono">
        {row.keyPrefix ?? '—'}
        {row.mode === 'test' ? <span className="ml-1 text-muted-foreground">{t('testMode')}</span> : null}
      </td>
      <td className="px-3 py-2">{row.apiVersion ?? '—'}</td>
      <td className="px-3 py-2 font-mono">{row.requestId}</td>
      <td className="px-3 py-2 font-mono">{row.idempotencyKey ?? '—'}</td>
    </tr>
  );
}
