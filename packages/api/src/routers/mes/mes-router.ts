import { addOrdersToTree, ZAddOrdersToTreeInput } from '@facet/core/casting/add-orders-to-tree';
import { castTree, ZCastTreeInput } from '@facet/core/casting/cast-tree';
import { ZCastingTree, ZCastingTreeSummary } from '@facet/core/casting/casting-tree-dto';
import { createCastingTree, ZCreateCastingTreeInput } from '@facet/core/casting/create-casting-tree';
import { getCastingTree, ZGetCastingTreeInput } from '@facet/core/casting/get-casting-tree';
import { listCastingTrees } from '@facet/core/casting/list-casting-trees';
import { recordWaxWeight, ZRecordWaxWeightInput } from '@facet/core/casting/record-wax-weight';
import { removeOrderFromTree, ZRemoveOrderFromTreeInput } from '@facet/core/casting/remove-order-from-tree';
import { ZEarningsPeriod } from '@facet/core/earnings/collect-operator-earnings';
import { getMyEarnings, ZMyEarnings } from '@facet/core/earnings/get-my-earnings';
import { countOrdersByStatus } from '@facet/core/orders/count-orders-by-status';
import {
  addProductionNote,
  ZAddProductionNoteInput,
  ZProductionNote,
} from '@facet/core/production/add-production-note';
import { advanceProduction, ZAdvanceProductionInput } from '@facet/core/production/advance-production';
import { claimOrder, ZClaimOrderInput } from '@facet/core/production/claim-order';
import { ZConsoleCard } from '@facet/core/production/console-card';
import {
  getConsoleOrder,
  ZConsoleOrder,
  ZGetConsoleOrderInput,
} from '@facet/core/production/get-console-order';
import { listConsoleCards, ZListConsoleCardsInput } from '@facet/core/production/list-console-cards';
import { listMyWork } from '@facet/core/production/list-my-work';
import { listPool, ZListPoolInput } from '@facet/core/production/list-pool';
import { releaseOrder, ZReleaseOrderInput } from '@facet/core/production/release-order';
import { ORDER_STATUSES } from '@facet/db/enums';
import { z } from 'zod';
import { operatorProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

const ZOrderVersion = z.object({ orderId: z.string().uuid(), version: z.number().int() });

/** The operators' realtime console (/mes). */
export const mesRouter = createTRPCRouter({
  listPool: operatorProcedure
    .input(ZListPoolInput)
    .output(z.object({ items: z.array(ZConsoleCard), nextCursor: z.string().nullable() }))
    .query(({ ctx, input }) => listPool(ctx.db, ctx.actor, input)),

  listCards: operatorProcedure
    .input(ZListConsoleCardsInput)
    .output(z.array(ZConsoleCard))
    .query(({ ctx, input }) => listConsoleCards(ctx.db, ctx.actor, input)),

  listMyWork: operatorProcedure
    .output(z.array(ZConsoleCard))
    .query(({ ctx }) => listMyWork(ctx.db, ctx.actor)),

  getOrder: operatorProcedure
    .input(ZGetConsoleOrderInput)
    .output(ZConsoleOrder)
    .query(({ ctx, input }) => getConsoleOrder(ctx.db, ctx.actor, input)),

  countByStatus: operatorProcedure
    .output(z.record(z.enum(ORDER_STATUSES), z.number().int()))
    .query(({ ctx }) => countOrdersByStatus(ctx.db)),

  claim: operatorProcedure
    .input(ZClaimOrderInput)
    .output(ZOrderVersion.extend({ number: z.number().int(), claimedAt: z.date() }))
    .mutation(({ ctx, input }) => claimOrder(ctx.db, ctx.actor, input)),

  release: operatorProcedure
    .input(ZReleaseOrderInput)
    .output(ZOrderVersion)
    .mutation(({ ctx, input }) => releaseOrder(ctx.db, ctx.actor, input)),

  advance: operatorProcedure
    .input(ZAdvanceProductionInput)
    .output(ZOrderVersion.extend({ status: z.enum(ORDER_STATUSES) }))
    .mutation(({ ctx, input }) => advanceProduction(ctx.db, ctx.actor, input)),

  addNote: operatorProcedure
    .input(ZAddProductionNoteInput)
    .output(ZProductionNote)
    .mutation(({ ctx, input }) => addProductionNote(ctx.db, ctx.actor, input)),

  listTrees: operatorProcedure
    .output(z.array(ZCastingTreeSummary))
    .query(({ ctx }) => listCastingTrees(ctx.db, ctx.actor)),

  getTree: operatorProcedure
    .input(ZGetCastingTreeInput)
    .output(ZCastingTree)
    .query(({ ctx, input }) => getCastingTree(ctx.db, ctx.actor, input)),

  createTree: operatorProcedure
    .input(ZCreateCastingTreeInput)
    .output(ZCastingTree)
    .mutation(({ ctx, input }) => createCastingTree(ctx.db, ctx.actor, input)),

  addToTree: operatorProcedure
    .input(ZAddOrdersToTreeInput)
    .output(ZCastingTree)
    .mutation(({ ctx, input }) => addOrdersToTree(ctx.db, ctx.actor, input)),

  removeFromTree: operatorProcedure
    .input(ZRemoveOrderFromTreeInput)
    .output(ZCastingTree)
    .mutation(({ ctx, input }) => removeOrderFromTree(ctx.db, ctx.actor, input)),

  weighWax: operatorProcedure
    .input(ZRecordWaxWeightInput)
    .output(ZCastingTree)
    .mutation(({ ctx, input }) => recordWaxWeight(ctx.db, ctx.actor, input)),

  castTree: operatorProcedure
    .input(ZCastTreeInput)
    .output(ZCastingTree)
    .mutation(({ ctx, input }) => castTree(ctx.db, ctx.actor, input)),

  getMyEarnings: operatorProcedure
    .input(ZEarningsPeriod)
    .output(ZMyEarnings)
    .query(({ ctx, input }) => getMyEarnings(ctx.db, ctx.actor, input)),
});
