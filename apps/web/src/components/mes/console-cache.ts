import type { TConsoleCard } from '@facet/core/production/console-card';
import type { InfiniteData } from '@tanstack/react-query';

/** The pool as TanStack Query keeps it: keyset pages, newest approval first. */
export interface PoolPage {
  items: TConsoleCard[];
  nextCursor: string | null;
}
export type PoolData = InfiniteData<PoolPage, string | null | undefined>;

/** The pool's order: the most recent status change first, then the larger id (as the server sorts). */
export function comparePoolOrder(a: TConsoleCard, b: TConsoleCard): number {
  const byTime = b.statusChangedAt.getTime() - a.statusChangedAt.getTime();
  if (byTime !== 0) return byTime;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

export function poolHas(data: PoolData | undefined, orderId: string): boolean {
  return Boolean(data?.pages.some((page) => page.items.some((card) => card.id === orderId)));
}

export function findInPool(data: PoolData | undefined, orderId: string): TConsoleCard | undefined {
  for (const page of data?.pages ?? []) {
    const card = page.items.find((item) => item.id === orderId);
    if (card) return card;
  }
  return undefined;
}

export function removeFromPool(data: PoolData, orderId: string): PoolData {
  if (!poolHas(data, orderId)) return data;
  return {
    ...data,
    pages: data.pages.map((page) =>
      page.items.some((card) => card.id === orderId)
        ? { ...page, items: page.items.filter((card) => card.id !== orderId) }
        : page,
    ),
  };
}

/**
 * Puts cards that entered the pool into the page whose range holds them (new approvals: the top of
 * the first page). A card already there is replaced only by a newer version. A card older than every
 * loaded page is left for the next page to bring. Returns the ids that were added.
 */
export function insertIntoPool(data: PoolData, cards: TConsoleCard[]): { data: PoolData; added: string[] } {
  const pages = data.pages.map((page) => ({ ...page, items: [...page.items] }));
  const added: string[] = [];
  for (const card of [...cards].sort(comparePoolOrder)) {
    const present = pages.flatMap((page) => page.items).find((item) => item.id === card.id);
    if (present) {
      // A card made from a push alone (no items yet) gives way to the full card of the same version.
      const fills = present.version === card.version && present.items.length === 0 && card.items.length > 0;
      if (present.version > card.version || (present.version === card.version && !fills)) continue;
      for (const page of pages) page.items = page.items.filter((item) => item.id !== card.id);
    }
    const target = pages.find((page, index) => {
      const last = page.items.at(-1);
      const isLast = index === pages.length - 1;
      return !last || comparePoolOrder(card, last) < 0 || (isLast && page.nextCursor === null);
    });
    if (!target) continue;
    const at = target.items.findIndex((item) => comparePoolOrder(card, item) < 0);
    target.items.splice(at === -1 ? target.items.length : at, 0, card);
    if (!present) added.push(card.id);
  }
  return { data: { ...data, pages }, added };
}

function markCardPreviewReady(card: TConsoleCard, modelId: string): TConsoleCard {
  if (!card.modelIds.includes(modelId)) return card;
  return {
    ...card,
    items: card.items.map((item) => (item.modelId === modelId ? { ...item, previewReady: true } : item)),
  };
}

export function markPoolPreviewReady(data: PoolData, modelId: string): PoolData {
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map((card) => markCardPreviewReady(card, modelId)),
    })),
  };
}

export function markCardsPreviewReady(cards: TConsoleCard[], modelId: string): TConsoleCard[] {
  return cards.map((card) => markCardPreviewReady(card, modelId));
}

export function poolSize(data: PoolData | undefined): number {
  return data?.pages.reduce((sum, page) => sum + page.items.length, 0) ?? 0;
}
