import { deleteWebhookEndpoint } from '@facet/core/partners/delete-webhook-endpoint';
import { getWebhookEndpoint } from '@facet/core/partners/get-webhook-endpoint';
import { updateWebhookEndpoint } from '@facet/core/partners/update-webhook-endpoint';
import { env } from '@/env';
import {
  deleteWebhookEndpointOperation,
  getWebhookEndpointOperation,
  updateWebhookEndpointOperation,
} from '@/server/partner-api/contract/webhook-endpoints';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withPartnerApi(
  async ({ db, caller, params }) => ({
    status: 200,
    body: await getWebhookEndpoint(db, caller.actor, params.id),
  }),
  getWebhookEndpointOperation,
);

export const PATCH = withPartnerApi(
  async ({ db, caller, params, body }) => ({
    status: 200,
    body: await updateWebhookEndpoint(db, caller.actor, params.id, body, {
      allowList: env().WEBHOOK_ALLOWED_NETWORKS,
    }),
  }),
  updateWebhookEndpointOperation,
);

export const DELETE = withPartnerApi(async ({ db, caller, params }) => {
  await deleteWebhookEndpoint(db, caller.actor, params.id);
  return { status: 204 };
}, deleteWebhookEndpointOperation);

const refused = methodNotAllowed('/api/v1/webhook-endpoints/[id]', ['GET', 'PATCH', 'DELETE']);

export { refused as POST, refused as PUT };
