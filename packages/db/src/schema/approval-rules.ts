import { boolean, index, integer, pgEnum, text, uuid } from 'drizzle-orm/pg-core';
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
