import { PROBLEM_BASE_URI, PROBLEMS } from '../problem';

/**
 * What the docs page shows beside the operations and schemas, as Markdown for the renderer: how to
 * verify a webhook (the snippet partners copy) and every problem the API answers.
 */
const VERIFY_EXAMPLE = `import { createHmac, timingSafeEqual } from 'node:crypto';

/** rawBody: the request body exactly as received (do not re-serialise parsed JSON). */
export function verifyFacetSignature(secret, signatureHeader, rawBody) {
  const fields = Object.fromEntries(
    signatureHeader.split(',').map((part) => part.trim().split('=')),
  );
  const timestamp = Number(fields.t);
  if (!Number.isInteger(timestamp)) return false;
  if (Math.abs(Date.now() / 1000 - timestamp) > 300) return false; // older than 5 minutes
  const expected = createHmac('sha256', secret).update(\`\${timestamp}.\${rawBody}\`).digest();
  const given = Buffer.from(fields.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}`;

const ORDER_EVENT_EXAMPLE = {
  id: '01970f7e-6c1a-7d45-9c1b-2b4f0a1d9e11:v3',
  type: 'order.status_changed',
  mode: 'live',
  createdAt: '2026-05-04T09:12:44.118Z',
  data: {
    order: {
      id: '01970f7e-6c1a-7d45-9c1b-2b4f0a1d9e11',
      number: 1042,
      externalRef: 'PO-2026-0417',
      status: 'MANUFACTURING_APPROVED',
      previousStatus: 'PRICE_CALCULATED',
      version: 3,
      totalCents: 48650,
      currency: 'EUR',
      statusReason: null,
      changedAt: '2026-05-04T09:12:44.118Z',
    },
  },
};

const PROBLEM_EXAMPLE = {
  type: `${PROBLEM_BASE_URI}validation-failed`,
  title: 'Request not valid',
  status: 400,
  detail: 'The request body does not match the documented schema.',
  requestId: '5c0e…',
  errors: [{ field: 'items.0.alloyCode', message: 'Too small: expected string to have >=1 characters' }],
};

function webhooksGuide(): string {
  return `## Receiving webhooks

Add an endpoint with \`POST /webhook-endpoints\` and keep its \`secret\` (shown once). Every change of one of
your orders — created, priced, approved, in production, shipped, cancelled, rejected — is POSTed to every
enabled endpoint as JSON (a \`WebhookEvent\`), with these headers:

- \`Facet-Signature: t=<unix seconds>,v1=<hex>\` — HMAC-SHA256 with your secret over \`<t>.<raw body>\`.
- \`Facet-Event-Id\` (the same for every delivery and replay of an event), \`Facet-Event-Type\`,
  \`Facet-Delivery-Id\`, \`Facet-Attempt\`.

Verify every request before you trust it (Node.js):

\`\`\`js
${VERIFY_EXAMPLE}
\`\`\`

An event:

\`\`\`json
${JSON.stringify(ORDER_EVENT_EXAMPLE, null, 2)}
\`\`\`

- \`mode\` is \`test\` for an event of the sandbox: those go only to endpoints added with a test key
  (\`fct_test_…\`), and live events only to endpoints added with a live key.
- Answer with any 2xx within 10 seconds. Anything else, a redirect or no answer is a failure.
- Failures are retried with exponential back-off and jitter — 30 s, 1 min, 2 min … then every 4 hours —
  18 attempts spread over more than a day. Every attempt is logged: \`GET /webhook-endpoints/{id}/deliveries\`.
- Events can arrive more than once and out of order: deduplicate on \`id\` and apply an order's event only
  if its \`data.order.version\` is higher than the last you applied.
- An endpoint that failed 20 times in a row with no success for 48 hours is disabled; \`disabledReason\`
  says why. Fix it, re-enable it (\`PATCH\` with \`{"enabled": true}\`), then catch up with
  \`GET /orders?updated_since=…\`. The workshop can replay any delivery.
- \`POST /webhook-endpoints/{id}/test\` sends a signed \`ping\` event.`;
}

function problemsGuide(): string {
  const rows = Object.entries(PROBLEMS).map(
    ([slug, problem]) => `| \`${slug}\` | ${problem.status} | ${problem.title}. ${problem.help} |`,
  );
  return `## Problems

Every error is \`application/problem+json\`; its \`type\` is \`${PROBLEM_BASE_URI}<slug>\`.

| slug | status | meaning |
| --- | --- | --- |
${rows.join('\n')}

\`\`\`json
${JSON.stringify(PROBLEM_EXAMPLE, null, 2)}
\`\`\``;
}

/** The document's own description followed by the webhook and problem guides. */
export function describeForDocsPage(description: string | undefined): string {
  return [description ?? '', webhooksGuide(), problemsGuide()].join('\n\n');
}
