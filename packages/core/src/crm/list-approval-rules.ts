import type { Db } from '@facet/db/client';
import { approvalRules } from '@facet/db/schema/approval-rules';
import { people } from '@facet/db/schema/identity';
import { partners } from '@facet/db/schema/partners';
import { desc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import type { TApprovalRule } from './approval-rule-dto';
import { assertSeller } from './assert-seller';

export async function listApprovalRules(db: Db, actor: Actor): Promise<TApprovalRule[]> {
  assertSeller(actor);
  const rows = await db
    .select({ rule: approvalRules, partnerName: partners.name, createdByName: people.name })
    .from(approvalRules)
    .leftJoin(partners, eq(partners.id, approvalRules.partnerId))
    .leftJoin(people, eq(people.id, approvalRules.createdById))
    // The rule that approves the canary's orders is the worker's: switching it off would only break the canary.
    .where(sql`not coalesce(${partners.isCanary}, false)`)
    .orderBy(desc(approvalRules.active), desc(approvalRules.createdAt));
  return rows.map(({ rule, partnerName, createdByName }) => ({
    id: rule.id,
    kind: rule.kind,
    partnerId: rule.partnerId,
    partnerName,
    maxTotalCents: rule.maxTotalCents,
    active: rule.active,
    createdByName,
    createdAt: rule.createdAt,
  }));
}
