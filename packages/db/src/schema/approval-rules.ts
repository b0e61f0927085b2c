import { boolean, index, integer, pgEnum, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns';
import { crmSchema } from './contexts';
import { users } from './identity';
import { partners } from './partners';

export const approvalRuleKindEnum = pgEnum('approval_rule_kind', ['partner', 'below_price']);

/** Rules that approve priced orders for production without a seller. */
export const approvalRules = crmSchema.table(
  'approval_rules',
  {
    id: id(),
    kind: approvalRuleKindEnum().notNull(),
    /** For `partner` rules: every priced order of this partner. */
    partnerId: uuid().references(() => partners.id),
    /** For `below_price` rules: orders whose total is at most this. */
    maxTotalCents: integer(),
    currency: text().notNull().default('EUR'),
    active: boolean().notNull().default(true),
    createdById: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('approval_rules_active_idx').on(t.active, t.kind)],
);

/**
 * Published for pricing (migration 0024): the rules in force as the orders apply them to a just-priced
 * order — kind, partner and the partner's name (the timeline names it), price limit, when it was made.
 * Only active rules; the rules' index still finds them.
 */
export const activeApprovalRules = crmSchema
  .view('active_approval_rules', {
    id: uuid().notNull(),
    kind: approvalRuleKindEnum().notNull(),
    partnerId: uuid(),
    partnerName: text(),
    maxTotalCents: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  })
  .existing();
