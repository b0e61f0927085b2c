import { useTestDb } from '@facet/testing/db';
import { makeOrder, makeUser } from '@facet/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderStoredMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { approveOrders, ZApproveOrdersResult } from './approve-orders';

const { db } = useTestDb();

let seller: Actor;
beforeAll(async () => {
  const staff = await makeUser(db, { role: 'seller', name: 'Sam Moreau' });
  seller = { kind: 'user', userId: staff.id, role: 'seller', name: staff.name };
});

describe('approving orders in bulk', () => {
  it('approves the priced ones and says why the others were refused, in English and as a message for Russian', async () => {
    const [priced, submitted] = await Promise.all([
      makeOrder(db, { status: 'PRICE_CALCULATED', totalCents: 10_000 }),
      makeOrder(db, { status: 'SUBMITTED' }),
    ]);
    const result = ZApproveOrdersResult.parse(
      await approveOrders(db, seller, { orderIds: [priced.id, submitted.id] }),
    );
    expect(result.approved).toEqual([priced.id]);
    const [refusal] = result.refused;
    expect(refusal).toMatchObject({ orderId: submitted.id });
    expect(refusal?.reason).toBe(
      'The order changed meanwhile: it is now SUBMITTED, so it cannot move to MANUFACTURING_APPROVED.',
    );
    expect(renderStoredMessage(refusal?.reasonMessage, 'en')).toBe(refusal?.reason);
    expect(renderStoredMessage(refusal?.reasonMessage, 'ru')).toBe(
      'Заказ за это время изменился: теперь он в статусе «Отправлен» и не может перейти в «Одобрен в производство».',
    );
  });
});
