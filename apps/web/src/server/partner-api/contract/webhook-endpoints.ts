import {
  ZWebhookDelivery,
  ZWebhookEndpoint,
  ZWebhookEndpointWithSecret,
} from '@facet/core/partners/webhook-endpoint-dto';
import {
  ZCreateWebhookEndpointInput,
  ZUpdateWebhookEndpointInput,
} from '@facet/core/partners/webhook-endpoint-input';
import { z } from 'zod';
import { defineOperation } from '../operation';
import { ZIdParams } from './common';

const TAG = 'Webhooks';
const BODY_PROBLEMS = ['malformed-json', 'unsupported-media-type', 'validation-failed'] as const;

export const ZWebhookEndpointList = z
  .object({ items: z.array(ZWebhookEndpoint) })
  .meta({ id: 'WebhookEndpointList' });
export const ZWebhookDeliveryList = z
  .object({ items: z.array(ZWebhookDelivery) })
  .meta({ id: 'WebhookDeliveryList' });

export const listWebhookEndpointsOperation = defineOperation({
  operationId: 'listWebhookEndpoints',
  method: 'get',
  path: '/webhook-endpoints',
  tag: TAG,
  summary: 'List your webhook endpoints',
  scope: 'webhooks:manage',
  responses: {
    200: { description: 'Your endpoints, with why one was disabled.', schema: ZWebhookEndpointList },
  },
  problems: [],
});

export const createWebhookEndpointOperation = defineOperation({
  operationId: 'createWebhookEndpoint',
  method: 'post',
  path: '/webhook-endpoints',
  tag: TAG,
  summary: 'Add a webhook endpoint (its signing secret is shown once)',
  description: 'Requires an `Idempotency-Key`, so a retried request does not add a second endpoint.',
  scope: 'webhooks:manage',
  idempotency: 'required',
  body: ZCreateWebhookEndpointInput,
  bodyExample: { url: 'https://erp.atelier-lumen.example/facet/webhooks', description: 'ERP production' },
  responses: { 201: { description: 'The endpoint with its secret.', schema: ZWebhookEndpointWithSecret } },
  problems: [
    ...BODY_PROBLEMS,
    'idempotency-key-missing',
    'idempotency-key-reused',
    'idempotency-request-in-flight',
    'conflict',
  ],
});

export const getWebhookEndpointOperation = defineOperation({
  operationId: 'getWebhookEndpoint',
  method: 'get',
  path: '/webhook-endpoints/{id}',
  tag: TAG,
  summary: 'Get a webhook endpoint',
  scope: 'webhooks:manage',
  params: ZIdParams,
  responses: { 200: { description: 'The endpoint.', schema: ZWebhookEndpoint } },
  problems: ['not-found'],
});

export const updateWebhookEndpointOperation = defineOperation({
  operationId: 'updateWebhookEndpoint',
  method: 'patch',
  path: '/webhook-endpoints/{id}',
  tag: TAG,
  summary: 'Change, pause or re-enable a webhook endpoint',
  scope: 'webhooks:manage',
  params: ZIdParams,
  body: ZUpdateWebhookEndpointInput,
  bodyExample: { enabled: true },
  responses: { 200: { description: 'The endpoint as it is now.', schema: ZWebhookEndpoint } },
  problems: [...BODY_PROBLEMS, 'not-found'],
});

export const deleteWebhookEndpointOperation = defineOperation({
  operationId: 'deleteWebhookEndpoint',
  method: 'delete',
  path: '/webhook-endpoints/{id}',
  tag: TAG,
  summary: 'Delete a webhook endpoint and its delivery log',
  scope: 'webhooks:manage',
  params: ZIdParams,
  responses: { 204: { description: 'Deleted.' } },
  problems: ['not-found'],
});

export const testWebhookEndpointOperation = defineOperation({
  operationId: 'testWebhookEndpoint',
  method: 'post',
  path: '/webhook-endpoints/{id}/test',
  tag: TAG,
  summary: 'Send a signed `ping` event to the endpoint',
  description: 'The ping is delivered (and retried) like any event; follow it in the endpoint’s deliveries.',
  scope: 'webhooks:manage',
  params: ZIdParams,
  responses: { 202: { description: 'The ping delivery, queued.', schema: ZWebhookDelivery } },
  problems: ['not-found', 'webhook-endpoint-disabled'],
});

export const listWebhookDeliveriesOperation = defineOperation({
  operationId: 'listWebhookDeliveries',
  method: 'get',
  path: '/webhook-endpoints/{id}/deliveries',
  tag: TAG,
  summary: 'List an endpoint’s deliveries with every attempt',
  scope: 'webhooks:manage',
  params: ZIdParams,
  query: z.object({
    status: z.enum(['pending', 'succeeded', 'failed']).optional(),
    before: z.iso
      .datetime({ offset: true })
      .optional()
      .meta({ description: 'The `createdAt` of the last delivery you saw.' }),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  }),
  responses: { 200: { description: 'Newest first.', schema: ZWebhookDeliveryList } },
  problems: ['not-found', 'validation-failed'],
});
