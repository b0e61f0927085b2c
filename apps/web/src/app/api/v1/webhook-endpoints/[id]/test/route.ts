import { sendTestWebhook } from '@facet/core/partners/send-test-webhook';
import { testWebhookEndpointOperation } from '@/server/partner-api/contract/webhook-endpoints';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
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

const refused = methodNotAllowed('/api/v1/webhook-endpoints/[id]/test', ['POST']);

export { refused as GET, refused as PUT, refused as PATCH, refused as DELETE };
