import { randomUUID } from 'node:crypto';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makeUser } from '@facet/testing/factories';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor';
import { addCartItem } from './add-cart-item';
import { findCart } from './find-cart';
import { getCart } from './get-cart';
import { removeCartItem } from './remove-cart-item';

const { db } = useTestDb();

const analysis = {
  triangleCount: 8_000,
  vertexCount: 4_000,
  boundingBoxMm: { min: [-11, -11, -1.6], max: [11, 11, 1.6], size: [22, 22, 3.2] },
  surfaceAreaMm2: 1_250,
  volumeMm3: 480,
  shells: 1,
  watertight: true,
  boundaryEdges: 0,
  nonManifoldEdges: 0,
  degenerateFaces: 0,
};

async function shopperWithOneItemInCart(): Promise<{ actor: Actor; itemId: string }> {
  const user = await makeUser(db, { role: 'customer' });
  const actor: Actor = { kind: 'user', userId: user.id, role: 'customer', name: user.name };
  const model = await makeModel(db, { ownerUserId: user.id, status: 'ANALYSED', analysis });
  const { code } = await makeAlloy(db);
  await addCartItem(db, actor, {
    modelId: model.id,
    alloyCode: code,
    finish: 'polished',
    scale: 1,
    quantity: 1,
  });
  const cart = await getCart(db, actor);
  return { actor, itemId: cart!.order.items[0]!.id };
}

describe('removing from the cart', () => {
  it('refuses an item that is not in the cart and leaves the cart as it was', async () => {
    const { actor, itemId } = await shopperWithOneItemInCart();
    await expect(removeCartItem(db, actor, { itemId: randomUUID() })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'That item is not in your cart.',
    });
    const cart = await getCart(db, actor);
    expect(cart?.order.items.map((item) => item.id)).toEqual([itemId]);
  });

  it('cancels the cart when its last item is taken out', async () => {
    const { actor, itemId } = await shopperWithOneItemInCart();
    await removeCartItem(db, actor, { itemId });
    expect(await findCart(db, actor)).toBeUndefined();
  });
});
