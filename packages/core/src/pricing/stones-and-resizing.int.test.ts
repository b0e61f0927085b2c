import { analyseMesh } from '@facet/mesh/analyse';
import { makeTube } from '@facet/mesh/generate';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makeUser } from '@facet/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { listStonePriceHistory } from '../admin/list-stone-price-history';
import { setStonePrice } from '../admin/set-stone-price';
import type { Actor } from '../shared/actor';
import { quoteModel, ZQuoteModelInput } from '../shop/quote-model';
import { findStonePrices } from './find-stone-prices';
import { quote } from './quote';
import { stoneLine } from './stone-price-table';
import { toPricedAlloy } from './to-priced-alloy';

const { db } = useTestDb();
let admin: Actor;
let seller: Actor;

beforeAll(async () => {
  const adminRow = await makeUser(db, { role: 'admin', name: 'Ada' });
  const sellerRow = await makeUser(db, { role: 'seller' });
  admin = { kind: 'user', userId: adminRow.id, role: 'admin', name: 'Ada' };
  seller = { kind: 'user', userId: sellerRow.id, role: 'seller', name: 'Sam' };
});

describe('the stone price table', () => {
  it('starts with a price for every cut and carat band', async () => {
    const prices = await findStonePrices(db);
    expect(prices).toHaveLength(4 * 5);
    expect(prices[0]).toMatchObject({
      cut: 'round',
      minCarats: 0,
      pricePerCaratCents: 30_000,
      changedBy: null,
    });
  });

  it("prices a stone from its cut and band; an admin's new price applies to new quotes and the old one is kept", async () => {
    const stone = { cut: 'oval' as const, lengthMm: 7, widthMm: 5 }; // about 0.65 ct: the 0.5 ct band
    const before = stoneLine(stone, await findStonePrices(db));
    expect(before).toMatchObject({ code: 'stone', amountCents: Math.round(0.651 * 45_000) });

    await setStonePrice(db, admin, { cut: 'oval', minCarats: 0.5, pricePerCaratCents: 52_000 });
    const after = stoneLine(stone, await findStonePrices(db));
    expect(after.amountCents).toBe(Math.round(0.651 * 52_000));

    const history = await listStonePriceHistory(db, admin);
    expect(history[0]).toMatchObject({
      cut: 'oval',
      minCarats: 0.5,
      pricePerCaratCents: 52_000,
      changedBy: 'Ada',
    });
    expect(
      history.some((row) => row.cut === 'oval' && row.minCarats === 0.5 && row.pricePerCaratCents === 45_000),
    ).toBe(true);

    const alloy = toPricedAlloy(await makeAlloy(db));
    const piece = quote({ volumeMm3: 400, surfaceAreaMm2: 900, triangleCount: 8_000 }, alloy, {
      finish: 'polished',
      scale: 1,
      quantity: 1,
      stoneLines: [after],
    });
    expect(piece.lines.at(-1)).toEqual(after);
    expect(piece.unitCents).toBe(piece.lines.reduce((sum, line) => sum + line.amountCents, 0));
  });

  it('is set by admins only, in the bands it has', async () => {
    await expect(
      setStonePrice(db, seller, { cut: 'round', minCarats: 0, pricePerCaratCents: 1 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      setStonePrice(db, admin, { cut: 'round', minCarats: 0.3, pricePerCaratCents: 100 }),
    ).rejects.toThrow(/carat band starts at one of/);
  });
});

describe('quoting a ring in another size', () => {
  async function ringModel() {
    const user = await makeUser(db, { role: 'customer' });
    const actor: Actor = { kind: 'user', userId: user.id, role: 'customer', name: user.name };
    // A band 17.2 mm inside (EU 54), measured by the analysis as the worker makes it.
    const band = makeTube({ innerRadius: 8.6, outerRadiusAt: () => 10.2, height: 4, around: 256, along: 2 });
    const analysis = analyseMesh(band);
    const model = await makeModel(db, { ownerUserId: user.id, status: 'ANALYSED', analysis });
    const { code } = await makeAlloy(db);
    return { actor, modelId: model.id, code };
  }

  it('adds a resizing line for another size, none for its own', async () => {
    const { actor, modelId, code } = await ringModel();
    const own = await quoteModel(db, actor, ZQuoteModelInput.parse({ modelId, ringSize: 54 }));
    expect(own.find((q) => q.alloyCode === code)!.lines.map((line) => line.code)).not.toContain('resize');

    const larger = (await quoteModel(db, actor, ZQuoteModelInput.parse({ modelId, ringSize: 57.5 }))).find(
      (q) => q.alloyCode === code,
    )!;
    const resize = larger.lines.find((line) => line.code === 'resize');
    expect(resize?.label).toMatch(/^Resized from EU 54 to EU 57\.5 .*: 3 × 0\.5 mm steps/);
    expect(resize!.amountCents).toBeGreaterThan(3 * 2_500);
  });

  it('refuses a size beyond four steps, on the ring size field', async () => {
    const { actor, modelId } = await ringModel();
    await expect(
      quoteModel(db, actor, ZQuoteModelInput.parse({ modelId, ringSize: 66 })),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { field: 'ringSize' },
      message: expect.stringContaining('Choose a size from EU 48 to EU 60'),
    });
  });
});
