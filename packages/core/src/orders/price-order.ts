import { type DbOrTx, inTransaction } from '@facet/db/client';
import { modelDetails } from '@facet/db/schema/models';
import { orderItems, orders } from '@facet/db/schema/orders';
import { currentAlloys } from '@facet/db/schema/pricing';
import { asc, eq, getViewSelectedFields } from 'drizzle-orm';
import { ZCastability } from '../castability/judge-castability';
import { judgeOrderItem, refusalOf } from '../castability/judge-order-item';
import { type DomainMessage, domainMessage, renderDomainMessage } from '../i18n/domain-messages';
import { ZModelAnalysis } from '../models/model-analysis';
import { rejectionOf } from '../models/model-rejection';
import { findStonePrices } from '../pricing/find-stone-prices';
import { quote, type TQuote } from '../pricing/quote';
import { RingResizeRefused } from '../pricing/resize-ring';
import { type TStone, ZStone } from '../pricing/stone-carats';
import { stoneLine, type TStonePrice } from '../pricing/stone-price-table';
import { toPricedAlloy } from '../pricing/to-priced-alloy';
import { type Actor, systemActor } from '../shared/actor';
import { DomainError, isDomainError } from '../shared/errors';
import type { HistoryOptions } from '../shared/history-options';
import { applyApprovalRules, findApprovalRule } from './apply-approval-rules';
import type { OrderChangedPayload } from './order-changed';
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
export async function priceOrder(
  db: DbOrTx,
  orderId: string,
  options: HistoryOptions = {},
): Promise<PriceOrderResult> {
  try {
    return await priceSubmittedOrder(db, orderId, options.at);
  } catch (error) {
    // Another pricing of the same order (two triggers at once) got there first.
    if (isDomainError(error) && error.code === 'CONFLICT') {
      return { outcome: 'skipped', status: String(error.details?.status ?? 'changed') };
    }
    throw error;
  }
}

async function priceSubmittedOrder(db: DbOrTx, orderId: string, at?: Date): Promise<PriceOrderResult> {
  const order = await db.query.orders.findFirst({ where: eq(orders.id, orderId) });
  if (!order)
    throw new DomainError('NOT_FOUND', domainMessage('order.reference-not-found', { reference: orderId }));
  if (order.status !== 'SUBMITTED') return { outcome: 'skipped', status: order.status };

  const items = await db
    .select({
      item: orderItems,
      model: getViewSelectedFields(modelDetails),
      alloy: getViewSelectedFields(currentAlloys),
    })
    .from(orderItems)
    .innerJoin(modelDetails, eq(modelDetails.id, orderItems.modelId))
    .innerJoin(currentAlloys, eq(currentAlloys.id, orderItems.alloyId))
    .where(eq(orderItems.orderId, orderId))
    .orderBy(asc(orderItems.position));

  const stonePrices = items.some(({ model }) => stoneOfDesign(model.design)) ? await findStonePrices(db) : [];
  const priced = quoteOrderItems(order, items, stonePrices);
  if (priced.outcome === 'pending') {
    throw new DomainError(
      'UNAVAILABLE',
      domainMessage('model.analysis-pending', { modelId: priced.modelId }),
    );
  }

  if (priced.outcome === 'refused') {
    const reason = domainMessage('timeline.items', { items: priced.problems });
    await transitionOrder(db, {
      orderId,
      to: 'REJECTED',
      actor: PRICING_ACTOR,
      reason,
      expectedStatus: 'SUBMITTED',
      at,
      alsoWrite: (tx) => keepVerdicts(tx, priced.judgedNow),
    });
    return { outcome: 'rejected', reason: renderDomainMessage(reason, 'en') };
  }

  const { totalCents } = await recordOrderPrice(db, order, priced, {
    at,
    alsoWrite: async (tx) => {
      await Promise.all([
        keepVerdicts(tx, priced.judgedNow),
        ...priced.quotes.map((entry) =>
          tx
            .update(orderItems)
            .set({
              unitPriceCents: entry.quote.unitCents,
              currency: entry.quote.currency,
              priceBreakdown: entry.quote,
            })
            .where(eq(orderItems.id, entry.itemId)),
        ),
      ]);
    },
  });
  return { outcome: 'priced', totalCents };
}

/** An order item with what its price depends on: its model (as analysed) and its alloy. */
export interface ItemToPrice {
  item: Pick<
    typeof orderItems.$inferSelect,
    | 'id'
    | 'castability'
    | 'castabilityRiskAccepted'
    | 'finish'
    | 'scale'
    | 'quantity'
    | 'engraving'
    | 'ringSize'
  >;
  model: typeof modelDetails.$inferSelect;
  alloy: typeof currentAlloys.$inferSelect;
}

export type QuotedItems =
  | { outcome: 'quoted'; quotes: Array<{ itemId: string; quote: TQuote }>; judgedNow: JudgedItem[] }
  /** Why each piece cannot be made, said in each reader's language on the timeline. */
  | { outcome: 'refused'; problems: DomainMessage[]; judgedNow: JudgedItem[] }
  /** A model is still being analysed: nothing can be priced yet. */
  | { outcome: 'pending'; modelId: string };

type JudgedItem = { itemId: string; castability: unknown };

