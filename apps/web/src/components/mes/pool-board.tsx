'use client';

import { Button } from '@facet/ui/button';
import { cn } from '@facet/ui/cn';
import { EmptyState, LoadFailed, Skeleton } from '@facet/ui/feedback';
import { useInfiniteQuery } from '@tanstack/react-query';
import { ArrowUp } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTRPC } from '@/trpc/client';
import { useAlloyNames } from './alloy-chip';
import { useConsoleSync } from './console-sync';
import { PoolCard } from './pool-card';
import { poolInput } from './pool-input';
import { useBoardKeys } from './use-board-keys';
import { useClaimOrder } from './use-claim-order';

const FRESH_MS = 4_000;
/** Scrolled further than this, a new card would arrive out of sight: count it in the pill instead. */
const OUT_OF_SIGHT_PX = 160;

/** The pool: approved orders newest first, live, with an alloy filter and keyboard control. */
export function PoolBoard({ alloyCode }: { alloyCode: string | null }) {
  const trpc = useTRPC();
  const t = useTranslations('pool');
  const router = useRouter();
  const query = useInfiniteQuery(
    trpc.mes.listPool.infiniteQueryOptions(poolInput(alloyCode), {
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
  const cards = query.data?.pages.flatMap((page) => page.items) ?? [];
  const claim = useClaimOrder();
  const { subscribeArrivals } = useConsoleSync();

  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [unseen, setUnseen] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const cardRefs = useRef(new Map<string, HTMLElement>());

  useEffect(
    () =>
      subscribeArrivals((orderIds) => {
        setFresh((current) => new Set([...current, ...orderIds]));
        if (window.scrollY > OUT_OF_SIGHT_PX) setUnseen((count) => count + orderIds.length);
        setTimeout(() => {
          setFresh((current) => new Set([...current].filter((id) => !orderIds.includes(id))));
        }, FRESH_MS);
      }),
    [subscribeArrivals],
  );

  useEffect(() => {
    const onScroll = () => {
      if (window.scrollY <= OUT_OF_SIGHT_PX) setUnseen(0);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);

  const selectedIndex = cards.findIndex((card) => card.id === selectedId);
  const select = useCallback((id: string | undefined) => {
    if (!id) return;
    setSelectedId(id);
    const element = cardRefs.current.get(id);
    element?.focus({ preventScroll: true });
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);

  useBoardKeys({
    next: () => select(cards[Math.min(cards.length - 1, selectedIndex + 1)]?.id),
    previous: () => select(cards[Math.max(0, selectedIndex - 1)]?.id),
    open: () => {
      const card = cards[selectedIndex];
      if (card) router.push(`/mes/orders/${card.id}`);
    },
    claim: () => {
      const card = cards[selectedIndex];
      if (card && !claim.isPending) {
        // The next card takes the claimed one's place under the keyboard.
        setSelectedId(cards[selectedIndex + 1]?.id ?? cards[selectedIndex - 1]?.id ?? null);
        claim.mutate({ orderId: card.id });
      }
    },
  });

  return (
    <section aria-labelledby="pool-heading" className="grid gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="pool-heading" className="text-2xl font-semibold">
          {t('title')} <span className="text-muted-foreground text-lg font-normal">· {t('order')}</span>
        </h2>
        <AlloyFilter value={alloyCode} />
      </div>

      {unseen > 0 ? (
        <button
          type="button"
          onClick={() => {
            window.scrollTo({ top: 0, behavior: 'smooth' });
            setUnseen(0);
          }}
          className="fixed left-1/2 top-32 z-40 inline-flex -translate-x-1/2 items-center gap-2 rounded-full bg-primary px-5 py-3 text-base font-bold text-primary-foreground shadow-lg focus-visible:outline-none focus-visible:ring-4 focus-visible:ring-ring"
          data-testid="new-orders-pill"
        >
          <ArrowUp aria-hidden className="size-5" />
          {t('unseen', { count: unseen })}
        </button>
      ) : null}

      {query.isPending ? (
        <div
          className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4 2xl:grid-cols-5"
          aria-busy
        >
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="h-[23rem] rounded-xl" />
          ))}
        </div>
      ) : query.isError ? (
        <LoadFailed what={t('title')} error={query.error} onRetry={() => query.refetch()} />
      ) : cards.length === 0 ? (
        <EmptyState
          title={alloyCode ? t('emptyAlloy') : t('empty')}
          action={
            alloyCode ? (
              <Button variant="outline" onClick={() => router.replace('/mes', { scroll: false })}>
                {t('everyAlloy')}
              </Button>
            ) : null
          }
        >
          {t('emptyText')}
        </EmptyState>
      ) : (
        <>
          <p className="hidden text-sm text-muted-foreground md:block">
            <kbd className="rounded border border-border px-1.5">j</kbd>/
            <kbd className="rounded border border-border px-1.5">k</kbd> {t('keysMove')} ·{' '}
            <kbd className="rounded border border-border px-1.5">Enter</kbd> {t('keysOpen')} ·{' '}
            <kbd className="rounded border border-border px-1.5">c</kbd> {t('keysClaim')}
          </p>
          <ul
            className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4 2xl:grid-cols-5"
            data-testid="pool-grid"
          >
            {cards.map((card) => (
              <li key={card.id}>
                <PoolCard
                  ref={(element) => {
                    if (element) cardRefs.current.set(card.id, element);
                    else cardRefs.current.delete(card.id);
                  }}
                  card={card}
                  selected={card.id === selectedId}
                  fresh={fresh.has(card.id)}
                  claiming={claim.isPending && claim.variables?.orderId === card.id}
                  onSelect={() => setSelectedId(card.id)}
                  onClaim={() => claim.mutate({ orderId: card.id })}
                />
              </li>
            ))}
          </ul>
          {query.hasNextPage ? (
            <Button
              variant="outline"
              size="lg"
              className="justify-self-center"
              onClick={() => query.fetchNextPage()}
              disabled={query.isFetchingNextPage}
            >
              {query.isFetchingNextPage ? t('loading') : t('older')}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}

function AlloyFilter({ value }: { value: string | null }) {
  const router = useRouter();
  const names = useAlloyNames();
  const t = useTranslations('pool');
  const choose = (code: string | null) =>
    router.replace(code ? `/mes?alloy=${encodeURIComponent(code)}` : '/mes', { scroll: false });
  return (
    <fieldset className="-mx-4 flex min-w-0 max-w-[100vw] gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0">
      <legend className="sr-only">{t('filter')}</legend>
      {[null, ...names.keys()].map((code) => (
        <button
          key={code ?? 'all'}
          type="button"
          aria-pressed={value === code}
          onClick={() => choose(code)}
          className={cn(
            'min-h-11 shrink-0 rounded-full border border-border px-4 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
            value === code ? 'bg-primary text-primary-foreground' : 'bg-card hover:bg-muted',
          )}
        >
          {code === null ? t('allAlloys') : (names.get(code) ?? code)}
        </button>
      ))}
    </fieldset>
  );
}
