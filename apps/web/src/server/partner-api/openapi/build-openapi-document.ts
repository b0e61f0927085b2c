import { RATE_LIMIT_TIERS } from '@facet/core/partners/rate-limit-tiers';
import { ZIdempotencyKey } from '@facet/core/partners/run-idempotent-request';
import { SIGNATURE_HEADER } from '@facet/core/partners/sign-webhook';
import { ZWebhookEvent } from '@facet/core/partners/webhook-event';
import { z } from 'zod';
import {
  createDocument,
  type ZodOpenApiOperationObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';
import { PARTNER_OPERATIONS } from '../contract/operations';
import type { PartnerOperation } from '../operation';
import { PROBLEM_BASE_URI, PROBLEMS, type ProblemSlug, ZProblem } from '../problem';

/** Problems any operation with a key may answer with. */
const KEYED_PROBLEMS: ProblemSlug[] = [
  'missing-api-key',
  'invalid-api-key',
  'revoked-api-key',
  'insufficient-scope',
  'rate-limited',
  'internal-error',
  'service-unavailable',
];

const RATE_LIMIT_HEADERS = {
  RateLimit: { $ref: '#/components/headers/RateLimit' },
  'RateLimit-Policy': { $ref: '#/components/headers/RateLimitPolicy' },
  'X-RateLimit-Limit': { $ref: '#/components/headers/XRateLimitLimit' },
  'X-RateLimit-Remaining': { $ref: '#/components/headers/XRateLimitRemaining' },
  'X-RateLimit-Reset': { $ref: '#/components/headers/XRateLimitReset' },
};

const tiers = Object.entries(RATE_LIMIT_TIERS)
  .filter(([name]) => name !== 'load-test')
  .map(([name, tier]) => `\`${name}\` ${tier.requests} requests per ${tier.windowS} s`)
  .join(', ');

const DESCRIPTION = `The Facet partner API: upload models, get their analysis and quotes, place and follow orders, and receive a signed webhook on every change of your orders.

**Authentication.** Send your key as \`Authorization: Bearer fct_live_…\`. Keys are issued by the workshop, shown once, and can be revoked at any time.

**Errors** are \`application/problem+json\` (RFC 9457) with a stable \`type\` URI (\`${PROBLEM_BASE_URI}<slug>\`), a \`title\`, the \`status\`, a readable \`detail\`, the \`requestId\`, and for bad input an \`errors\` list naming each wrong field.

**Rate limits** are per key: ${tiers}. Every answer carries \`RateLimit-Policy\` and \`RateLimit\` (and \`X-RateLimit-*\`); past the budget you get 429 with \`Retry-After\`.

**Idempotency.** \`POST /orders\`, \`POST /orders/{id}/cancel\` and \`POST /webhook-endpoints\` need an \`Idempotency-Key\` header (a UUID per operation). A retry with the same key and body returns the first response byte for byte (with \`Idempotent-Replayed: true\`); the same key with another body is refused (422); while the first is still running you get 409 — retry shortly. Keys are kept 24 hours, per partner.

**Webhooks** (see the Webhooks section): every change of your orders is POSTed to your endpoints, signed with HMAC-SHA256 in \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex>\` over \`<t>.<raw body>\`, retried with exponential back-off for more than a day.`;

function problemResponses(operation: PartnerOperation): ZodOpenApiResponsesObject {
  const slugs = [...operation.problems, ...(operation.scope ? KEYED_PROBLEMS : ['internal-error' as const])];
  const byStatus = new Map<number, ProblemSlug[]>();
  for (const slug of new Set(slugs)) {
    const status = PROBLEMS[slug].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), slug]);
  }
  const responses: ZodOpenApiResponsesObject = {};
  for (const [status, group] of [...byStatus].sort(([a], [b]) => a - b)) {
    responses[`${status}` as `4${string}`] = {
      description: group.map((slug) => `\`${slug}\`: ${PROBLEMS[slug].help}`).join(' '),
      content: { 'application/problem+json': { schema: ZProblem } },
      ...(status === 429 || status === 503
        ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } }
        : {}),
    };
  }
  return responses;
}

