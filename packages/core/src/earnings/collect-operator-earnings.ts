import type { DbOrTx } from '@facet/db/client';
import { people } from '@facet/db/schema/identity';
import { orderLines, orderSummaries, orderTimeline } from '@facet/db/schema/orders';
import { castingTrees, claims } from '@facet/db/schema/production';
import { and, asc, eq, gte, inArray, lt, min, sql } from 'drizzle-orm';
import { z } from 'zod';
import { lossValueCents } from '../casting/metal-accounting';
import { fieldMessage } from '../i18n/field-messages';
import { earnedCents, type PayRate, workPriceCents } from './earnings-rules';

const MAX_PERIOD_DAYS = 366;

export const ZEarningsPeriod = z
  .object({ from: z.coerce.date(), to: z.coerce.date() })
  .refine((period) => period.to > period.from, {
    message: fieldMessage('period.not-after-start'),
    path: ['to'],
  })
  .refine((period) => period.to.getTime() - period.from.getTime() <= MAX_PERIOD_DAYS * 86_400_000, {
    message: fieldMessage('period.longer-than-year'),
    path: ['from'],
  });
export type TEarningsPeriod = z.infer<typeof ZEarningsPeriod>;

export const ZEarnedOrder = z.object({
  orderId: z.string().uuid(),
  number: z.number().int(),
  finishedAt: z.date(),
  valueCents: z.number().int(),
  workCents: z.number().int(),
  earnedCents: z.number().int(),
});

export const ZOperatorEarnings = z.object({
  operatorId: z.string().uuid(),
  operatorName: z.string(),
  operatorEmail: z.string(),
  claimed: z.number().int(),
  finished: z.number().int(),
  released: z.number().int(),
  valueCents: z.number().int(),
  treesCast: z.number().int(),
  metalLossG: z.number(),
  metalLossValueCents: z.number().int(),
  earnedCents: z.number().int(),
  orders: z.array(ZEarnedOrder),
});
export type TOperatorEarnings = z.infer<typeof ZOperatorEarnings>;

/**
 * What operators did in a period, from their claims and production steps: claims taken and
 * released, orders they finished (took to cast and finished) with their value, the metal lost on
 * the trees they cast, and what that earns at `rate`. Every operator is listed, even idle ones.
 */
export async function collectOperatorEarnings(
  db: DbOrTx,
  period: TEarningsPeriod,
  rate: PayRate,
  operatorId?: string,
): Promise<TOperatorEarnings[]> {
  const operators = await db
    .select({ id: people.id, name: people.name, email: people.email })
    .from(people)
    .where(operatorId ? eq(people.id, operatorId) : eq(people.role, 'operator'))
    .orderBy(asc(people.name));
  if (operators.length === 0) return [];
  const ids = operators.map((operator) => operator.id);
  const within = (column: Parameters<typeof gte>[0]) => and(gte(column, period.from), lt(column, period.to));

  const [claimedRows, releasedRows, finishedRows, treeRows] = await Promise.all([
    db
      .select({ operatorId: claims.operatorId, count: sql<number>`count(*)::int` })
      .from(claims)
      .where(and(inArray(claims.operatorId, ids), within(claims.claimedAt)))
      .groupBy(claims.operatorId),
    db
      .select({ operatorId: claims.operatorId, count: sql<number>`count(*)::int` })
      .from(claims)
      .where(and(inArray(claims.operatorId, ids), within(claims.releasedAt)))
      .groupBy(claims.operatorId),
    // Matches the partial index `order_events_finished_by_idx`.
    db
      .select({
        operatorId: orderTimeline.actorUserId,
        orderId: orderTimeline.orderId,
        finishedAt: min(orderTimeline.createdAt),
        number: orderSummaries.number,
        totalCents: orderSummaries.totalCents,
      })
      .from(orderTimeline)
      .innerJoin(orderSummaries, eq(orderSummaries.id, orderTimeline.orderId))
      .where(
        and(
          inArray(orderTimeline.actorUserId, ids),
          eq(orderTimeline.type, 'status_changed'),
          eq(orderTimeline.toStatus, 'MANUFACTURING_COMPLETED'),
          within(orderTimeline.createdAt),
        ),
      )
      .groupBy(
        orderTimeline.actorUserId,
        orderTimeline.orderId,
        orderSummaries.number,
        orderSummaries.totalCents,
      )
      .orderBy(asc(min(orderTimeline.createdAt))),
    db
      .select({
        operatorId: castingTrees.operatorId,
        lossG: castingTrees.lossG,
        pricePerGramCents: castingTrees.pricePerGramCents,
      })
      .from(castingTrees)
      .where(
        and(
          inArray(castingTrees.operatorId, ids),
          eq(castingTrees.status, 'CAST'),
          within(castingTrees.castAt),
        ),
      ),
  ]);
  const finishedIds = [...new Set(finishedRows.map((row) => row.orderId))];
  const items = finishedIds.length
    ? await db
        .select({
          orderId: orderLines.orderId,
          priceBreakdown: orderLines.priceBreakdown,
          quantity: orderLines.quantity,
        })
        .from(orderLines)
        .where(inArray(orderLines.orderId, finishedIds))
    : [];
  const itemsOf = new Map<string, typeof items>();
  for (const item of items) itemsOf.set(item.orderId, [...(itemsOf.get(item.orderId) ?? []), item]);
  const countOf = (rows: Array<{ operatorId: string; count: number }>) =>
    new Map(rows.map((row) => [row.operatorId, row.count]));
  const claimed = countOf(claimedRows);
  const released = countOf(releasedRows);

  return operators.map((operator) => {
    const lines = finishedRows
      .filter((row) => row.operatorId === operator.id)
      .map((row) => {
        const workCents = workPriceCents(itemsOf.get(row.orderId) ?? []);
        return {
          orderId: row.orderId,
          number: row.number,
          finishedAt: row.finishedAt ?? period.from,
          valueCents: row.totalCents ?? 0,
          workCents,
          earnedCents: earnedCents(rate, { workCents }),
        };
      });
    const trees = treeRows.filter((row) => row.operatorId === operator.id);
    const metalLossG = Math.round(trees.reduce((sum, tree) => sum + (tree.lossG ?? 0), 0) * 100) / 100;
    return {
      operatorId: operator.id,
      operatorName: operator.name,
      operatorEmail: operator.email,
      claimed: claimed.get(operator.id) ?? 0,
      finished: lines.length,
      released: released.get(operator.id) ?? 0,
      valueCents: lines.reduce((sum, line) => sum + line.valueCents, 0),
      treesCast: trees.length,
      metalLossG,
      metalLossValueCents: trees.reduce(
        (sum, tree) => sum + lossValueCents(tree.lossG ?? 0, tree.pricePerGramCents ?? 0),
        0,
      ),
      earnedCents: lines.reduce((sum, line) => sum + line.earnedCents, 0),
      orders: lines,
    };
  });
}
