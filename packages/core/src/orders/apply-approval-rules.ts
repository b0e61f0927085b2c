import type { DbOrTx } from '@facet/db/client';
import { activeApprovalRules } from '@facet/db/schema/approval-rules';
import { orders } from '@facet/db/schema/orders';
import { and, asc, eq, gte, or } from 'drizzle-orm';
import { type DomainMessage, domainMessage } from '../i18n/domain-messages';
import { type Actor, systemActor } from '../shared/actor';
import { installationCurrency } from '../shared/currency';
import { isDomainError } from '../shared/errors';
import type { OrderChangedPayload } from './order-changed';
import { transitionOrder } from './transition-order';

export const APPROVAL_RULE_ACTOR: Actor = systemActor('Approval rule');

export type ApplyApprovalRulesResult =
  | { outcome: 'approved'; ruleId: string; order: typeof orders.$inferSelect; event: OrderChangedPayload }
  | { outcome: 'no-rule' }
  | { outcome: 'skipped'; reason: string };

/**
 * Approves a just-priced order for production when an active rule covers it: a rule for its partner,
 * or a price limit its total stays within. The order's timeline names the rule. Given the order as
 * the caller just wrote it in this transaction, it is not read again.
 */
export async function applyApprovalRules(
  db: DbOrTx,
  orderOrId: string | typeof orders.$inferSelect,
): Promise<ApplyApprovalRulesResult> {
  const order =
    typeof orderOrId === 'string'
      ? await db.query.orders.findFirst({ where: eq(orders.id, orderOrId) })
      : orderOrId;
  if (order?.status !== 'PRICE_CALCULATED') {
    return { outcome: 'skipped', reason: `the order is ${order?.status ?? 'gone'}` };
  }
  const matches = [
    order.partnerId
      ? and(eq(activeApprovalRules.kind, 'partner'), eq(activeApprovalRules.partnerId, order.partnerId))
      : undefined,
    order.totalCents !== null
      ? and(
          eq(activeApprovalRules.kind, 'below_price'),
          gte(activeApprovalRules.maxTotalCents, order.totalCents),
        )
      : undefined,
  ].filter((match) => match !== undefined);
  if (matches.length === 0) return { outcome: 'no-rule' };
  // The rules in force as the CRM publishes them, each with its partner's name; the oldest one wins.
  const [rule] = await db
    .select()
    .from(activeApprovalRules)
    .where(or(...matches))
    .orderBy(asc(activeApprovalRules.createdAt))
    .limit(1);
  if (!rule) return { outcome: 'no-rule' };
  try {
    const approved = await transitionOrder(db, {
      orderId: order.id,
      current: order,
      to: 'MANUFACTURING_APPROVED',
      actor: APPROVAL_RULE_ACTOR,
      expectedStatus: 'PRICE_CALCULATED',
      reason: describeApprovalRule(rule),
      data: { approvalRuleId: rule.id },
    });
    return { outcome: 'approved', ruleId: rule.id, ...approved };
  } catch (error) {
    // A seller acted first (approved, held, cancelled): theirs is the decision that stands.
    if (isDomainError(error) && (error.code === 'CONFLICT' || error.code === 'INVALID_TRANSITION')) {
      return { outcome: 'skipped', reason: error.message };
    }
    throw error;
  }
}

/** How a rule reads in the timeline of an order it approved, in each reader's language. */
export function describeApprovalRule(
  rule: Pick<typeof activeApprovalRules.$inferSelect, 'kind' | 'maxTotalCents' | 'partnerName'>,
): DomainMessage {
  if (rule.kind === 'partner') {
    return rule.partnerName
      ? domainMessage('timeline.approved-by-partner-rule', { partner: rule.partnerName })
      : domainMessage('timeline.approved-by-partner-rule-unnamed');
  }
  return domainMessage('timeline.approved-below-price', {
    cents: rule.maxTotalCents ?? 0,
    currency: installationCurrency(),
  });
}
