import type { Db } from '@facet/db/client';
import { approvalRules } from '@facet/db/schema/approval-rules';
import { clients } from '@facet/db/schema/crm';
import { partners } from '@facet/db/schema/partners';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../shared/actor';

export const CANARY_PARTNER_NAME = 'Facet canary';

export type CanaryActor = Extract<Actor, { kind: 'partner' }>;

/**
 * The partner the canary orders as, with its company and the approval rule that approves every one
 * of its priced orders — created on first use, found afterwards (one of each: unique indexes on the
 * canary flags, and a transaction lock so two first runs do not both create the rule). The partner has
 * no API key: nobody can order as it from outside.
 */
export async function ensureCanaryPartner(db: Db): Promise<CanaryActor> {
  const existing = await findCanaryPartner(db);
  if (existing?.hasRule) return existing.actor;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('facet-canary-partner'))`);
    let [client] = await tx.select({ id: clients.id }).from(clients).where(eq(clients.isCanary, true));
    if (!client) {
      [client] = await tx
        .insert(clients)
        .values({
          kind: 'company',
          name: CANARY_PARTNER_NAME,
          companyName: CANARY_PARTNER_NAME,
          email: 'canary@facet.invalid',
          isCanary: true,
        })
        .returning({ id: clients.id });
    }
    let [partner] = await tx.select().from(partners).where(eq(partners.isCanary, true));
    if (!partner) {
      [partner] = await tx
        .insert(partners)
        .values({ clientId: client!.id, name: CANARY_PARTNER_NAME, isCanary: true })
        .returning();
    }
    const [rule] = await tx
      .select({ id: approvalRules.id })
      .from(approvalRules)
      .where(
        and(
          eq(approvalRules.kind, 'partner'),
          eq(approvalRules.partnerId, partner!.id),
          eq(approvalRules.active, true),
        ),
      );
    if (!rule) await tx.insert(approvalRules).values({ kind: 'partner', partnerId: partner!.id });
    return { kind: 'partner', partnerId: partner!.id, name: partner!.name };
  });
}

async function findCanaryPartner(db: Db): Promise<{ actor: CanaryActor; hasRule: boolean } | null> {
  const [row] = await db
    .select({
      id: partners.id,
      name: partners.name,
      hasRule: sql<boolean>`exists (select 1 from ${approvalRules}
        where ${approvalRules.partnerId} = ${partners.id} and ${approvalRules.kind} = 'partner'
        and ${approvalRules.active})`,
    })
    .from(partners)
    .where(eq(partners.isCanary, true));
  return row ? { actor: { kind: 'partner', partnerId: row.id, name: row.name }, hasRule: row.hasRule } : null;
}
