import type { Db } from '@facet/db/client';
import { approvalRules } from '@facet/db/schema/approval-rules';
import { partners } from '@facet/db/schema/partners';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import { fieldMessage } from '../i18n/field-messages';
import type { Actor } from '../shared/actor';
import { installationCurrency } from '../shared/currency';
import { DomainError } from '../shared/errors';
import { assertSeller } from './assert-seller';

export const ZCreateApprovalRuleInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('partner'),
    partnerId: z.string().uuid(fieldMessage('crm.approval-partner-missing')),
  }),
  z.object({
    kind: z.literal('below_price'),
    maxTotalCents: z
      .number({ message: fieldMessage('crm.approval-limit-missing') })
      .int()
      .min(100, fieldMessage('crm.approval-limit-low'))
      .max(10_000_000, fieldMessage('crm.approval-limit-high')),
  }),
]);
export type TCreateApprovalRuleInput = z.input<typeof ZCreateApprovalRuleInput>;

/**
 * A rule that approves priced orders for production without a seller: every order of one partner, or
 * every order whose total is at most a limit. It applies to orders priced from now on.
 */
export async function createApprovalRule(
  db: Db,
  actor: Actor,
  rawInput: TCreateApprovalRuleInput,
): Promise<{ id: string }> {
  assertSeller(actor);
  const input = ZCreateApprovalRuleInput.parse(rawInput);
  if (input.kind === 'partner') {
    const partner = await db.query.partners.findFirst({ where: eq(partners.id, input.partnerId) });
    if (!partner)
      throw new DomainError('NOT_FOUND', domainMessage('partner.not-found'), { field: 'partnerId' });
    const existing = await db.query.approvalRules.findFirst({
      where: and(eq(approvalRules.partnerId, input.partnerId), eq(approvalRules.kind, 'partner')),
    });
    if (existing) {
      // One rule per partner: creating it again switches the existing one back on.
      await db.update(approvalRules).set({ active: true }).where(eq(approvalRules.id, existing.id));
      return { id: existing.id };
    }
  }
  const [row] = await db
    .insert(approvalRules)
    .values({
      kind: input.kind,
      partnerId: input.kind === 'partner' ? input.partnerId : null,
      maxTotalCents: input.kind === 'below_price' ? input.maxTotalCents : null,
      currency: installationCurrency(),
      createdById: actor.userId,
    })
    .returning({ id: approvalRules.id });
  if (!row) throw new Error('Approval rule insert returned nothing');
  return row;
}
