import type { Db } from '@facet/db/client';
import { approvalRules } from '@facet/db/schema/approval-rules';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertSeller } from './assert-seller';

export const ZSetApprovalRuleActiveInput = z.object({ ruleId: z.string().uuid(), active: z.boolean() });
export type TSetApprovalRuleActiveInput = z.input<typeof ZSetApprovalRuleActiveInput>;

/** Switches a rule on or off; rules are never deleted, so the timelines that name them stay readable. */
export async function setApprovalRuleActive(
  db: Db,
  actor: Actor,
  rawInput: TSetApprovalRuleActiveInput,
): Promise<{ id: string; active: boolean }> {
  assertSeller(actor);
  const input = ZSetApprovalRuleActiveInput.parse(rawInput);
  const [row] = await db
    .update(approvalRules)
    .set({ active: input.active })
    .where(eq(approvalRules.id, input.ruleId))
    .returning({ id: approvalRules.id, active: approvalRules.active });
  if (!row) throw new DomainError('NOT_FOUND', domainMessage('crm.rule-not-found'));
  return row;
}
