import type { Db } from '@facet/db/client';
import { FINISHES, type OrderChannel } from '@facet/db/enums';
import { models } from '@facet/db/schema/models';
import { orderItems, orders } from '@facet/db/schema/orders';
import { alloys } from '@facet/db/schema/pricing';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { recordOrderEvent } from './order-events';

export const ZOrderItemInput = z.object({
  modelId: z.string().uuid(),
  alloyCode: z.string().min(1).max(20),
  finish: z.enum(FINISHES).default('polished'),
  /** Ring size as the inner circumference in mm (ISO 8653 / EU sizes 40–76). */
  ringSize: z.number().min(40).max(76).nullish(),
  scale: z.number().min(0.5).max(2).default(1),
  quantity: z.number().int().min(1).max(100).default(1),
  engraving: z.string().trim().max(40, 'Engraving can be at most 40 characters.').nullish(),
});
export type TOrderItemInput = z.infer<typeof ZOrderItemInput>;

export const ZCreateOrderInput = z.object({
  items: z.array(ZOrderItemInput).min(1, 'An order needs at least one item.').max(20),
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
}

type OrderRow = typeof orders.$inferSelect;

/**
 * Creates an order with its items, its first timeline event and its outbox row, in one transaction.
 * The same use case serves the shop, the CRM and the partner API.
 */
export async function createOrder(
  db: Db,
  actor: Actor,
  input: TCreateOrderInput,
  options: CreateOrderOptions,
): Promise<OrderRow> {
  const modelIds = [...new Set(input.items.map((item) => item.modelId))];
  const alloyCodes = [...new Set(input.items.map((item) => item.alloyCode))];
  const [foundModels, foundAlloys] = await Promise.all([
    db.select().from(models).where(inArray(models.id, modelIds)),
    db
      .select()
      .from(alloys)
      .where(and(inArray(alloys.code, alloyCodes), eq(alloys.active, true))),
  ]);
  for (const modelId of modelIds) {
    const model = foundModels.find((m) => m.id === modelId);
    if (!model || !ownsModel(actor, model)) {
      throw new DomainError('NOT_FOUND', `No model with id ${modelId}.`, { field: 'modelId', modelId });
    }
    if (model.status === 'REJECTED') {
      throw new DomainError(
        'UNPROCESSABLE',
        `Model ${model.originalName} cannot be made: ${model.rejectionReason}`,
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
      throw new DomainError('INVALID_INPUT', `Unknown alloy "${code}".`, {
        field: 'alloyCode',
        alloyCode: code,
      });
    }
  }

  const status = options.initialStatus ?? 'SUBMITTED';
  return db.transaction(async (tx) => {
    const [order] = await tx
      .insert(orders)
      .values({
        status,
        channel: options.channel,
        customerUserId: actor.kind === 'user' && actor.role === 'customer' ? actor.userId : null,
        partnerId: actor.kind === 'partner' ? actor.partnerId : null,
        clientId: input.clientId ?? null,
        createdById: actor.kind === 'user' ? actor.userId : null,
        externalRef: input.externalRef ?? null,
        alloyCode: input.items[0]!.alloyCode,
        isCanary: options.isCanary ?? false,
      })
      .returning();
    if (!order) throw new Error('Order insert returned nothing');
    await tx.insert(orderItems).values(
      input.items.map((item, position) => ({
        orderId: order.id,
        position,
        modelId: item.modelId,
        alloyId: alloyByCode.get(item.alloyCode)!.id,
        alloyCode: item.alloyCode,
        finish: item.finish,
        ringSize: item.ringSize ?? null,
        scale: item.scale,
        quantity: item.quantity,
        engraving: item.engraving || null,
      })),
    );
    await recordOrderEvent(tx, {
      order,
      type: 'created',
      fromStatus: null,
      actor,
      data: { channel: options.channel },
    });
    return order;
  });
}

function ownsModel(actor: Actor, model: typeof models.$inferSelect): boolean {
  switch (actor.kind) {
    case 'system':
      return true;
    case 'partner':
      return model.partnerId === actor.partnerId;
    case 'user':
      return actor.role === 'seller' || actor.role === 'admin' || model.ownerUserId === actor.userId;
  }
}
