import { cancelPartnerOrder } from '@facet/core/partners/cancel-partner-order';
import { cancelOrderOperation } from '@/server/partner-api/contract/orders';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withPartnerApi(
  async ({ db, caller, params, body }) => ({
    status: 200,
    body: await cancelPartnerOrder(db, caller.actor, params.id, body),
  }),
  cancelOrderOperation,
);
