import {
  API_VERSION_HEADER,
  API_VERSIONS,
  CURRENT_API_VERSION,
  KNOWN_API_VERSIONS,
} from '@facet/core/partners/api-versions';
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
  'unknown-api-version',
  'rate-limited',
  'internal-error',
  'service-unavailable',
];

const VERSION_HEADER = { [API_VERSION_HEADER]: { $ref: '#/components/headers/FacetVersion' } };

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

**Sandbox.** Beside live keys the workshop issues test keys (\`fct_test_…\`). Models, orders and webhook endpoints made with a test key are in test mode (\`"mode": "test"\`); live and test objects never see each other: a live key gets 404 for a test order and never lists one, in the change feed or anywhere else, and the other way round (the request log, too, shows a key its own mode's requests). Test orders are priced from their models like live ones, but never reach the workshop: after pricing they move by themselves, a step every few seconds, through MANUFACTURING_APPROVED, MANUFACTURING_STARTED, MANUFACTURING_COMPLETED and PACKAGING to SHIPPED, each step a real change with its webhook — so you can test your integration end to end. \`POST /test/orders/{id}/advance\` takes the next step at once. Test-mode events go only to test endpoints (made with a test key) and live events only to live ones; every webhook payload states its \`mode\`. Idempotency keys and \`externalRef\`s of test orders are apart from live ones.

**Errors** are \`application/problem+json\` (RFC 9457) with a stable \`type\` URI (\`${PROBLEM_BASE_URI}<slug>\`), a \`title\`, the \`status\`, a readable \`detail\`, the \`requestId\`, and for bad input an \`errors\` list naming each wrong field.

**Rate limits** are per key: ${tiers}. Every answer carries \`RateLimit-Policy\` and \`RateLimit\` (and \`X-RateLimit-*\`); past the budget you get 429 with \`Retry-After\`.

**Idempotency.** \`POST /orders\`, \`POST /orders/{id}/cancel\` and \`POST /webhook-endpoints\` need an \`Idempotency-Key\` header (a UUID per operation). A retry with the same key and body returns the first response byte for byte (with \`Idempotent-Replayed: true\`); the same key with another body is refused (422); while the first is still running you get 409 — retry shortly. Keys are kept 24 hours, per partner.

**Webhooks** (see the Webhooks section): every change of your orders is POSTed to your endpoints, signed with HMAC-SHA256 in \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex>\` over \`<t>.<raw body>\` and, beside it, with the [Standard Webhooks](https://www.standardwebhooks.com) headers \`webhook-id\`, \`webhook-timestamp\` and \`webhook-signature\` (\`v1,<base64>\`), so any Standard Webhooks library verifies them with your \`whsec_\` secret; retried with exponential back-off for more than a day. Webhooks only go to public addresses.

**Versions.** The API is versioned by date. Your key is pinned to the version current when it was made; send \`${API_VERSION_HEADER}: YYYY-MM-DD\` to ask for another. Every answer of an operation with a key states its version in \`${API_VERSION_HEADER}\`, and every webhook in \`apiVersion\` (and the same header). An unknown version is a 400 \`unknown-api-version\` problem listing \`knownVersions\`. Versions: ${API_VERSIONS.map((entry) => `\`${entry.version}\` — ${entry.changes.join(' ')}`).join('; ')}.

**Request log.** \`GET /requests\` lists your own requests of the last 30 days (never a body or a key), filtered by status, route and time.

**Change feed.** \`GET /orders?updated_since=…\` starts it; then follow \`nextCursor\` and keep the last one to poll with. It never skips a change nor shows one twice, even when changes commit out of time order: every order carries its \`changeNumber\`, the number the webhook of the same change carries too.`;

function problemResponses(operation: PartnerOperation): ZodOpenApiResponsesObject {
  const slugs = [
    ...operation.problems,
    ...(operation.scope ? KEYED_PROBLEMS : (['internal-error'] as const)),
  ];
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
      headers: {
        ...(operation.scope ? { ...VERSION_HEADER, ...RATE_LIMIT_HEADERS } : {}),
        ...(status === 429 || status === 503
          ? { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } }
          : {}),
      },
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
        ...(operation.scope ? { ...VERSION_HEADER, ...RATE_LIMIT_HEADERS } : {}),
        ...Object.fromEntries(
          Object.entries(response.headers ?? {}).map(([name, description]) => [
            name,
            { description, schema: { type: 'string', maxLength: 2_000 } },
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
      header: z.object({
        ...(operation.scope
          ? {
              [API_VERSION_HEADER]: z
                .enum(KNOWN_API_VERSIONS as [string, ...string[]])
                .optional()
                .meta({
                  description: "The API version to answer in; without it, your key's pinned version.",
                  example: CURRENT_API_VERSION,
                }),
            }
          : {}),
        ...(operation.idempotency
          ? {
              'Idempotency-Key': ZIdempotencyKey.meta({
                description:
                  'A unique key per operation you perform (a UUID); send the same key when retrying it.',
                example: '6f1c2a9e-3b7d-4f0a-9d65-2f3e8c1b7a40',
              }),
            }
          : {}),
      }),
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
                schema: {
                  type: 'string',
                  contentMediaType: 'application/octet-stream',
                  maxLength: operation.upload.maxBytes,
                },
              },
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  properties: {
                    file: {
                      type: 'string',
                      contentMediaType: 'application/octet-stream',
                      maxLength: operation.upload.maxBytes,
                    },
                  },
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
  schema: { type: 'string' as const, maxLength: 100 },
  example,
});

