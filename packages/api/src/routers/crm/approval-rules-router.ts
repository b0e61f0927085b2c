import { ZApprovalRule } from '@facet/core/crm/approval-rule-dto';
import { createApprovalRule, ZCreateApprovalRuleInput } from '@facet/core/crm/create-approval-rule';
import { listApprovalRules } from '@facet/core/crm/list-approval-rules';
import { setApprovalRuleActive, ZSetApprovalRuleActiveInput } from '@facet/core/crm/set-approval-rule-active';
import { z } from 'zod';
import { sellerProcedure } from '../../procedures';
import { createTRPCRouter } from '../../trpc';

export const approvalRulesRouter = createTRPCRouter({
  list: sellerProcedure
    .output(z.array(ZApprovalRule))
    .query(({ ctx }) => listApprovalRules(ctx.db, ctx.actor)),

  create: sellerProcedure
    .input(ZCreateApprovalRuleInput)
    .output(z.object({ id: z.string().uuid() }))
    .mutation(({ ctx, input }) => createApprovalRule(ctx.db, ctx.actor, input)),

  setActive: sellerProcedure
    .input(ZSetApprovalRuleActiveInput)
    .output(z.object({ id: z.string().uuid(), active: z.boolean() }))
    .mutation(({ ctx, input }) => setApprovalRuleActive(ctx.db, ctx.actor, input)),
});
