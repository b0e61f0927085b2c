import { listWebhookDeliveries } from '@facet/core/partners/list-webhook-deliveries';
import { listWebhookDeliveriesOperation } from '@/server/partner-api/contract/webhook-endpoints';
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
