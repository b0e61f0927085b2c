'use client';

import type { TSearchClientsInput } from '@facet/core/crm/search-clients';
import { Button } from '@facet/ui/button';
import { Badge, EmptyState } from '@facet/ui/feedback';
import { Input } from '@facet/ui/field';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Building2, Search, User } from 'lucide-react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTRPC } from '@/trpc/client';
import { ListSkeleton } from './list-skeleton';
import { CouldNotLoad } from './load-failed';
import { RelativeDate } from './relative-date';
import { useUrlFilters } from './use-url-filters';

const selectClass =
  'h-10 rounded-md border border-input bg-background px-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring';

/** The client list: search answers as you type (the query is kept in the URL), keyset pages below. */
export function ClientsView() {
  const trpc = useTRPC();
  const t = useTranslations('crmUi');
  const tCommon = useTranslations('common');
  const { params, set } = useUrlFilters();
  const [typed, setTyped] = useState(params.get('q') ?? '');
  // A seller who types and at once opens a client must land on that client: the search still
  // waiting to reach the URL is dropped, or its replace would take them back to the list.
  const pendingSearch = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    pendingSearch.current = setTimeout(() => {
      if (typed.trim() !== (params.get('q') ?? '')) set({ q: typed.trim() });
    }, 200);
    return () => clearTimeout(pendingSearch.current);
  }, [typed, params, set]);

  const kind = params.get('kind');
  const input = useMemo<Omit<TSearchClientsInput, 'cursor'>>(
    () => ({
      query: params.get('q') || undefined,
      kind: kind === 'person' || kind === 'company' ? kind : undefined,
      sort: params.get('sort') === 'newest' ? 'newest' : 'name',
      limit: 25,
    }),
    [params, kind],
  );
  const query = useInfiniteQuery(
    trpc.crm.clients.search.infiniteQueryOptions(input, {
      getNextPageParam: (page) => page.nextCursor,
      placeholderData: keepPreviousData,
    }),
  );
  const clients = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-end gap-3">
        <div className="relative min-w-[16rem] flex-1">
          <Search
            aria-hidden
            className="pointer-events-none absolute left-3 top-3 size-4 text-muted-foreground"
          />
          <Input
            type="search"
            aria-label={t('clients.searchLabel')}
            placeholder={t('clients.searchPlaceholder')}
            className="pl-9"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoFocus
          />
        </div>
        <label className="grid gap-1 text-sm">
          <span className="text-xs text-muted-foreground">{t('clients.kind')}</span>
          <select
            className={selectClass}
            value={input.kind ?? ''}
            onChange={(event) => set({ kind: event.target.value })}
          >
            <option value="">{t('clients.allKinds')}</option>
            <option value="person">{t('clients.people')}</option>
            <option value="company">{t('clients.companies')}</option>
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          <span className="text-xs text-muted-foreground">{t('clients.sort')}</span>
          <select
            className={selectClass}
            value={input.sort}
            onChange={(event) => set({ sort: event.target.value === 'newest' ? 'newest' : null })}
          >
            <option value="name">{t('clients.byName')}</option>
            <option value="newest">{t('clients.newest')}</option>
          </select>
        </label>
      </div>
      <p aria-live="polite" className="sr-only">
        {query.isSuccess
          ? t(query.hasNextPage ? 'clients.foundOrMore' : 'clients.found', { count: clients.length })
          : ''}
      </p>

      {query.isPending ? (
        <ListSkeleton rows={5} rowClassName="h-12" />
      ) : query.isError ? (
        <CouldNotLoad title={t('loadFailed.clients')} error={query.error} onRetry={() => query.refetch()} />
      ) : clients.length === 0 ? (
        <EmptyState
          title={input.query ? t('clients.noMatch', { query: input.query }) : t('clients.empty')}
          action={
            <Button asChild>
              <Link href="/crm/clients/new">{t('clients.add')}</Link>
            </Button>
          }
        >
          {input.query ? t('clients.noMatchText') : t('clients.emptyText')}
        </EmptyState>
      ) : (
        <>
          <ul
            className={`grid divide-y divide-border overflow-hidden rounded-lg border border-border bg-card ${query.isPlaceholderData ? 'opacity-60' : ''}`}
          >
            {clients.map((client) => (
              <li key={client.id}>
                <Link
                  href={`/crm/clients/${client.id}`}
                  onClick={() => clearTimeout(pendingSearch.current)}
                  data-testid="client-row"
                  className="grid grid-cols-[auto_1fr] items-center gap-x-3 gap-y-0.5 px-4 py-3 hover:bg-muted/50 focus-visible:bg-muted focus-visible:outline-none sm:grid-cols-[auto_minmax(10rem,1.2fr)_1fr_1fr_auto]"
                >
                  {client.kind === 'company' ? (
                    <Building2 aria-label={t('common.company')} className="size-4 text-muted-foreground" />
                  ) : (
                    <User aria-label={t('common.person')} className="size-4 text-muted-foreground" />
                  )}
                  <span className="flex min-w-0 items-center gap-2 font-medium">
                    <span className="truncate">{client.name}</span>
                    {client.isPartner ? (
                      <Badge className="border-accent text-accent">{t('common.partner')}</Badge>
                    ) : null}
                  </span>
                  <span className="col-start-2 truncate text-sm text-muted-foreground sm:col-start-auto">
                    {client.email ?? '—'}
                  </span>
                  <span className="col-start-2 text-sm tabular-nums text-muted-foreground sm:col-start-auto">
                    {client.phone ?? '—'}
                  </span>
                  <span className="hidden text-xs text-muted-foreground sm:block">
                    {t.rich('clients.added', { date: () => <RelativeDate date={client.createdAt} /> })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
          {query.hasNextPage ? (
            <Button
              variant="outline"
              className="justify-self-center"
              onClick={() => query.fetchNextPage()}
              disabled={query.isFetchingNextPage}
            >
              {query.isFetchingNextPage ? tCommon('loading') : t('clients.showMore')}
            </Button>
          ) : null}
        </>
      )}
    </div>
  );
}
