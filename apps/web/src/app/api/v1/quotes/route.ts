import { quoteModel } from '@facet/core/partners/quote-model';
import { createQuoteOperation } from '@/server/partner-api/contract/quotes';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withPartnerApi(
  async ({ db, caller, body }) => ({ status: 200, body: await quoteModel(db, caller.actor, body) }),
  createQuoteOperation,
);
