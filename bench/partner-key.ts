import { generateApiKey } from '@facet/auth/api-key';
import { issueApiKey } from '@facet/core/partners/issue-api-key';
import type { RateLimitTierName } from '@facet/core/partners/rate-limit-tiers';
import type { Db } from '@facet/db/client';
import { makePartner } from '@facet/testing/factories';

/** A new partner on `tier` with a live API key, issued by the stack's seeded seller as the CRM would. */
export async function addPartnerWithKey(db: Db, name: string, tier: RateLimitTierName): Promise<string> {
  const sellerRow = await db.query.users.findFirst({
    where: (users, { eq }) => eq(users.email, 'seller@facet.local'),
  });
  if (!sellerRow) throw new Error('the bench stack has no seeded seller');
  const { partner } = await makePartner(db, name, { rateLimitTier: tier });
  const { key } = await issueApiKey(
    db,
    { kind: 'user', userId: sellerRow.id, role: sellerRow.role, name: sellerRow.name },
    { partnerId: partner.id, name: 'bench' },
    generateApiKey(),
  );
  return key;
}
