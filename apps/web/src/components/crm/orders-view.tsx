'use client';

import { ORDER_STATUSES } from '@facet/db/enums';
import { Button } from '@facet/ui/button';
import { EmptyState } from '@facet/ui/feedback';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ArrowDown, ArrowUp, ArrowUpDown, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { toast } from 'sonner';
import { useSayStored } from '@/i18n/use-said';
import { useTRPC } from '@/trpc/client';
import { ClientFilter } from './client-filter';
import { ChannelFilter, FILTER_SELECT_CLASS, FilterField } from './filter-controls';
import { ListSkeleton } from './list-skeleton';
import { CouldNotLoad } from './load-failed';
import { ordersInputFromParams } from './orders-filters';
import { OrdersTable } from './orders-table';
import { useUrlFilters } from './use-url-filters';

export function OrdersView() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations('crmUi');
  const tAll = useTranslations();
  const sayStored = useSayStored();
  const { params, set } = useUrlFilters();
  const input = useMemo(() => ordersInputFromParams(params), [params]);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const query = useInfiniteQuery(
    trpc.crm.orders.list.infiniteQueryOptions(input, { getNextPageParam: (page) => page.nextCursor }),
  );
  const clientFilter = useQuery(
    trpc.crm.clients.get.queryOptions(
      { clientId: input.clientId ?? '' },
      { enabled: Boolean(input.clientId) },
    ),
  );
  const approve = useMutation(
    trpc.crm.orders.approve.mutationOptions({
      onSuccess: async (result) => {
        if (result.approved.length) toast.success(t('orders.approved', { count: result.approved.length }));
        for (const refusal of result.refused) toast.error(sayStored(refusal.reasonMessage, refusal.reason));
        setSelected(new Set());
        await queryClient.invalidateQueries(trpc.crm.pathFilter());
      },
      onError: (error) => toast.error(error.message),
    }),
  );

  const statuses = input.statuses ?? [];
  const toggleStatus = (status: string) =>
    set({
      status: statuses.includes(status as never)
        ? statuses.filter((s) => s !== status)
        : [...statuses, status],
    });
  const sortButton = (label: string, sortLabel: string, desc: string, asc: string) => {
    const current = input.sort;
    const next = current === desc ? asc : desc;
    const Icon = current === desc ? ArrowDown : current === asc ? ArrowUp : ArrowUpDown;
    return (
      <button
        type="button"
        onClick={() => set({ sort: next === 'newest' ? null : next })}
        className="inline-flex items-center gap-1 uppercase hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        aria-label={sortLabel}
      >
        {label}
        <Icon aria-hidden className="size-3.5" />
      </button>
    );
  };
  const orders = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = params.toString().replace(/(^|&)sort=[^&]*/, '') !== '';

  return (
    <div className="grid gap-4">
      <fieldset className="grid gap-3 rounded-lg border border-border bg-card p-3">
        <legend className="sr-only">{t('orders.filters')}</legend>
        <fieldset className="flex flex-wrap gap-1.5">
          <legend className="sr-only">{t('common.status')}</legend>
          {ORDER_STATUSES.map((status) => (
            <button
              key={status}
              type="button"
              aria-pressed={statuses.includes(status)}
              onClick={() => toggleStatus(status)}
              className="rounded-full border border-border px-2.5 py-1 text-xs font-medium text-muted-foreground hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-pressed:border-foreground aria-pressed:bg-foreground aria-pressed:text-background"
            >
              {tAll(`status.${status}`)}
            </button>
          ))}
        </fieldset>
        <div className="flex flex-wrap items-end gap-3 text-sm">
          <ChannelFilter value={input.channel ?? ''} onChange={(channel) => set({ channel })} />
          <FilterField label={t('common.placedFrom')}>
            <input
              type="date"
              className={FILTER_SELECT_CLASS}
              value={params.get('from') ?? ''}
              onChange={(event) => set({ from: event.target.value })}
            />
          </FilterField>
          <FilterField label={t('common.placedTo')}>
            <input
              type="date"
              className={FILTER_SELECT_CLASS}
              value={params.get('to') ?? ''}
              onChange={(event) => set({ to: event.target.value })}
            />
          </FilterField>
          <label className="flex h-9 items-center gap-2">
            <input
              type="checkbox"
              checked={input.overdue === true}
              onChange={(event) => set({ overdue: event.target.checked ? '1' : null })}
              className="size-4 accent-[var(--accent)]"
            />
            {t('orders.overdueOnly')}
          </label>
          {input.clientId ? null : <ClientFilter onPick={(clientId) => set({ client: clientId })} />}
          {input.clientId ? (
            <span className="inline-flex h-9 items-center gap-1 rounded-md border border-border px-2">
              {t('orders.clientChip', { name: clientFilter.data?.name ?? '…' })}
              <button
                type="button"
                aria-label={t('orders.everyClient')}
                onClick={() => set({ client: null })}
                className="rounded p-0.5 hover:bg-muted"
              >
                <X aria-hidden className="size-3.5" />
              </button>
            </span>
          ) : null}
          {filtered ? (
            <Button
              variant="ghost"
              size="sm"
              onClick={() =>
                set({ status: null, channel: null, from: null, to: null, overdue: null, client: null })
              }
            >
              {t('common.clearFilters')}
            </Button>
          ) : null}
        </div>
      </fieldset>

      {selected.size > 0 ? (
        <section
          aria-label={t('orders.bulkActions')}
          className="sticky top-16 z-10 flex flex-wrap items-center gap-3 rounded-lg border border-accent bg-card p-3 shadow"
        >
          <span className="text-sm font-medium">{t('orders.selected', { count: selected.size })}</span>
          <Button
            size="sm"
            disabled={approve.isPending}
            onClick={() => approve.mutate({ orderIds: [...selected] })}
          >
            {approve.isPending ? t('orders.approving') : t('orders.approveCount', { count: selected.size })}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
            {t('orders.clearSelection')}
          </Button>
        </section>
      ) : null}

      {query.isPending ? (
        <ListSkeleton rows={5} rowClassName="h-10" />
      ) : query.isError ? (
        <CouldNotLoad title={t('loadFailed.orders')} error={query.error} onRetry={() => query.refetch()} />
      ) : orders.length === 0 ? (
        <EmptyState
          title={filtered ? t('orders.noMatch') : t('orders.empty')}
          action={
            filtered ? (
              <Button
                variant="outline"
                onClick={() =>
                  set({ status: null, channel: null, from: null, to: null, overdue: null, client: null })
                }
              >
                {t('common.clearFilters')}
              </Button>
            ) : undefined
          }
        >
          {filtered ? t('orders.noMatchText') : t('orders.emptyText')}
        </EmptyState>
      ) : (
        <>
          <OrdersTable
            orders={orders}
            selection={{
              selected,
              toggle: (id) =>
                setSelected((current) => {
                  const next = new Set(current);
                  if (next.has(id)) next.delete(id);
                  else next.add(id);
                  return next;
                }),
              toggleAll: (ids) =>
                setSelected((current) =>
                  ids.every((id) => current.has(id)) ? new Set() : new Set([...current, ...ids]),
                ),
            }}
            sortHeader={{
              created: sortButton(t('ordersTable.placed'), t('orders.sortByPlaced'), 'newest', 'oldest'),
              total: sortButton(t('ordersTable.total'), t('orders.sortByTotal'), 'total_desc', 'total_asc'),
            }}
          />
          {query.hasNextPage ? (
            <Button
              variant="outline"
              className="justify-self-center"
              onClick={() => query.fetchNextPage()}
              disabled={query.isFetchingNextPage}
            >
              {query.isFetchingNextPage ? tAll('common.loading') : t('orders.showMore')}
            </Button>
          ) : (
            <p className="text-center text-xs text-muted-foreground">{t('orders.allShown')}</p>
          )}
        </>
      )}
    </div>
  );
}
