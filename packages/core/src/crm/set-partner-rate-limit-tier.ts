import type { Db } from '@facet/db/client';
import { partners } from '@facet/db/schema/partners';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { domainMessage } from '../i18n/domain-messages';
import type { Actor } from '../shared/actor';
import { DomainError } from '../shared/errors';
import { assertSeller } from './assert-seller';
import { ZPartnerTier } from './partner-dto';

export const ZSetPartnerRateLimitTierInput = z.object({
  partnerId: z.string().uuid(),
  rateLimitTier: ZPartnerTier,
});
export type TSetPartnerRateLimitTierInput = z.input<typeof ZSetPartnerRateLimitTierInput>;

/** The partner's request budget; the API reads it on every request, so it applies at once. */
export async function setPartnerRateLimitTier(
  db: Db,
  actor: Actor,
  rawInput: TSetPartnerRateLimitTierInput,
): Promise<{ partnerId: string; rateLimitTier: string }> {
  assertSeller(actor);
  const input = ZSetPartnerRateLimitTierInput.parse(rawInput);
  const [row] = await db
    .update(partners)
    .set({ rateLimitTier: input.rateLimitTier })
    .where(eq(partners.id, input.partnerId))
    .returning({ partnerId: partners.id, rateLimitTier: partners.rateLimitTier });
  if (!row) throw new DomainError('NOT_FOUND', domainMessage('partner.not-found'));
  return row;
}
