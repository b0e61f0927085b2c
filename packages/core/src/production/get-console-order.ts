import type { Db } from '@facet/db/client';
import { MODEL_FORMATS, ORDER_STATUSES } from '@facet/db/enums';
import { people } from '@facet/db/schema/identity';
import { modelSummaries } from '@facet/db/schema/models';
import { orderLines, orderSummaries, orderTimeline } from '@facet/db/schema/orders';
import { productionNotes } from '@facet/db/schema/production';
import { asc, eq, getViewSelectedFields } from 'drizzle-orm';
import { z } from 'zod';
import { ZModelAnalysis, ZOpenEdgeLoop, ZWallThickness } from '../models/model-analysis';
import { assertCanSeeOrder } from '../orders/order-access';
import { toOrderItem, ZOrderItem } from '../orders/order-item-dto';
import { toTimelineEntry, ZTimelineEntry } from '../orders/timeline-entry';
import type { Actor } from '../shared/actor';
import { ZProductionNote } from './add-production-note';
import { assertOperator } from './assert-operator';
import { isInProduction, NEXT_PRODUCTION_STEP, PRODUCTION_STEP_ACTION } from './production-steps';

export const ZGetConsoleOrderInput = z.object({ orderId: z.string().uuid() });

export const ZConsoleOrderItem = ZOrderItem.extend({
  model: z.object({
    id: z.string().uuid(),
    originalName: z.string(),
    format: z.enum(MODEL_FORMATS),
    sizeBytes: z.number().int(),
    previewPngReady: z.boolean(),
    previewGlbReady: z.boolean(),
    /** Size and triangle count, when the model was analysed. */
    sizeMm: z.tuple([z.number(), z.number(), z.number()]).nullable(),
    volumeMm3: z.number().nullable(),
    triangleCount: z.number().int().nullable(),
    /** The wall (for the thickness map) and the hole loops, when the model was analysed. */
    thickness: ZWallThickness.nullable(),
    openEdgeLoops: z.array(ZOpenEdgeLoop),
  }),
});

export const ZConsoleOrder = z.object({
  id: z.string().uuid(),
  number: z.number().int(),
  version: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  alloyCode: z.string().nullable(),
  totalCents: z.number().int().nullable(),
  currency: z.string(),
  leadTimeDays: z.number().int().nullable(),
  promisedAt: z.date().nullable(),
  statusReason: z.string().nullable(),
  statusChangedAt: z.date(),
  createdAt: z.date(),
  claimant: z.object({ id: z.string().uuid(), name: z.string() }).nullable(),
  claimedAt: z.date().nullable(),
  items: z.array(ZConsoleOrderItem),
  timeline: z.array(ZTimelineEntry),
  notes: z.array(ZProductionNote),
  /** What the asking operator may do now. */
  actions: z.object({
    claim: z.boolean(),
    release: z.boolean(),
    nextStep: z.object({ to: z.enum(ORDER_STATUSES), label: z.string() }).nullable(),
  }),
});
export type TConsoleOrder = z.infer<typeof ZConsoleOrder>;

/** One order as the console's order card shows it: items with their models, the timeline and notes. */
export async function getConsoleOrder(
  db: Db,
  actor: Actor,
  input: z.infer<typeof ZGetConsoleOrderInput>,
): Promise<TConsoleOrder> {
  assertOperator(actor);
  const [found] = await db
    .select({ order: getViewSelectedFields(orderSummaries), claimantName: people.name })
    .from(orderSummaries)
    .leftJoin(people, eq(people.id, orderSummaries.claimedById))
    .where(eq(orderSummaries.id, input.orderId));
  const order = assertCanSeeOrder(actor, found?.order);
  const [items, timeline, notes] = await Promise.all([
    db
      .select({ item: getViewSelectedFields(orderLines), model: getViewSelectedFields(modelSummaries) })
      .from(orderLines)
      .innerJoin(modelSummaries, eq(modelSummaries.id, orderLines.modelId))
      .where(eq(orderLines.orderId, order.id))
      .orderBy(asc(orderLines.position)),
    db
      .select()
      .from(orderTimeline)
      .where(eq(orderTimeline.orderId, order.id))
      .orderBy(asc(orderTimeline.version)),
    db
      .select({
        id: productionNotes.id,
        body: productionNotes.body,
        authorName: people.name,
        createdAt: productionNotes.createdAt,
      })
      .from(productionNotes)
      .innerJoin(people, eq(people.id, productionNotes.authorId))
      .where(eq(productionNotes.orderId, order.id))
      .orderBy(asc(productionNotes.createdAt)),
  ]);

  const isClaimant = order.claimedById === actor.userId;
  return {
    id: order.id,
    number: order.number,
    version: order.version,
    status: order.status,
    alloyCode: order.alloyCode,
    totalCents: order.totalCents,
    currency: order.currency,
    leadTimeDays: order.leadTimeDays,
    promisedAt: order.promisedAt,
    statusReason: order.statusReason,
    statusChangedAt: order.statusChangedAt,
    createdAt: order.createdAt,
    claimant: order.claimedById ? { id: order.claimedById, name: found?.claimantName ?? 'Unknown' } : null,
    claimedAt: order.claimedAt,
    items: items.map(({ item, model }) => {
      const analysis = ZModelAnalysis.safeParse(model.analysis);
      return {
        ...toOrderItem(item),
        model: {
          id: model.id,
          originalName: model.originalName,
          format: model.format,
          sizeBytes: model.sizeBytes,
          previewPngReady: model.previewPngKey !== null,
          previewGlbReady: model.previewGlbKey !== null,
          sizeMm: analysis.success ? analysis.data.boundingBoxMm.size : null,
          volumeMm3: analysis.success ? analysis.data.volumeMm3 : null,
          triangleCount: analysis.success ? analysis.data.triangleCount : null,
          thickness: analysis.success ? (analysis.data.thickness ?? null) : null,
          openEdgeLoops: analysis.success ? (analysis.data.openEdgeLoops ?? []) : [],
        },
      };
    }),
    timeline: timeline.map(toTimelineEntry),
    notes,
    actions: {
      claim: order.status === 'MANUFACTURING_APPROVED' && actor.role === 'operator',
      release: order.status === 'MANUFACTURING_STARTED' && isClaimant,
      nextStep:
        isClaimant && isInProduction(order.status)
          ? {
              to: NEXT_PRODUCTION_STEP[order.status],
              label: PRODUCTION_STEP_ACTION[order.status],
            }
          : null,
    },
  };
}
