import type { Db } from '@facet/db/client';
import { approvalRules } from '@facet/db/schema/approval-rules';
import { apiKeys, partners, webhookEndpoints } from '@facet/db/schema/partners';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../shared/actor';
import { assertSeller } from './assert-seller';
import { requestsPerMinuteOf, type TPartnerSummary } from './partner-dto';

/**
 * Every partner with its tier, live keys, webhook endpoints and whether a rule approves its orders;
 * not the worker's canary partner.
 */
export async function listPartners(db: Db, actor: Actor, partnerId?: string): Promise<TPartnerSummary[]> {
  assertSeller(actor);
  const rows = await db
    .select({
      partner: partners,
      activeKeys: sql<number>`(select count(*)::int from ${apiKeys}
        where ${apiKeys.partnerId} = ${partners.id} and ${apiKeys.revokedAt} is null)`,
      webhookEndpoints: sql<number>`(select count(*)::int from ${webhookEndpoints}
        where ${webhookEndpoints.partnerId} = ${partners.id})`,
      autoApproved: sql<boolean>`exists (select 1 from ${approvalRules}
        where ${approvalRules.partnerId} = ${partners.id} and ${approvalRules.kind} = 'partner'
        and ${approvalRules.active})`,
    })
    .from(partners)
    .where(and(eq(partners.isCanary, false), partnerId ? eq(partners.id, partnerId) : undefined))
    .orderBy(asc(partners.name));
  return rows.map(({ partner, ...counts }) => ({
    id: partner.id,
    clientId: partner.clientId,
    name: partner.name,
    rateLimitTier: partner.rateLimitTier,
    requestsPerMinute: requestsPerMinuteOf(partner.rateLimitTier),
    ...counts,
    createdAt: partner.createdAt,
  }));
}
