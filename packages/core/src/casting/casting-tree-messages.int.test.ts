import { orderEvents } from '@facet/db/schema/orders';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeOrder, makeUser } from '@facet/testing/factories';
import { asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cancelOrder } from '../crm/cancel-order';
import { holdOrder } from '../crm/hold-order';
import { renderStoredMessage } from '../i18n/domain-messages';
import { getOrderFlightRecord } from '../orders/get-order-flight-record';
import { formatOrderNumber } from '../orders/order-number';
import { toTimelineEntry } from '../orders/timeline-entry';
import { claimOrder } from '../production/claim-order';
import type { Actor } from '../shared/actor';
import { castTree } from './cast-tree';
import { createCastingTree } from './create-casting-tree';
import { getCastingTree } from './get-casting-tree';
import { recordWaxWeight } from './record-wax-weight';
import { removeOrderFromTree } from './remove-order-from-tree';

const { db } = useTestDb();
/** English words of the tree's lines, which a Russian line never carries (names aside). */
const ENGLISH = /\b(tree|flask|cast|wax|weigh|issued|returned|lost|taken|cancelled|put on|started)\b/i;
const NAMES = /Olga Brandt|Sam Moreau|Sterling silver 925|Client withdrew/g;

let olga: Actor;
let seller: Actor;
let silver: string;

beforeAll(async () => {
  const [operator, staff] = await Promise.all([
    makeUser(db, { role: 'operator', name: 'Olga Brandt' }),
    makeUser(db, { role: 'seller', name: 'Sam Moreau' }),
  ]);
  olga = { kind: 'user', userId: operator.id, role: 'operator', name: operator.name };
  seller = { kind: 'user', userId: staff.id, role: 'seller', name: staff.name };
  silver = (await makeAlloy(db, { waxRatio: 10.36, sprueAllowanceG: 20 })).code;
});

async function claimed() {
  const order = await makeOrder(db, {
    status: 'MANUFACTURING_APPROVED',
    alloyCode: silver,
    totalCents: 180_00,
  });
  await claimOrder(db, olga, { orderId: order.id });
  return order;
}

function expectRussian(message: unknown, english: string) {
  const russian = renderStoredMessage(message, 'ru');
  expect(russian, english).toMatch(/[а-яё]{3,}/i);
  expect(russian!.replaceAll(NAMES, ''), russian!).not.toMatch(ENGLISH);
  expect(renderStoredMessage(message, 'en')).toBe(english);
  return russian!;
}

describe('a casting tree’s timeline', () => {
  it('is said in Russian line by line, each beside the English it stores', async () => {
    const [kept, removed, cancelled] = [await claimed(), await claimed(), await claimed()];
    const built = await createCastingTree(db, olga, {
      flaskNumber: 7,
      alloyCode: silver,
      orderIds: [kept.id, removed.id, cancelled.id],
    });
    await removeOrderFromTree(db, olga, { treeId: built.id, orderId: removed.id });
    await holdOrder(db, seller, { orderId: cancelled.id, reason: 'Client withdrew' });
    await cancelOrder(db, seller, { orderId: cancelled.id, reason: 'Client withdrew' });
    await recordWaxWeight(db, olga, { treeId: built.id, waxWeightG: 12.5 });
    await castTree(db, olga, {
      treeId: built.id,
      metalIssuedG: 150,
      returnedPiecesG: 98.2,
      returnedButtonG: 45.1,
      returnedScrapG: 3.7,
    });

    const tree = await getCastingTree(db, olga, { treeId: built.id });
    const lines = tree.events.map((event) => expectRussian(event.localized, event.message));
    // The orders go on in the order their rows are locked.
    expect(lines.slice(1, 4).sort()).toEqual(
      [kept, removed, cancelled]
        .map((order) => `${formatOrderNumber(order.number)} поставлен на ёлку`)
        .sort(),
    );
    expect([lines[0], ...lines.slice(4)]).toEqual([
      'Ёлка начата в опоке 7 для сплава Sterling silver 925',
      `${formatOrderNumber(removed.number)} снят с ёлки; перед литьём взвесьте воск заново.`,
      `Sam Moreau отменил(а) ${formatOrderNumber(cancelled.number)} («Client withdrew»), заказ снят с ёлки; перед литьём взвесьте воск заново.`,
      'Воск взвешен: 12,5 г → 149,5 г металла к выдаче (× 10,36 + 20 г на литники)',
      'Отлито: выдано 150 г, возвращено 147 г (изделия 98,2 г, литник 45,1 г, лом 3,7 г), потери 3 г (2 %); дальше переведён 1 заказ',
    ]);

    const off = tree.orders.filter((order) => order.removedAt !== null);
    expect(off.map((order) => expectRussian(order.removedMessage, order.removedReason!))).toEqual([
      'Olga Brandt снял(а) заказ с ёлки в опоке 7',
      'Sam Moreau отменил(а) заказ («Client withdrew»)',
    ]);
  });

  it('puts its lines on the orders’ timelines and flight record in Russian too', async () => {
    const order = await claimed();
    const built = await createCastingTree(db, olga, {
      flaskNumber: 8,
      alloyCode: silver,
      orderIds: [order.id],
    });
    await removeOrderFromTree(db, olga, { treeId: built.id, orderId: order.id });
    const events = await db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, order.id))
      .orderBy(asc(orderEvents.version));
    const said = events
      .map(toTimelineEntry)
      .filter((entry) => entry.reasonMessage)
      .map((entry) => expectRussian(entry.reasonMessage, entry.reason!));
    expect(said).toEqual(['На ёлке в опоке 8', 'Olga Brandt снял(а) заказ с ёлки в опоке 8']);

    const record = await getOrderFlightRecord(db, seller, formatOrderNumber(order.number));
    const taken = record.entries.find((entry) => entry.title.startsWith('Taken off casting tree'));
    expect(taken?.detail).toBe('Olga Brandt — Taken off the tree on flask 8 by Olga Brandt');
    expect(renderStoredMessage(taken?.detailMessage, 'ru')).toBe(
      'Olga Brandt — Olga Brandt снял(а) заказ с ёлки в опоке 8',
    );
  });
});
