import { type DbOrTx, inTransaction } from '@facet/db/client';
import { FINISHES, type OrderChannel } from '@facet/db/enums';
import { placeholdersFor, preparedQuery, preparedRowsInsert } from '@facet/db/prepared';
import { modelDetails } from '@facet/db/schema/models';
import { orderItems, orders } from '@facet/db/schema/orders';
import { currentAlloys } from '@facet/db/schema/pricing';
import { and, eq, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { z } from 'zod';
import { assertMayOrder, judgeOrderItem } from '../castability/judge-order-item';
import { recordRiskAcceptance } from '../castability/record-risk-acceptance';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import { rejectionOf } from '../models/model-rejection';
import { findStonePrices } from '../pricing/find-stone-prices';
import { type Actor, actorMode } from '../shared/actor';
import { DomainError } from '../shared/errors';
import type { OrderChangedPayload } from './order-changed';
import { recordOrderEvent } from './order-events';
import { MAX_ORDER_ITEMS } from './order-limits';
import { quoteOrderItems, recordOrderPrice, stoneOfDesign } from './price-order';

export const ZOrderItemInput = z.object({
  modelId: z.string().uuid(),
  alloyCode: z.string().min(1).max(20),
  finish: z.enum(FINISHES).default('polished'),
  /** Ring size as the inner circumference in mm (ISO 8653 / EU sizes 40–76). */
  ringSize: z.number().min(40).max(76).nullish(),
  scale: z.number().min(0.5).max(2).default(1),
  quantity: z.number().int().min(1).max(100).default(1),
  engraving: z.string().trim().max(40, fieldMessage('order.engraving-long')).nullish(),
  acceptCastabilityRisk: z.boolean().optional().meta({
    description:
      'Required (true) to order a piece whose castability in this alloy is CASTABLE_WITH_RISK: you accept that it may not cast as modelled. Ignored for other verdicts.',
  }),
});
export type TOrderItemInput = z.infer<typeof ZOrderItemInput>;

export const ZCreateOrderInput = z.object({
  items: z.array(ZOrderItemInput).min(1, fieldMessage('order.items-missing')).max(MAX_ORDER_ITEMS),
  externalRef: z.string().trim().min(1).max(100).nullish(),
  /** CRM only: the client the order is for. */
  clientId: z.string().uuid().nullish(),
});
export type TCreateOrderInput = z.infer<typeof ZCreateOrderInput>;

export interface CreateOrderOptions {
  channel: OrderChannel;
  /** Shop drafts start at INITIATED; everything else is submitted at once. */
  initialStatus?: 'INITIATED' | 'SUBMITTED';
  /** The worker's canary (core/canary): a real order through the real path, marked so the business never counts it. */
  isCanary?: boolean;
  /** When it was placed: now, unless history is being written (the demo's past orders). */
  at?: Date;
  /**
   * False to leave the price to the pricing job even when every model is analysed (the canary, which
   * takes the longest way an order can go). History is priced by its writer.
   */
  priceAtOnce?: boolean;
}

type OrderRow = typeof orders.$inferSelect;

/** What createOrderWithItems wrote: the order, its items and its changes, as stored. */
export interface CreatedOrder {
  order: OrderRow;
  items: Array<typeof orderItems.$inferSelect>;
  /** Its changes in order: its creation, then its price and approval when it was priced at once. */
  changes: OrderChangedPayload[];
}

/**
 * Creates an order with its items, its first timeline event and its outbox row, in one transaction.
 * The same use case serves the shop, the CRM and the partner API.
 */
export async function createOrder(
  db: DbOrTx,
  actor: Actor,
  input: TCreateOrderInput,
  options: CreateOrderOptions,
): Promise<OrderRow> {
  return (await createOrderWithItems(db, actor, input, options)).order;
}

/** createOrder, answering with everything it wrote, so a caller need not read the order back. */
export async function createOrderWithItems(
  db: DbOrTx,
  actor: Actor,
  input: TCreateOrderInput,
  options: CreateOrderOptions,
): Promise<CreatedOrder> {
  const modelIds = [...new Set(input.items.map((item) => item.modelId))];
  const alloyCodes = [...new Set(input.items.map((item) => item.alloyCode))];
  const [foundModels, foundAlloys] = await Promise.all([
    findModels.run(db, { modelIds }),
    findActiveAlloys.run(db, { alloyCodes }),
  ]);
  for (const modelId of modelIds) {
    const model = foundModels.find((m) => m.id === modelId);
    if (!model || !ownsModel(actor, model)) {
      throw new DomainError('NOT_FOUND', domainMessage('order.model-not-found', { modelId }), {
        field: 'modelId',
        modelId,
      });
    }
    if (model.status === 'REJECTED') {
      throw new DomainError(
        'UNPROCESSABLE',
        domainMessage('order.model-rejected', {
          name: model.originalName,
          reason: rejectionOf(model) ?? '',
        }),
        {
          field: 'modelId',
          modelId,
        },
      );
    }
  }
  const alloyByCode = new Map(foundAlloys.map((alloy) => [alloy.code, alloy]));
  for (const code of alloyCodes) {
    if (!alloyByCode.has(code)) {
      throw new DomainError('INVALID_INPUT', domainMessage('alloy.unknown', { code }), {
        field: 'alloyCode',
        alloyCode: code,
      });
    }
  }

  // Judged now when the model is analysed; otherwise when the order is priced (price-order).
  const verdicts = input.items.map((item, index) => {
    const model = foundModels.find((m) => m.id === item.modelId)!;
    const verdict = judgeOrderItem(model, alloyByCode.get(item.alloyCode)!, item.scale);
    assertMayOrder(verdict, item.acceptCastabilityRisk ?? false, model.originalName, {
      alloy: `items.${index}.alloyCode`,
      acceptRisk: `items.${index}.acceptCastabilityRisk`,
    });
    return verdict;
  });

  const status = options.initialStatus ?? 'SUBMITTED';
  const newItems = input.items.map((item, position) => {
    const alloy = alloyByCode.get(item.alloyCode)!;
    return {
      id: uuidv7(),
      position,
      modelId: item.modelId,
      alloyId: alloy.id,
      currency: alloy.currency,
      alloyCode: item.alloyCode,
      finish: item.finish,
      ringSize: item.ringSize ?? null,
      scale: item.scale,
      quantity: item.quantity,
      engraving: item.engraving || null,
      castability: verdicts[position] ?? null,
      castabilityRiskAccepted: item.acceptCastabilityRisk ?? false,
    };
  });
  // A submitted order whose models are all analysed is priced as it is placed, by the same rule the
  // pricing job follows: the answer carries its price, and no job is queued for it. One that cannot
  // be priced yet (a model still being analysed) or at all (a ring that cannot be resized) is left to the
  // job, which prices it when it can or rejects it with its reasons.
  const quoted =
    status === 'SUBMITTED' && !options.at && options.priceAtOnce !== false
      ? quoteOrderItems(
          { channel: options.channel },
          newItems.map((item) => ({
            item,
            model: foundModels.find((m) => m.id === item.modelId)!,
            alloy: alloyByCode.get(item.alloyCode)!,
          })),
          foundModels.some((model) => stoneOfDesign(model.design)) ? await findStonePrices(db) : [],
        )
      : null;
  const pricedAtOnce = quoted?.outcome === 'quoted' ? quoted : null;
  // Every item of an analysed model was judged above, so the quote judges none anew (its judgedNow).
  const quoteOf = new Map(pricedAtOnce?.quotes.map((entry) => [entry.itemId, entry.quote]));

  // Stamped here, as its timeline's events are (recordOrderEvent): its first event is at the same
  // instant, never a moment before it as it could be against the database's clock.
  const placedAt = options.at ?? new Date();
  return inTransaction(db, async (tx) => {
    const [order] = await insertOrder.run(tx, {
      id: uuidv7(),
      status,
      channel: options.channel,
      customerUserId: actor.kind === 'user' && actor.role === 'customer' ? actor.userId : null,
      partnerId: actor.kind === 'partner' ? actor.partnerId : null,
      clientId: input.clientId ?? null,
      createdById: actor.kind === 'user' ? actor.userId : null,
      externalRef: input.externalRef ?? null,
      alloyCode: input.items[0]!.alloyCode,
      currency: alloyByCode.get(input.items[0]!.alloyCode)!.currency,
      isCanary: options.isCanary ?? false,
      // A test key's order is a sandbox order: off the workshop's books, moving by itself.
      mode: actorMode(actor),
      placedAt: placedAt.toISOString(),
    });
    if (!order) throw new Error('Order insert returned nothing');
    // Items and the timeline's first event are independent: sent together (one round trip).
    const [items, created] = await Promise.all([
      insertItems.run(
        tx,
        newItems.map((item) => {
          const quote = quoteOf.get(item.id);
          return {
            ...item,
            orderId: order.id,
            unitPriceCents: quote?.unitCents ?? null,
            currency: quote?.currency ?? item.currency,
            priceBreakdown: quote ?? null,
          };
        }),
      ),
      recordOrderEvent(tx, {
        order,
        type: 'created',
        fromStatus: null,
        actor,
        data: { channel: options.channel },
        at: placedAt,
        pricedAtOnce: pricedAtOnce !== null,
      }),
    ]);
    await recordRiskAcceptance(tx, {
      orderId: order.id,
      actor,
      accepted: input.items.flatMap((item, position) => {
        const verdict = verdicts[position];
        return verdict?.verdict === 'CASTABLE_WITH_RISK' && item.acceptCastabilityRisk === true
          ? [{ modelName: foundModels.find((m) => m.id === item.modelId)!.originalName, verdict }]
          : [];
      }),
    });
    if (!pricedAtOnce) return { order, items, changes: [created] };
    const priced = await recordOrderPrice(tx, order, pricedAtOnce, {});
    return { order: priced.order, items, changes: [created, ...priced.changes] };
  });
}

/** Every order is this statement: built once (see preparedQuery). */
const insertOrder = preparedQuery('insert_order', (db) => {
  const placedAt = sql`${sql.placeholder('placedAt')}::timestamptz`;
  return db
    .insert(orders)
    .values({
      ...placeholdersFor(orders, [
        'id',
        'status',
        'channel',
        'customerUserId',
        'partnerId',
        'clientId',
        'createdById',
        'externalRef',
        'alloyCode',
        'currency',
        'isCanary',
        'mode',
      ]),
      createdAt: placedAt,
      updatedAt: placedAt,
      statusChangedAt: placedAt,
    })
    .returning();
});

/** Every order's items: built once for each number of items (see preparedRowsInsert). */
const insertItems = preparedRowsInsert('insert_order_items', orderItems, [
  'id',
  'orderId',
  'position',
  'modelId',
  'alloyId',
  'alloyCode',
  'finish',
  'ringSize',
  'scale',
  'quantity',
  'engraving',
  'unitPriceCents',
  'currency',
  'priceBreakdown',
  'castability',
  'castabilityRiskAccepted',
]);

// Every order reads its models and alloys: built once (see preparedQuery).
const findModels = preparedQuery('find_order_models', (db) =>
  db
    .select()
    .from(modelDetails)
    .where(sql`${modelDetails.id} = any(${sql.placeholder('modelIds')})`),
);

const findActiveAlloys = preparedQuery('find_order_alloys', (db) =>
  db
    .select()
    .from(currentAlloys)
    .where(
      and(sql`${currentAlloys.code} = any(${sql.placeholder('alloyCodes')})`, eq(currentAlloys.active, true)),
    ),
);

function ownsModel(actor: Actor, model: typeof modelDetails.$inferSelect): boolean {
  switch (actor.kind) {
    case 'system':
      return true;
    case 'partner':
      return model.partnerId === actor.partnerId && model.mode === actorMode(actor);
    case 'user':
      if (model.mode === 'test') return false;
      return actor.role === 'seller' || actor.role === 'admin' || model.ownerUserId === actor.userId;
  }
}
