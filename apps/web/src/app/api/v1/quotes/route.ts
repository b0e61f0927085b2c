import { quoteModel } from '@facet/core/partners/quote-model';
import { createQuoteOperation } from '@/server/partner-api/contract/quotes';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withPartnerApi(
  async ({ db, caller, body, locale }) => ({
    status: 200,
    body: await quoteModel(db, caller.actor, body, { locale }),
  }),
  createQuoteOperation,
);

const refused = methodNotAllowed('/api/v1/quotes', ['POST']);

export { refused as GET, refused as PUT, refused as PATCH, refused as DELETE };
