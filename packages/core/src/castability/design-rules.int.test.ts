import { models } from '@facet/db/schema/models';
import { orderEvents, orderItems, orders } from '@facet/db/schema/orders';
import { analyseMeshWithThickness } from '@facet/mesh/analyse';
import { makeTube } from '@facet/mesh/generate';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makePartner, makeUser } from '@facet/testing/factories';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { listAlloyDesignRuleHistory } from '../admin/list-alloy-design-rule-history';
import { updateAlloyDesignRules } from '../admin/update-alloy-design-rules';
import { getOrderDetails } from '../orders/get-order-details';
import { priceOrder } from '../orders/price-order';
import { placePartnerOrder } from '../partners/place-partner-order';
import type { Actor } from '../shared/actor';
import { addCartItem } from '../shop/add-cart-item';
import { quoteModel } from '../shop/quote-model';
import { DEFAULT_DESIGN_RULES } from './design-rules';

const { db } = useTestDb();

/** A 1.5 mm band filed to 0.6 mm in one small place: a risk in silver (walls from 0.8 mm). */
const filedBand = analyseMeshWithThickness(
  makeTube({
    innerRadius: 8.5,
    outerRadiusAt: (angle) => (Math.cos(angle) > 0.995 ? 9.1 : 10),
    height: 3,
    around: 720,
    along: 4,
  }),
).analysis;

let admin: Actor;
let shopper: Actor;
let shopperId: string;

beforeAll(async () => {
  const adminRow = await makeUser(db, { role: 'admin', name: 'Ada' });
  admin = { kind: 'user', userId: adminRow.id, role: 'admin', name: 'Ada' };
  const shopperRow = await makeUser(db, { role: 'customer' });
  shopperId = shopperRow.id;
  shopper = { kind: 'user', userId: shopperRow.id, role: 'customer', name: shopperRow.name };
});

const item = (modelId: string, alloyCode: string, acceptCastabilityRisk?: boolean) => ({
  modelId,
  alloyCode,
  finish: 'polished' as const,
  scale: 1,
  quantity: 1,
  acceptCastabilityRisk,
});

