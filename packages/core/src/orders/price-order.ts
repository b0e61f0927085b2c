import type { Db } from '@facet/db/client';
import { models } from '@facet/db/schema/models';
import { orderItems, orders } from '@facet/db/schema/orders';
import { alloys } from '@facet/db/schema/pricing';
import { asc, eq } from 'drizzle-orm';
import { applyApprovalRules } from '../crm/apply-approval-rules';
import { ZModelAnalysis } from '../models/model-analysis';
import { checkPrintability } from '../models/printability';
import { quote, type TQuote } from '../pricing/quote';
import { toPricedAlloy } from '../pricing/to-priced-alloy';
import { type Actor, systemActor } from '../shared/actor';
import { DomainError, isDomainError } from '../shared/errors';
import { transitionOrder } from './transition-order';

const PRICING_ACTOR: Actor = systemActor('Pricing');
const DAY_MS = 24 * 3600 * 1000;

export type PriceOrderResult =
  | { outcome: 'priced'; totalCents: number }
  | { outcome: 'rejected'; reason: string }
  | { outcome: 'skipped'; status: string };

/**
 * Prices a SUBMITTED order from its models' analyses (→ PRICE_CALCULATED), or rejects it with the
 * reason a model cannot be made. Safe to repeat: an order no longer SUBMITTED is left alone.
 * Throws UNAVAILABLE while a model is still being analysed, so the job retries later.
 */
export async function priceOrder(db: Db, orderId: string): Promise<PriceOrderResult> {
  try {
    return await priceSubmittedOrder(db, orderId);
  } catch (error) {
    // Another pricing of the same order (two triggers at once) got there first.
    if (isDomainError(error) && error.code === 'CONFLICT') {
      return { outcome: 'skipped', status: String(error.details?.status ?? 'changed') };
    }
    throw error;
  }
}

async function priceSubmittedOrder(db: Db, orderId: string): Promise<PriceOrderResult> {
  const order = await db.query.orders.findFirst({ where: eq(orders.id, orderId) });
  if (!order) throw new DomainError('NOT_FOUND', `No order ${orderId}.`);
  if (order.status !== 'SUBMITTED') return { outcome: 'skipped', status: order.status };

  const items = await db
    .select({ item: orderItems, model: models, alloy: alloys })
    .from(orderItems)
    .innerJoin(models, eq(models.id, orderItems.modelId))
    .innerJoin(alloys, eq(alloys.id, orderItems.alloyId))
    .where(eq(orderItems.orderId, orderId))
    .orderBy(asc(orderItems.position));

  const problems: string[] = [];
  const quotes: Array<{ itemId: string; quote: TQuote }> = [];
  for (const { item, model, alloy } of items) {
    if (model.status === 'REJECTED') {
      problems.push(`${model.originalName}: ${model.rejectionReason ?? 'the file could not be read.'}`);
      continue;
    }
    if (model.status !== 'ANALYSED' || !model.analysis) {
      throw new DomainError('UNAVAILABLE', `Model ${model.id} is still being analysed.`);
    }
    const analysis = ZModelAnalysis.parse(model.analysis);
    const printability = checkPrintability(scaled(analysis, item.scale));
    if (!printability.printable) {
      problems.push(...printability.problems.map((problem) => `${model.originalName}: ${problem}`));
      continue;
    }
    quotes.push({
      itemId: item.id,
      quote: quote(analysis, toPricedAlloy(alloy), {
        finish: item.finish,
        scale: item.scale,
        quantity: item.quantity,
        engraving: item.engraving,
        ringSize: item.ringSize,
      }),
    });
  }

  if (problems.length > 0) {
    const reason = problems.join(' ');
    await transitionOrder(db, {
      orderId,
      to: 'REJECTED',
      actor: PRICING_ACTOR,
      reason,
      expectedStatus: 'SUBMITTED',
    });
    return { outcome: 'rejected', reason };
  }

  const totalCents = quotes.reduce((sum, entry) => sum + entry.quote.totalCents, 0);
  const leadTimeDays = Math.max(...quotes.map((entry) => entry.quote.leadTimeDays));
  // Priced and, when a rule covers it, approved in one transaction: a crash between the two would
  // leave a priced order that no retry approves (a retry finds it no longer SUBMITTED).
  await db.transaction(async (tx) => {
    await transitionOrder(tx, {
      orderId,
      to: 'PRICE_CALCULATED',
      actor: PRICING_ACTOR,
      expectedStatus: 'SUBMITTED',
      changes: {
        totalCents,
        leadTimeDays,
        promisedAt: new Date(Date.now() + leadTimeDays * DAY_MS),
        priceBreakdown: { items: quotes },
      },
      data: { totalCents },
      alsoWrite: async (tx) => {
        for (const entry of quotes) {
          await tx
            .update(orderItems)
            .set({ unitPriceCents: entry.quote.unitCents, priceBreakdown: entry.quote })
            .where(eq(orderItems.id, entry.itemId));
        }
      },
    });
    await applyApprovalRules(tx, orderId);
  });
  return { outcome: 'priced', totalCents };
}

function scaled<T extends { boundingBoxMm: { size: [number, number, number] }; volumeMm3: number }>(
  analysis: T,
  scale: number,
): T {
  const [x, y, z] = analysis.boundingBoxMm.size;
  return {
    ...analysis,
    volumeMm3: analysis.volumeMm3 * scale ** 3,
    boundingBoxMm: { ...analysis.boundingBoxMm, size: [x * scale, y * scale, z * scale] },
  };
}