function toOperationObject(operation: PartnerOperation): ZodOpenApiOperationObject {
  const successes: ZodOpenApiResponsesObject = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    successes[status as `2${string}`] = {
      description: response.description,
      headers: {
        ...(operation.scope ? RATE_LIMIT_HEADERS : {}),
        ...Object.fromEntries(
          Object.entries(response.headers ?? {}).map(([name, description]) => [
            name,
            { description, schema: { type: 'string' } },
          ]),
        ),
        ...(operation.idempotency
          ? { 'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' } }
          : {}),
      },
      ...(response.schema ? { content: { 'application/json': { schema: response.schema } } } : {}),
    };
  }
  return {
    operationId: operation.operationId,
    summary: operation.summary,
    ...(operation.description ? { description: operation.description } : {}),
    tags: [operation.tag],
    security: operation.scope ? [{ apiKey: [] }] : [],
    ...(operation.scope ? { 'x-required-scope': operation.scope } : {}),
    requestParams: {
      ...(operation.params ? { path: operation.params } : {}),
      ...(operation.query ? { query: operation.query } : {}),
      ...(operation.idempotency
        ? {
            header: z.object({
              'Idempotency-Key': ZIdempotencyKey.meta({
                description:
                  'A unique key per operation you perform (a UUID); send the same key when retrying it.',
                example: '6f1c2a9e-3b7d-4f0a-9d65-2f3e8c1b7a40',
              }),
            }),
          }
        : {}),
    },
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: operation.body,
                ...(operation.bodyExample !== undefined ? { example: operation.bodyExample } : {}),
              },
            },
          },
        }
      : {}),
    ...(operation.upload
      ? {
          requestBody: {
            required: true,
            description: `The model file, at most ${operation.upload.maxBytes} bytes.`,
            content: {
              'application/octet-stream': {
                schema: { type: 'string', contentMediaType: 'application/octet-stream' },
              },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: { file: { type: 'string', contentMediaType: 'application/octet-stream' } },
                  required: ['file'],
                },
              },
            },
          },
        }
      : {}),
    responses: { ...successes, ...problemResponses(operation) },
  };
}

const stringHeader = (description: string, example: string) => ({
  description,
  schema: { type: 'string' as const },
  example,
});

/** The OpenAPI 3.1 document of the partner API, generated from the operations the handlers use. */
export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of PARTNER_OPERATIONS) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: toOperationObject(operation) };
  }
  return createDocument({
    openapi: '3.1.0',
    info: { title: 'Facet partner API', version: '1.0.0', description: DESCRIPTION },
    servers: [{ url: '/api/v1', description: 'This server' }],
    tags: [
      { name: 'Materials and quotes' },
      { name: 'Models' },
      { name: 'Orders' },
      { name: 'Webhooks' },
      { name: 'System' },
    ],
    paths,
    webhooks: {
      orderEvent: {
        post: {
          operationId: 'receiveWebhookEvent',
          summary: 'An event about one of your orders (or a ping), sent to each of your endpoints',
          description: `Verify before trusting it: take the raw body as received, split \`${SIGNATURE_HEADER}\` into \`t\` and \`v1\`, compute HMAC-SHA256 of \`<t>.<raw body>\` with your endpoint's secret, compare with \`v1\` in constant time, and refuse a \`t\` more than 5 minutes from your clock. Answer 2xx within 10 s; anything else (or no answer) is retried with exponential back-off and jitter from 30 s up to every 4 h, 18 attempts over more than a day. Deduplicate on \`id\` (replays keep it); order by \`data.order.version\`. After 20 failures in a row and 48 h without success the endpoint is disabled, with the reason in \`disabledReason\`.`,
          requestParams: {
            header: z.object({
              [SIGNATURE_HEADER]: z.string().meta({
                example: 't=1767225600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
              }),
              'Facet-Event-Id': z.string(),
              'Facet-Event-Type': z.string(),
              'Facet-Delivery-Id': z.string(),
              'Facet-Attempt': z.string(),
            }),
          },
          requestBody: { required: true, content: { 'application/json': { schema: ZWebhookEvent } } },
          responses: { 200: { description: 'Any 2xx acknowledges the event.' } },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description: 'A partner API key: `fct_live_` and 32 letters and digits.',
        },
      },
      headers: {
        RateLimit: stringHeader(
          'What is left of the budget: r = requests remaining, t = seconds until it refills.',
          '"standard";r=117;t=42',
        ),
        RateLimitPolicy: stringHeader(
          'The budget: q = requests per window of w seconds.',
          '"standard";q=120;w=60',
        ),
        XRateLimitLimit: stringHeader('Requests per window.', '120'),
        XRateLimitRemaining: stringHeader('Requests left in this window.', '117'),
        XRateLimitReset: stringHeader('Seconds until the window refills.', '42'),
        RetryAfter: stringHeader('Seconds to wait before retrying.', '42'),
        IdempotentReplayed: stringHeader(
          '`true` when this is the stored response of an earlier request with the same key.',
          'true',
        ),
      },
    },
  });
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
