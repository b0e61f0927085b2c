import { cancelPartnerOrder } from '@facet/core/partners/cancel-partner-order';
import { cancelOrderOperation } from '@/server/partner-api/contract/orders';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withPartnerApi(
  async ({ db, caller, params, body, locale }) => ({
    status: 200,
    body: await cancelPartnerOrder(db, caller.actor, params.id, body, { locale }),
  }),
  cancelOrderOperation,
);

const refused = methodNotAllowed('/api/v1/orders/[id]/cancel', ['POST']);

export { refused as GET, refused as PUT, refused as PATCH, refused as DELETE };
