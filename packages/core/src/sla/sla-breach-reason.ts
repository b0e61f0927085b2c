import type { OrderStatus } from '@facet/db/enums';
import { type DomainMessage, domainMessage, renderDomainMessage } from '../i18n/domain-messages';
import { sayLimit } from '../i18n/figures';

/** A status limit as people say it: "2 days", "1 hour", "90 minutes", "36 hours". */
export function formatLimit(seconds: number): string {
  return sayLimit('en', seconds);
}

/** The timeline's message for a breach, said in each reader's language. */
export function slaBreachMessage(status: OrderStatus, limitS: number): DomainMessage {
  return domainMessage('timeline.sla-breached', { status, limitS });
}

/** The timeline's words for a breach: "Stuck in Priced longer than 2 days". */
export function slaBreachReason(status: OrderStatus, limitS: number): string {
  return renderDomainMessage(slaBreachMessage(status, limitS), 'en');
}
