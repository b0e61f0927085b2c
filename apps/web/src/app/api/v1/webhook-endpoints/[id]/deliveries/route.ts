import { listWebhookDeliveries } from '@facet/core/partners/list-webhook-deliveries';
import { listWebhookDeliveriesOperation } from '@/server/partner-api/contract/webhook-endpoints';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withPartnerApi(
  async ({ db, caller, params, query }) => ({
    status: 200,
    body: { items: await listWebhookDeliveries(db, caller.actor, params.id, query) },
  }),
  listWebhookDeliveriesOperation,
);

const refused = methodNotAllowed('/api/v1/webhook-endpoints/[id]/deliveries', ['GET']);

export { refused as POST, refused as PUT, refused as PATCH, refused as DELETE };
