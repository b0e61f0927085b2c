import { createWebhookEndpoint } from '@facet/core/partners/create-webhook-endpoint';
import { listWebhookEndpoints } from '@facet/core/partners/list-webhook-endpoints';
import {
  createWebhookEndpointOperation,
  listWebhookEndpointsOperation,
} from '@/server/partner-api/contract/webhook-endpoints';
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
    body: await createWebhookEndpoint(db, caller.actor, caller.partnerId, body),
  }),
  createWebhookEndpointOperation,
);
