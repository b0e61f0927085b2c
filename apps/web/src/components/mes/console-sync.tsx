'use client';

import type { OrderChangedPayload } from '@facet/core/orders/order-changed';
import type { TConsoleCard } from '@facet/core/production/console-card';
import type { OrderStatus } from '@facet/db/enums';
import { formatOrderNumber } from '@facet/ui/format';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useOnRealtimeConnect, useRealtimeEvent } from '@/realtime/realtime-provider';
import { VersionGate } from '@/realtime/version-gate';
import { useTRPC, useTRPCClient } from '@/trpc/client';
import {
  insertIntoPool,
  markCardsPreviewReady,
  markPoolPreviewReady,
  type PoolData,
  poolHas,
  removeFromPool,
} from './console-cache';

export interface ConsoleNotice {
  id: number;
  orderId: string;
  text: string;
  at: Date;
}

type ArrivalListener = (orderIds: string[]) => void;

interface ConsoleSyncValue {
  userId: string;
  notices: ConsoleNotice[];
  /** Listens for cards that just entered the pool (to highlight them, or count them in the "N new" pill). */
  subscribeArrivals: (listener: ArrivalListener) => () => void;
  /** Applies a change this console made itself (a claim, a release) at once, without waiting for its push. */
  applyOwnChange: (change: { orderId: string; version: number; status: OrderStatus }) => void;
  addNotice: (orderId: string, text: string) => void;
}

const ConsoleSyncContext = createContext<ConsoleSyncValue | null>(null);

const ARRIVAL_BATCH_MS = 30;
const COUNTS_REFRESH_MS = 300;
const MAX_NOTICES = 3;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alloyOfPoolKey(key: QueryKey): string | null {
  const meta = key[1] as { input?: { alloyCode?: string | null } } | undefined;
  return meta?.input?.alloyCode ?? null;
}

function isPoolData(data: unknown): data is PoolData {
  return typeof data === 'object' && data !== null && 'pages' in data;
}

/**
 * Keeps the console's query caches in step with the workshop. On every (re)connect it reloads the
 * pool's first page, "My work" and the counts from the database; then it applies pushed changes,
 * each only if its version is newer than what the console already knows.
 */