/**
 * The pricing rule, without reading or writing: each item quoted from its model's analysis and its
 * alloy, or the reasons the order cannot be made. Used by the pricing job and by an order priced as
 * it is placed.
 */
export function quoteOrderItems(
  order: Pick<typeof orders.$inferSelect, 'channel'>,
  items: readonly ItemToPrice[],
  stonePrices: TStonePrice[],
): QuotedItems {
  const problems: DomainMessage[] = [];
  const quotes: Array<{ itemId: string; quote: TQuote }> = [];
  const judgedNow: JudgedItem[] = [];
  for (const { item, model, alloy } of items) {
    if (model.status === 'REJECTED') {
      const rejection = rejectionOf(model);
      problems.push(
        rejection
          ? domainMessage('timeline.item', { model: model.originalName, text: rejection })
          : domainMessage('timeline.item-unreadable', { model: model.originalName }),
      );
      continue;
    }
    if (model.status !== 'ANALYSED' || !model.analysis) return { outcome: 'pending', modelId: model.id };
    const analysis = ZModelAnalysis.parse(model.analysis);
    // The verdict the item was ordered with; judged now (and kept) only if its model was still
    // being analysed then. An admin's later rule change never alters it.
    let verdict = item.castability ? ZCastability.parse(item.castability) : null;
    if (!verdict) {
      verdict = judgeOrderItem(model, alloy, item.scale)!;
      judgedNow.push({ itemId: item.id, castability: verdict });
    }
    const refusal = refusalOf(verdict, item.castabilityRiskAccepted, model.originalName);
    // A partner states acceptance in the order (acceptCastabilityRisk); a shopper's piece judged only
    // now was never shown its verdict, so its risk goes to the seller who approves the order.
    if (refusal && (refusal.reason === 'not-castable' || order.channel === 'api')) {
      problems.push(refusal.localized);
      continue;
    }
    try {
      quotes.push({
        itemId: item.id,
        quote: quote(analysis, toPricedAlloy(alloy), {
          finish: item.finish,
          scale: item.scale,
          quantity: item.quantity,
          engraving: item.engraving,
          ringSize: item.ringSize,
          stoneLines: stoneLinesOf(model.design, stonePrices),
        }),
      });
    } catch (error) {
      if (!(error instanceof RingResizeRefused)) throw error;
      problems.push(domainMessage('timeline.item', { model: model.originalName, text: error.localized }));
    }
  }
  return problems.length > 0
    ? { outcome: 'refused', problems, judgedNow }
    : { outcome: 'quoted', quotes, judgedNow };
}

/**
 * Writes a SUBMITTED order's price (→ PRICE_CALCULATED) and, when a rule covers it, its approval, in
 * one transaction: a crash between the two would leave a priced order that no retry approves (a
 * retry finds it no longer SUBMITTED). `order` is the order as the caller read or wrote it in this
 * transaction. Answers the order as it now is and the changes written.
 */
export async function recordOrderPrice(
  db: DbOrTx,
  order: typeof orders.$inferSelect,
  priced: Extract<QuotedItems, { outcome: 'quoted' }>,
  options: { at?: Date; alsoWrite?: (tx: DbOrTx) => Promise<void> },
): Promise<{ totalCents: number; order: typeof orders.$inferSelect; changes: OrderChangedPayload[] }> {
  const { at } = options;
  const totalCents = priced.quotes.reduce((sum, entry) => sum + entry.quote.totalCents, 0);
  const leadTimeDays = Math.max(...priced.quotes.map((entry) => entry.quote.leadTimeDays));
  return inTransaction(db, async (tx) => {
    // The rule that approves it depends only on its partner and total: read in the same round trip.
    const [pricing, rule] = await Promise.all([
      transitionOrder(tx, {
        orderId: order.id,
        current: order,
        to: 'PRICE_CALCULATED',
        actor: PRICING_ACTOR,
        expectedStatus: 'SUBMITTED',
        changes: {
          totalCents,
          leadTimeDays,
          promisedAt: new Date((at ?? new Date()).getTime() + leadTimeDays * DAY_MS),
          priceBreakdown: { items: priced.quotes },
        },
        data: { totalCents },
        at,
        alsoWrite: options.alsoWrite,
      }),
      findApprovalRule(tx, { partnerId: order.partnerId, totalCents }),
    ]);
    const approval = await applyApprovalRules(tx, pricing.order, rule);
    return approval.outcome === 'approved'
      ? { totalCents, order: approval.order, changes: [pricing.event, approval.event] }
      : { totalCents, order: pricing.order, changes: [pricing.event] };
  });
}

/** The stone of a piece built in the constructor (kept with its model as its design), if it has one. */
export function stoneOfDesign(design: unknown): TStone | null {
  const stone = (design as { setting?: { stone?: unknown } | null } | null)?.setting?.stone;
  const parsed = ZStone.safeParse(stone);
  return parsed.success ? parsed.data : null;
}

function stoneLinesOf(design: unknown, prices: TStonePrice[]) {
  const stone = stoneOfDesign(design);
  return stone ? [stoneLine(stone, prices)] : [];
}

async function keepVerdicts(tx: DbOrTx, judged: Array<{ itemId: string; castability: unknown }>) {
  await Promise.all(
    judged.map((entry) =>
      tx.update(orderItems).set({ castability: entry.castability }).where(eq(orderItems.id, entry.itemId)),
    ),
  );
}
