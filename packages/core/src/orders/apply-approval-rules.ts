import type { DbOrTx } from '@facet/db/client';
import { preparedQuery } from '@facet/db/prepared';
import { activeApprovalRules } from '@facet/db/schema/approval-rules';
import { orders } from '@facet/db/schema/orders';
import { and, asc, eq, gte, or, sql } from 'drizzle-orm';
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

type ApprovalRule = typeof activeApprovalRules.$inferSelect;

/**
 * Approves a just-priced order for production when an active rule covers it: a rule for its partner,
 * or a price limit its total stays within. The order's timeline names the rule. Given the order as
 * the caller just wrote it in this transaction, it is not read again; given the rule the caller has
 * already looked up for it (`findApprovalRule`), neither is that.
 */
export async function applyApprovalRules(
  db: DbOrTx,
  orderOrId: string | typeof orders.$inferSelect,
  ruleFound?: ApprovalRule | null,
): Promise<ApplyApprovalRulesResult> {
  const order =
    typeof orderOrId === 'string'
      ? await db.query.orders.findFirst({ where: eq(orders.id, orderOrId) })
      : orderOrId;
  if (order?.status !== 'PRICE_CALCULATED') {
    return { outcome: 'skipped', reason: `the order is ${order?.status ?? 'gone'}` };
  }
  const rule = ruleFound === undefined ? await findApprovalRule(db, order) : ruleFound;
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

/**
 * The rule that approves an order of this partner at this total, if one does: the rules in force as
 * the CRM publishes them, each with its partner's name; the oldest one wins. It depends on nothing
 * the price's own writes change, so the pricing sends it beside them.
 */
export async function findApprovalRule(
  db: DbOrTx,
  order: Pick<typeof orders.$inferSelect, 'partnerId' | 'totalCents'>,
): Promise<ApprovalRule | null> {
  if (!order.partnerId && order.totalCents === null) return null;
  // A null partner or total matches no rule of its kind (`= null` is never true).
  const [rule] = await findFirstRule.run(db, { partnerId: order.partnerId, totalCents: order.totalCents });
  return rule ?? null;
}

/** Every priced order looks its rule up: built once (see preparedQuery). */
const findFirstRule = preparedQuery('find_approval_rule', (db) =>
  db
    .select()
    .from(activeApprovalRules)
    .where(
      or(
        and(
          eq(activeApprovalRules.kind, 'partner'),
          eq(activeApprovalRules.partnerId, sql.placeholder('partnerId')),
        ),
        and(
          eq(activeApprovalRules.kind, 'below_price'),
          gte(activeApprovalRules.maxTotalCents, sql.placeholder('totalCents')),
        ),
      ),
    )
    .orderBy(asc(activeApprovalRules.createdAt))
    .limit(1),
);

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