export function ConsoleSync({ userId, children }: { userId: string; children: ReactNode }) {
  const trpc = useTRPC();
  const trpcClient = useTRPCClient();
  const queryClient = useQueryClient();
  const [gate] = useState(() => new VersionGate<OrderStatus>());
  const t = useTranslations('uiMes');
  const [notices, setNotices] = useState<ConsoleNotice[]>([]);
  const arrivalListeners = useRef(new Set<ArrivalListener>());
  const pendingArrivals = useRef(new Set<string>());
  const arrivalTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const countsTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const noticeId = useRef(0);

  const poolPath = useMemo(() => trpc.mes.listPool.pathKey(), [trpc]);
  const myWorkKey = useMemo(() => trpc.mes.listMyWork.queryKey(), [trpc]);

  const updatePools = useCallback(
    (update: (data: PoolData, alloyCode: string | null) => PoolData) => {
      for (const [key, data] of queryClient.getQueriesData({ queryKey: poolPath })) {
        if (isPoolData(data)) queryClient.setQueryData(key, update(data, alloyOfPoolKey(key)));
      }
    },
    [queryClient, poolPath],
  );

  /** Resolves once no pool page is being fetched, so a late reply cannot undo a change applied meanwhile. */
  const whenPoolSettled = useCallback(async () => {
    while (queryClient.isFetching({ queryKey: poolPath }) > 0) await sleep(25);
  }, [queryClient, poolPath]);

  const removeFromPools = useCallback(
    (orderId: string) => {
      updatePools((data) => removeFromPool(data, orderId));
      void whenPoolSettled().then(() => {
        if (gate.get(orderId)?.state !== 'MANUFACTURING_APPROVED') {
          updatePools((data) => removeFromPool(data, orderId));
        }
      });
    },
    [gate, updatePools, whenPoolSettled],
  );

  const addNotice = useCallback((orderId: string, text: string) => {
    noticeId.current += 1;
    const notice = { id: noticeId.current, orderId, text, at: new Date() };
    setNotices((current) => [notice, ...current].slice(0, MAX_NOTICES));
  }, []);

  const refreshCountsSoon = useCallback(() => {
    if (countsTimer.current) return;
    countsTimer.current = setTimeout(() => {
      countsTimer.current = null;
      void queryClient.invalidateQueries({ queryKey: trpc.mes.countByStatus.queryKey() });
    }, COUNTS_REFRESH_MS);
  }, [queryClient, trpc]);

  const announced = useRef(new Set<string>());
  /** Tells the boards (highlight, "N new") of cards that entered the pool, once per order version. */
  const announceArrivals = useCallback((orderIds: string[]) => {
    const fresh = orderIds.filter((id) => !announced.current.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) announced.current.add(id);
    if (announced.current.size > 1_000) announced.current.clear();
    for (const listener of arrivalListeners.current) listener(fresh);
  }, []);

  const fetchArrivals = useCallback(async () => {
    arrivalTimer.current = null;
    const orderIds = [...pendingArrivals.current];
    pendingArrivals.current.clear();
    if (orderIds.length === 0) return;
    let cards: TConsoleCard[];
    try {
      cards = await trpcClient.mes.listCards.query({ orderIds });
    } catch {
      // The next reconnect or refetch reloads the pool anyway.
      return;
    }
    const fresh = cards.filter(
      (card) => card.status === 'MANUFACTURING_APPROVED' && !gate.isStale(card.id, card.version),
    );
    if (fresh.length === 0) return;
    await whenPoolSettled();
    const stillFresh = fresh.filter((card) => !gate.isStale(card.id, card.version));
    updatePools((data, alloyCode) => {
      const matching = alloyCode ? stillFresh.filter((card) => card.alloyCode === alloyCode) : stillFresh;
      return insertIntoPool(data, matching).data;
    });
    announceArrivals(stillFresh.map((card) => card.id));
  }, [announceArrivals, gate, trpcClient, updatePools, whenPoolSettled]);

  const myWorkHas = useCallback(
    (orderId: string) =>
      Boolean(queryClient.getQueryData<TConsoleCard[]>(myWorkKey)?.some((card) => card.id === orderId)),
    [queryClient, myWorkKey],
  );

  /** Applies a change the console has not seen yet: to the pool, "My work", the counts and the order card. */
  const applyChange = useCallback(
    (change: {
      orderId: string;
      status: OrderStatus;
      claimedById: string | null;
      preview?: TConsoleCard;
    }) => {
      refreshCountsSoon();
      void queryClient.invalidateQueries({
        queryKey: trpc.mes.getOrder.queryKey({ orderId: change.orderId }),
      });
      if (change.claimedById === userId || myWorkHas(change.orderId)) {
        void queryClient.invalidateQueries({ queryKey: myWorkKey });
      }
      if (change.status === 'MANUFACTURING_APPROVED') {
        announced.current.delete(change.orderId);
        const preview = change.preview;
        if (preview) {
          // Shown at once from the push; its items and thumbnail follow with the card's own query.
          updatePools((data, alloyCode) =>
            alloyCode && preview.alloyCode !== alloyCode ? data : insertIntoPool(data, [preview]).data,
          );
          announceArrivals([preview.id]);
        }
        pendingArrivals.current.add(change.orderId);
        arrivalTimer.current ??= setTimeout(() => void fetchArrivals(), ARRIVAL_BATCH_MS);
      } else {
        removeFromPools(change.orderId);
      }
    },
    [
      announceArrivals,
      fetchArrivals,
      myWorkHas,
      myWorkKey,
      queryClient,
      refreshCountsSoon,
      removeFromPools,
      trpc,
      updatePools,
      userId,
    ],
  );

  const onOrderChanged = useCallback(
    (event: OrderChangedPayload) => {
      if (!gate.accept(event.orderId, event.version, event.status)) return;
      const wasShown = queryClient
        .getQueriesData({ queryKey: poolPath })
        .some(([, data]) => isPoolData(data) && poolHas(data, event.orderId));
      applyChange({
        ...event,
        preview: event.status === 'MANUFACTURING_APPROVED' ? cardFromPush(event) : undefined,
      });
      const claimedByOther =
        event.fromStatus === 'MANUFACTURING_APPROVED' &&
        event.status === 'MANUFACTURING_STARTED' &&
        event.claimedById !== userId;
      if (claimedByOther && wasShown) {
        addNotice(
          event.orderId,
          t('claimedByOther', { number: formatOrderNumber(event.number), name: event.actorName ?? '' }),
        );
      }
    },
    [addNotice, applyChange, gate, poolPath, queryClient, userId, t],
  );

  useRealtimeEvent('order:changed', onOrderChanged);

  useRealtimeEvent('model:preview-ready', ({ modelId }) => {
    updatePools((data) => markPoolPreviewReady(data, modelId));
    queryClient.setQueryData<TConsoleCard[]>(myWorkKey, (cards) =>
      cards ? markCardsPreviewReady(cards, modelId) : cards,
    );
    void queryClient.invalidateQueries({ queryKey: trpc.mes.getOrder.pathKey() });
  });

  useOnRealtimeConnect(() => {
    // Pushes sent while the socket was away are lost: read the state again, one query per list.
    for (const [key, data] of queryClient.getQueriesData({ queryKey: poolPath })) {
      if (isPoolData(data) && data.pages.length > 1) {
        queryClient.setQueryData<PoolData>(key, {
          pages: data.pages.slice(0, 1),
          pageParams: data.pageParams.slice(0, 1),
        });
      }
    }
    void queryClient.invalidateQueries({ queryKey: poolPath });
    void queryClient.invalidateQueries({ queryKey: myWorkKey });
    void queryClient.invalidateQueries({ queryKey: trpc.mes.countByStatus.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.mes.getOrder.pathKey() });
  });

  const value = useMemo<ConsoleSyncValue>(
    () => ({
      userId,
      notices,
      addNotice,
      subscribeArrivals: (listener) => {
        arrivalListeners.current.add(listener);
        return () => arrivalListeners.current.delete(listener);
      },
      applyOwnChange: ({ orderId, version, status }) => {
        if (!gate.accept(orderId, version, status)) return;
        applyChange({ orderId, status, claimedById: status === 'MANUFACTURING_APPROVED' ? null : userId });
        // What this console did is in "My work" either way (added or gone).
        void queryClient.invalidateQueries({ queryKey: myWorkKey });
      },
    }),
    [userId, notices, addNotice, gate, applyChange, queryClient, myWorkKey],
  );

  return <ConsoleSyncContext.Provider value={value}>{children}</ConsoleSyncContext.Provider>;
}

/** A pool card made from the push alone: no items yet (the board shows them as loading). */
function cardFromPush(event: OrderChangedPayload): TConsoleCard {
  const at = new Date(event.at);
  return {
    id: event.orderId,
    number: event.number,
    version: event.version,
    status: event.status,
    alloyCode: event.alloyCode,
    totalCents: event.totalCents,
    currency: 'EUR',
    statusChangedAt: at,
    createdAt: at,
    claimedAt: null,
    items: [],
    modelIds: [],
  };
}

export function useConsoleSync(): ConsoleSyncValue {
  const value = useContext(ConsoleSyncContext);
  if (!value) throw new Error('useConsoleSync must be used inside <ConsoleSync>');
  return value;
}
