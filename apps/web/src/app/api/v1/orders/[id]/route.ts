import { getPartnerOrder } from '@facet/core/partners/get-partner-order';
import { getOrderOperation } from '@/server/partner-api/contract/orders';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withPartnerApi(
  async ({ db, caller, params, locale }) => ({
    status: 200,
    body: await getPartnerOrder(db, caller.actor, params.id, { locale }),
  }),
  getOrderOperation,
);

const refused = methodNotAllowed('/api/v1/orders/[id]', ['GET']);

export { refused as POST, refused as PUT, refused as PATCH, refused as DELETE };
