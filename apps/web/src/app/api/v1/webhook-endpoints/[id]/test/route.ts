import { sendTestWebhook } from '@facet/core/partners/send-test-webhook';
import { testWebhookEndpointOperation } from '@/server/partner-api/contract/webhook-endpoints';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = withPartnerApi(
  async ({ db, caller, params }) => ({
    status: 202,
    body: await sendTestWebhook(db, caller.actor, params.id),
  }),
  testWebhookEndpointOperation,
);
