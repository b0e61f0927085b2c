import { approvalRules } from '@facet/db/schema/approval-rules';
import { useTestDb } from '@facet/testing/db';
import { makeAlloy, makeModel, makeOrder, makeOrderItem, makePartner } from '@facet/testing/factories';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyApprovalRules } from '../orders/apply-approval-rules';
import { priceOrder } from '../orders/price-order';
import type { Actor } from '../shared/actor';
import { advanceTestOrder } from './advance-test-order';
import { cancelPartnerOrder } from './cancel-partner-order';
import { getPartnerOrder } from './get-partner-order';
import { listPartnerOrders } from './list-partner-orders';
import { ZPartnerOrder } from './partner-order-dto';

const { db } = useTestDb();

const ENGLISH = 'ring.stl: The STL file contains no triangles.';
const RUSSIAN = 'ring.stl: В файле STL нет ни одного треугольника.';

let partner: Extract<Actor, { kind: 'partner' }>;
let refusedId: string;
beforeAll(async () => {
  const { partner: row } = await makePartner(db, 'Lumen');
  partner = { kind: 'partner', partnerId: row.id, name: row.name };
  const alloy = await makeAlloy(db);
  // A partner's order whose model the parser refused: pricing rejects it, saying why from the catalogue.
  const model = await makeModel(db, {
    originalName: 'ring.stl',
    partnerId: row.id,
    status: 'REJECTED',
    rejectionReason: 'The STL file contains no triangles.',
    rejectionMessage: { key: 'mesh.stl.no-triangles', params: {} },
  });
  const order = await makeOrder(db, {
    status: 'SUBMITTED',
    channel: 'api',
    partnerId: row.id,
    alloyCode: alloy.code,
  });
  await makeOrderItem(db, { orderId: order.id, modelId: model.id, alloyId: alloy.id, alloyCode: alloy.code });
  expect(await priceOrder(db, order.id)).toMatchObject({ outcome: 'rejected', reason: ENGLISH });
  refusedId = order.id;
});

describe('a partner’s order, in the language it asks for', () => {
  it('says the events’ and the status’s reasons in English by default, as documented', async () => {
    const order = ZPartnerOrder.parse(await getPartnerOrder(db, partner, refusedId));
    expect(order.statusReason).toBe(ENGLISH);
    expect(order.timeline.at(-1)).toMatchObject({ toStatus: 'REJECTED', by: 'system', reason: ENGLISH });
  });

  it('says them in Russian to Accept-Language: ru, in the order and in the list', async () => {
    const order = ZPartnerOrder.parse(await getPartnerOrder(db, partner, refusedId, { locale: 'ru' }));
    expect(order.statusReason).toBe(RUSSIAN);
    expect(order.timeline.map((event) => event.reason)).toEqual([RUSSIAN]);

    const page = await listPartnerOrders(db, partner, {}, { locale: 'ru' });
    expect(page.items.find((item) => item.id === refusedId)?.statusReason).toBe(RUSSIAN);
    const english = await listPartnerOrders(db, partner, {});
    expect(english.items.find((item) => item.id === refusedId)?.statusReason).toBe(ENGLISH);
    const feed = await listPartnerOrders(db, partner, { updatedSince: new Date(0) }, { locale: 'ru' });
    expect(feed.items.find((item) => item.id === refusedId)?.statusReason).toBe(RUSSIAN);
  });

  it('keeps a reason a person typed as they typed it, in either language', async () => {
    const order = await makeOrder(db, { status: 'SUBMITTED', channel: 'api', partnerId: partner.partnerId });
    const typed = 'The end customer changed their mind.';
    const cancelled = await cancelPartnerOrder(db, partner, order.id, { reason: typed }, { locale: 'ru' });
    expect(cancelled.statusReason).toBe(typed);
    expect(cancelled.timeline.at(-1)).toMatchObject({ toStatus: 'CANCELLED', reason: typed });
  });

  it('says them in the sandbox’s simulate answer in the language asked for, English by default', async () => {
    // A sandbox order approved by the partner's rule: the system's reason is on its timeline.
    const { partner: row } = await makePartner(db, 'Zoloto Sandbox');
    await db.insert(approvalRules).values({ kind: 'partner', partnerId: row.id });
    const sandbox: Actor = { kind: 'partner', partnerId: row.id, name: row.name, mode: 'test' };
    const approvedByRule = async () => {
      const order = await makeOrder(db, {
        status: 'PRICE_CALCULATED',
        channel: 'api',
        mode: 'test',
        partnerId: row.id,
        totalCents: 12_000,
      });
      expect(await applyApprovalRules(db, order.id)).toMatchObject({ outcome: 'approved' });
      return order.id;
    };
    const reasonOf = (order: { timeline: Array<{ toStatus: string | null; reason: string | null }> }) =>
      order.timeline.find((event) => event.toStatus === 'MANUFACTURING_APPROVED')?.reason;

    const russian = ZPartnerOrder.parse(
      await advanceTestOrder(db, sandbox, await approvedByRule(), { locale: 'ru' }),
    );
    expect(russian.status).toBe('MANUFACTURING_STARTED');
    expect(reasonOf(russian)).toBe(
      'Каждый рассчитанный заказ партнёра Zoloto Sandbox одобряется автоматически.',
    );

    const english = ZPartnerOrder.parse(await advanceTestOrder(db, sandbox, await approvedByRule()));
    expect(reasonOf(english)).toBe('Every priced order of Zoloto Sandbox is approved.');
  });
});
