import { createWebhookEndpoint } from '@facet/core/partners/create-webhook-endpoint';
import { listWebhookEndpoints } from '@facet/core/partners/list-webhook-endpoints';
import { env } from '@/env';
import {
  createWebhookEndpointOperation,
  listWebhookEndpointsOperation,
} from '@/server/partner-api/contract/webhook-endpoints';
import { methodNotAllowed } from '@/server/partner-api/method-not-allowed';
import { withPartnerApi } from '@/server/partner-api/with-partner-api';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = withPartnerApi(
  async ({ db, caller }) => ({
    status: 200,
    body: { items: await listWebhookEndpoints(db, caller.actor, caller.partnerId) },
  }),
  listWebhookEndpointsOperation,
);

export const POST = withPartnerApi(
  async ({ db, caller, body }) => ({
    status: 201,
    body: await createWebhookEndpoint(db, caller.actor, caller.partnerId, body, {
      allowList: env().WEBHOOK_ALLOWED_NETWORKS,
    }),
  }),
  createWebhookEndpointOperation,
);

const refused = methodNotAllowed('/api/v1/webhook-endpoints', ['GET', 'POST']);

export { refused as PUT, refused as PATCH, refused as DELETE };
