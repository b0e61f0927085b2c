import { MAX_WEBHOOK_ENDPOINTS } from '@facet/core/partners/create-webhook-endpoint';
import {
  ZWebhookDelivery,
  ZWebhookEndpoint,
  ZWebhookEndpointWithSecret,
} from '@facet/core/partners/webhook-endpoint-dto';
import {
  ZCreateWebhookEndpointInput,
  ZUpdateWebhookEndpointInput,
} from '@facet/core/partners/webhook-endpoint-input';
import { INSTANT_RANGE_MESSAGE, isStorableInstant } from '@facet/core/shared/instant';
import { z } from 'zod';
import { defineOperation } from '../operation';
import { ZIdParams } from './common';

const TAG = 'Webhooks';
const BODY_PROBLEMS = ['malformed-json', 'unsupported-media-type', 'validation-failed'] as const;

export const ZWebhookEndpointList = z
  .object({ items: z.array(ZWebhookEndpoint).max(MAX_WEBHOOK_ENDPOINTS) })
  .meta({ id: 'WebhookEndpointList' });
export const ZWebhookDeliveryList = z
  .object({ items: z.array(ZWebhookDelivery).max(100) })
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
  description:
    'Requires an `Idempotency-Key`, so a retried request does not add a second endpoint. Webhooks only go to public addresses: a URL whose host is, or resolves to, a loopback, private, link-local (cloud metadata), carrier-grade NAT, unique-local, multicast or unspecified address — in any spelling, IPv4-mapped IPv6 included — is refused with 422 `unprocessable` naming the rule. The address is checked again when each delivery connects, and redirects are not followed. A receiver inside your own network needs the workshop to allow its network.',
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
    'unprocessable',
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
  description: 'A new URL is checked as when the endpoint was added (422 `unprocessable` naming the rule).',
  scope: 'webhooks:manage',
  params: ZIdParams,
  body: ZUpdateWebhookEndpointInput,
  bodyExample: { enabled: true },
  responses: { 200: { description: 'The endpoint as it is now.', schema: ZWebhookEndpoint } },
  problems: [...BODY_PROBLEMS, 'not-found', 'unprocessable'],
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
      .max(64)
      .refine((value) => isStorableInstant(new Date(value)), INSTANT_RANGE_MESSAGE)
      .optional()
      .meta({ description: 'The `createdAt` of the last delivery you saw.' }),
    limit: z.coerce.number().int().min(1).max(100).default(25),
  }),
  responses: { 200: { description: 'Newest first.', schema: ZWebhookDeliveryList } },
  problems: ['not-found', 'validation-failed'],
});
