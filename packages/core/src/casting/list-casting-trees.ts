import type { Db } from '@facet/db/client';
import { people } from '@facet/db/schema/identity';
import { currentAlloys } from '@facet/db/schema/pricing';
import { castingTreeOrders, castingTrees } from '@facet/db/schema/production';
import { desc, eq, sql } from 'drizzle-orm';
import { assertOperator } from '../production/assert-operator';
import type { Actor } from '../shared/actor';
import type { TCastingTreeSummary } from './casting-tree-dto';

/** The last trees anyone needs in the console; older ones are reached through their orders. */
const TREES_LIMIT = 50;

/** An operator's own trees (an admin's view: everyone's), open ones first, then the newest. */
export async function listCastingTrees(db: Db, actor: Actor): Promise<TCastingTreeSummary[]> {
  assertOperator(actor);
  const rows = await db
    .select({
      tree: castingTrees,
      alloyName: currentAlloys.name,
      operatorName: people.name,
      orderCount: sql<number>`(select count(*)::int from ${castingTreeOrders}
        where ${castingTreeOrders.treeId} = ${castingTrees.id} and ${castingTreeOrders.removedAt} is null)`,
    })
    .from(castingTrees)
    .innerJoin(currentAlloys, eq(currentAlloys.id, castingTrees.alloyId))
    .innerJoin(people, eq(people.id, castingTrees.operatorId))
    .where(actor.role === 'admin' ? undefined : eq(castingTrees.operatorId, actor.userId))
    .orderBy(sql`${castingTrees.status} = 'OPEN' desc`, desc(castingTrees.createdAt))
    .limit(TREES_LIMIT);
  return rows.map(({ tree, alloyName, operatorName, orderCount }) => ({
    id: tree.id,
    flaskNumber: tree.flaskNumber,
    status: tree.status,
    alloyCode: tree.alloyCode,
    alloyName,
    operatorId: tree.operatorId,
    operatorName,
    orderCount,
    waxWeightG: tree.waxWeightG,
    metalToIssueG: tree.metalToIssueG,
    lossG: tree.lossG,
    castAt: tree.castAt,
    createdAt: tree.createdAt,
  }));
}