describe("an alloy's design rules", () => {
  it('judge new quotes only: a placed order keeps its verdict, and every version is kept', async () => {
    const alloy = await makeAlloy(db, { designRules: DEFAULT_DESIGN_RULES.silver });
    const model = await makeModel(db, { ownerUserId: shopperId, status: 'ANALYSED', analysis: filedBand });
    const quoteIn = async () =>
      (await quoteModel(db, shopper, { modelId: model.id, finish: 'polished', scale: 1, quantity: 1 })).find(
        (quote) => quote.alloyCode === alloy.code,
      )!.castability;

    expect((await quoteIn()).verdict).toBe('CASTABLE_WITH_RISK');
    await expect(addCartItem(db, shopper, item(model.id, alloy.code))).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      details: { field: 'acceptCastabilityRisk' },
      message: expect.stringMatching(/Accept the risk to order it in this alloy\.$/),
    });
    const { orderId } = await addCartItem(db, shopper, item(model.id, alloy.code, true));

    await updateAlloyDesignRules(db, admin, {
      alloyId: alloy.id,
      ...DEFAULT_DESIGN_RULES.silver,
      minWallMm: 0.5,
    });
    expect((await quoteIn()).verdict).toBe('CASTABLE');
    await updateAlloyDesignRules(db, admin, {
      alloyId: alloy.id,
      ...DEFAULT_DESIGN_RULES.silver,
      minWallMm: 1.2,
    });
    const strict = await quoteIn();
    expect(strict.verdict).toBe('NOT_CASTABLE');
    expect(strict.rules.minWallMm).toBe(1.2);

    // The order placed under the first rules keeps what it was judged with.
    const order = await getOrderDetails(db, admin, orderId);
    expect(order.items[0]!.castability).toMatchObject({
      verdict: 'CASTABLE_WITH_RISK',
      rules: { minWallMm: 0.8 },
    });
    expect(order.items[0]!.castabilityRiskAccepted).toBe(true);
    expect(order.castabilityRiskAcceptedAt).toBeInstanceOf(Date);
    expect(order.timeline.map((event) => event.type)).toContain('castability_risk_accepted');
    // Shoppers do not see the workshop's note on their timeline.
    const own = await getOrderDetails(db, shopper, orderId);
    expect(own.timeline.map((event) => event.type)).not.toContain('castability_risk_accepted');

    // A new item under the strict rules is refused, naming the alloy as what to change.
    await expect(addCartItem(db, shopper, item(model.id, alloy.code, true))).rejects.toMatchObject({
      code: 'UNPROCESSABLE',
      details: { field: 'alloyCode' },
      message: expect.stringMatching(/Not castable in Sterling silver 925: The wall is 0\.\d\d mm thick/),
    });

    const history = await listAlloyDesignRuleHistory(db, admin, alloy.id);
    expect(history.map((version) => [version.designRules.minWallMm, version.changedByName])).toEqual([
      [1.2, 'Ada'],
      [0.5, 'Ada'],
      [0.8, null],
    ]);
  });

  it('refuse an admin rule that makes no sense, naming the field', async () => {
    const alloy = await makeAlloy(db);
    await expect(
      updateAlloyDesignRules(db, admin, {
        alloyId: alloy.id,
        ...DEFAULT_DESIGN_RULES.silver,
        minWallMm: 0.05,
      }),
    ).rejects.toMatchObject({ issues: [expect.objectContaining({ path: ['minWallMm'] })] });
    await expect(
      updateAlloyDesignRules(db, shopper, { alloyId: alloy.id, ...DEFAULT_DESIGN_RULES.gold }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe("a partner's order of a risky piece", () => {
  it('is refused without acceptCastabilityRisk, and placed with it', async () => {
    const { partner } = await makePartner(db);
    const actor = { kind: 'partner' as const, partnerId: partner.id, name: partner.name };
    const alloy = await makeAlloy(db);
    const model = await makeModel(db, { partnerId: partner.id, status: 'ANALYSED', analysis: filedBand });
    await expect(placePartnerOrder(db, actor, { items: [item(model.id, alloy.code)] })).rejects.toMatchObject(
      { code: 'UNPROCESSABLE', details: { field: 'items.0.acceptCastabilityRisk' } },
    );
    const placed = await placePartnerOrder(db, actor, { items: [item(model.id, alloy.code, true)] });
    const [row] = await db.select().from(orders).where(eq(orders.id, placed.id));
    expect(row!.castabilityRiskAcceptedAt).toBeInstanceOf(Date);
  });

  it('placed before its model was analysed is judged when priced, and rejected if the risk was not accepted', async () => {
    const { partner } = await makePartner(db, 'Atelier Later');
    const actor = { kind: 'partner' as const, partnerId: partner.id, name: partner.name };
    const alloy = await makeAlloy(db);
    const model = await makeModel(db, { partnerId: partner.id, status: 'UPLOADED' });
    const placed = await placePartnerOrder(db, actor, { items: [item(model.id, alloy.code)] });
    const [before] = await db.select().from(orderItems).where(eq(orderItems.orderId, placed.id));
    expect(before!.castability).toBeNull();

    await db.update(models).set({ status: 'ANALYSED', analysis: filedBand }).where(eq(models.id, model.id));
    const result = await priceOrder(db, placed.id);
    expect(result).toMatchObject({ outcome: 'rejected', reason: expect.stringMatching(/Accept the risk/) });
    const [after] = await db.select().from(orderItems).where(eq(orderItems.orderId, placed.id));
    expect(after!.castability).toMatchObject({ verdict: 'CASTABLE_WITH_RISK' });
    const events = await db.select().from(orderEvents).where(eq(orderEvents.orderId, placed.id));
    expect(events.map((event) => event.toStatus)).toContain('REJECTED');
  });
});