/** The OpenAPI 3.1 document of the partner API, generated from the operations the handlers use. */
export function buildOpenApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const operation of PARTNER_OPERATIONS) {
    paths[operation.path] = { ...paths[operation.path], [operation.method]: toOperationObject(operation) };
  }
  const document = createDocument({
    openapi: '3.1.0',
    info: { title: 'Facet partner API', version: CURRENT_API_VERSION, description: DESCRIPTION },
    servers: [{ url: '/api/v1', description: 'This server (production or staging)', 'x-internal': false }],
    tags: [
      { name: 'Materials and quotes' },
      { name: 'Models' },
      { name: 'Orders' },
      {
        name: 'Sandbox',
        description:
          'Calls for test keys only (`fct_test_…`): they move sandbox orders on, so an integration can be tested without waiting.',
      },
      { name: 'Webhooks' },
      { name: 'Requests' },
      { name: 'System' },
    ],
    paths,
    webhooks: {
      orderEvent: {
        post: {
          operationId: 'receiveWebhookEvent',
          summary: 'An event about one of your orders (or a ping), sent to each of your endpoints',
          description: `Verify before trusting it: take the raw body as received, split \`${SIGNATURE_HEADER}\` into \`t\` and \`v1\`, compute HMAC-SHA256 of \`<t>.<raw body>\` with your endpoint's secret, compare with \`v1\` in constant time, and refuse a \`t\` more than 5 minutes from your clock. Answer 2xx within 10 s; anything else (or no answer) is retried with exponential back-off and jitter from 30 s up to every 4 h, 18 attempts over more than a day. Or verify the Standard Webhooks headers with any Standard Webhooks library (\`new Webhook(secret).verify(rawBody, headers)\`, npm \`standardwebhooks\`). Deduplicate on \`id\` (replays keep it, and \`webhook-id\` is the same); order by \`data.order.version\`; \`data.order.changeNumber\` is where the change sits in the change feed. After 20 failures in a row and 48 h without success the endpoint is disabled, with the reason in \`disabledReason\`.`,
          requestParams: {
            header: z.object({
              [SIGNATURE_HEADER]: z.string().max(200).meta({
                example: 't=1767225600,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd',
              }),
              'webhook-id': z
                .string()
                .max(100)
                .meta({ description: 'Standard Webhooks: the event id (`id`).' }),
              'webhook-timestamp': z
                .string()
                .max(20)
                .meta({ description: 'Standard Webhooks: Unix seconds of this send.' }),
              'webhook-signature': z.string().max(200).meta({
                description:
                  'Standard Webhooks: `v1,` and the base64 HMAC-SHA256 of `<webhook-id>.<webhook-timestamp>.<raw body>`, keyed with the base64-decoded part of your secret after `whsec_`.',
                example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
              }),
              'Facet-Event-Id': z.string().max(100),
              'Facet-Event-Type': z.string().max(64),
              'Facet-Delivery-Id': z.string().max(36),
              'Facet-Attempt': z.string().max(3),
              [API_VERSION_HEADER]: z
                .string()
                .max(10)
                .meta({ description: 'The API version of the payload (also `apiVersion` in it).' }),
            }),
          },
          // We call you: no key of ours to send; you verify the signature instead.
          security: [],
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
          description:
            'A partner API key: `fct_live_` (or `fct_test_` for a sandbox key) and 32 letters and digits.',
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
        FacetVersion: stringHeader('The API version this answer is written in.', CURRENT_API_VERSION),
        IdempotentReplayed: stringHeader(
          '`true` when this is the stored response of an earlier request with the same key.',
          'true',
        ),
      },
    },
  });
  return withImpliedLimits(document);
}

/**
 * Limits the schemas imply but zod does not write out: a format for every integer (int32 when its
 * bounds fit, else int64), the length of a uuid and of a timestamp, and the item schema of a tuple.
 */
function withImpliedLimits<T>(node: T): T {
  if (Array.isArray(node)) {
    for (const item of node) withImpliedLimits(item);
    return node;
  }
  if (!node || typeof node !== 'object') return node;
  const schema = node as Record<string, unknown>;
  if (schema.type === 'integer' && schema.format === undefined) {
    const fits32 =
      typeof schema.minimum === 'number' &&
      typeof schema.maximum === 'number' &&
      schema.minimum >= -(2 ** 31) &&
      schema.maximum <= 2 ** 31 - 1;
    schema.format = fits32 ? 'int32' : 'int64';
  }
  if (schema.type === 'string' && schema.maxLength === undefined) {
    if (schema.format === 'uuid') schema.maxLength = 36;
    if (schema.format === 'date-time') schema.maxLength = 64;
  }
  if (schema.type === 'array' && Array.isArray(schema.prefixItems) && !schema.items) {
    const [first] = schema.prefixItems as unknown[];
    if (schema.prefixItems.every((item) => JSON.stringify(item) === JSON.stringify(first))) {
      schema.items = first;
      schema.maxItems ??= schema.prefixItems.length;
    }
  }
  for (const value of Object.values(schema)) withImpliedLimits(value);
  return node;
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
