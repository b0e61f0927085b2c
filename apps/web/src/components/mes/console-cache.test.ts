import type { TConsoleCard } from '@facet/core/production/console-card';
import { describe, expect, it } from 'vitest';
import { insertIntoPool, markPoolPreviewReady, type PoolData, removeFromPool } from './console-cache';

const ITEM = {
  modelId: 'm1',
  modelName: 'ring.stl',
  alloyCode: 'AG925',
  finish: 'polished' as const,
  ringSize: 54,
  quantity: 1,
  engraving: null,
  previewReady: false,
};

let n = 0;
function card(minutesAgo: number, overrides: Partial<TConsoleCard> = {}): TConsoleCard {
  n += 1;
  const id = `00000000-0000-7000-8000-${String(1000 + minutesAgo).padStart(12, '0')}`;
  return {
    id,
    number: 1000 + n,
    version: 2,
    status: 'MANUFACTURING_APPROVED',
    alloyCode: 'AG925',
    totalCents: 10_000,
    currency: 'EUR',
    statusChangedAt: new Date(Date.UTC(2026, 2, 1, 12, 0) - minutesAgo * 60_000),
    createdAt: new Date(Date.UTC(2026, 1, 1)),
    claimedAt: null,
    items: [],
    modelIds: [],
    ...overrides,
  };
}

function pool(pages: TConsoleCard[][], lastHasMore = true): PoolData {
  return {
    pages: pages.map((items, index) => ({
      items,
      nextCursor: index === pages.length - 1 && !lastHasMore ? null : `cursor-${index}`,
    })),
    pageParams: pages.map((_, index) => (index === 0 ? null : `cursor-${index - 1}`)),
  };
}

const ids = (data: PoolData) =>
  data.pages.map((page) => page.items.map((item) => item.statusChangedAt.getTime()));

describe('pool cache', () => {
  it('puts a new approval at the top of the first page, once', () => {
    const data = pool([
      [card(5), card(10)],
      [card(15), card(20)],
    ]);
    const fresh = card(0);
    const first = insertIntoPool(data, [fresh]);
    expect(first.added).toEqual([fresh.id]);
    expect(first.data.pages[0]!.items[0]!.id).toBe(fresh.id);
    const again = insertIntoPool(first.data, [fresh]);
    expect(again.added).toEqual([]);
    expect(again.data.pages[0]!.items).toHaveLength(3);
  });

  it('puts a card in the loaded page whose range holds it, and leaves older ones to later pages', () => {
    const data = pool([
      [card(5), card(10)],
      [card(15), card(20)],
    ]);
    const { data: after, added } = insertIntoPool(data, [card(12), card(30)]);
    expect(added).toHaveLength(1);
    expect(ids(after)[1]).toEqual([card(12), card(15), card(20)].map((c) => c.statusChangedAt.getTime()));
  });

  it('appends to the last page when the pool has no more pages', () => {
    const data = pool([[card(5)]], false);
    expect(insertIntoPool(data, [card(30)]).data.pages[0]!.items).toHaveLength(2);
  });

  it('replaces a card only by a newer version', () => {
    const old = card(5, { version: 4 });
    const data = pool([[old]]);
    expect(
      insertIntoPool(data, [{ ...old, version: 3, totalCents: 1 }]).data.pages[0]!.items[0]!.totalCents,
    ).toBe(10_000);
    expect(
      insertIntoPool(data, [{ ...old, version: 5, totalCents: 1 }]).data.pages[0]!.items[0]!.totalCents,
    ).toBe(1);
  });

  it('fills a card made from a push with the full card of the same version', () => {
    const pushed = card(0, { version: 3 });
    const data = insertIntoPool(pool([[card(5)]]), [pushed]).data;
    const full = { ...pushed, items: [{ ...ITEM }], modelIds: [ITEM.modelId] };
    const filled = insertIntoPool(data, [full]);
    expect(filled.added).toEqual([]);
    expect(filled.data.pages[0]!.items[0]!.items).toHaveLength(1);
    // …but a full card is never replaced by another of the same version.
    expect(
      insertIntoPool(filled.data, [{ ...full, totalCents: 1 }]).data.pages[0]!.items[0]!.totalCents,
    ).toBe(10_000);
  });

  it('removes a card wherever it is, and swaps in a ready preview', () => {
    const withModel = card(7, {
      modelIds: ['m1'],
      items: [{ ...ITEM }],
    });
    const data = pool([[card(5)], [withModel]]);
    expect(markPoolPreviewReady(data, 'm1').pages[1]!.items[0]!.items[0]!.previewReady).toBe(true);
    const removed = removeFromPool(data, withModel.id);
    expect(removed.pages[1]!.items).toEqual([]);
    expect(removeFromPool(removed, withModel.id)).toBe(removed);
  });
});
