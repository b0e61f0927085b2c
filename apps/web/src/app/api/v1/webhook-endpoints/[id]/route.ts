import { deleteWebhookEndpoint } from '@facet/core/partners/delete-webhook-endpoint';
import { getWebhookEndpoint } from '@facet/core/partners/get-webhook-endpoint';
import { updateWebhookEndpoint } from '@facet/core/partners/update-webhook-endpoint';
import {
  deleteWebhookEndpointOperation,
  getWebhookEndpointOperation,
  updateWebhookEndpointOperation,
} from '@/server/partner-api/contract/webhook-endpoints';
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
    body: await updateWebhookEndpoint(db, caller.actor, params.id, body),
  }),
  updateWebhookEndpointOperation,
);

export const DELETE = withPartnerApi(async ({ db, caller, params }) => {
  await deleteWebhookEndpoint(db, caller.actor, params.id);
  return { status: 204 };
}, deleteWebhookEndpointOperation);
