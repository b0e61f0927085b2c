import type { Db } from '@facet/db/client';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { listPartners } from './list-partners';
import type { TPartnerSummary } from './partner-dto';

/** One partner as the CRM's partner page shows it, or NOT_FOUND. */
export async function getPartner(db: Db, actor: Actor, partnerId: string): Promise<TPartnerSummary> {
  const [partner] = await listPartners(db, actor, partnerId);
  if (!partner) throw new DomainError('NOT_FOUND', domainMessage('partner.not-found'));
  return partner;
}
