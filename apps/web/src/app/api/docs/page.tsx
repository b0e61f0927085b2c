import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PARTNER_OPERATIONS } from '@/server/partner-api/contract/operations';
import { buildOpenApiDocument } from '@/server/partner-api/openapi/build-openapi-document';
import type { PartnerOperation } from '@/server/partner-api/operation';
import { PROBLEM_BASE_URI, PROBLEMS } from '@/server/partner-api/problem';

export const metadata: Metadata = { title: 'Partner API' };
export const dynamic = 'force-static';

type Json = Record<string, unknown>;
const METHOD_STYLE: Record<string, string> = {
  get: 'bg-sky-100 text-sky-900',
  post: 'bg-emerald-100 text-emerald-900',
  patch: 'bg-amber-100 text-amber-900',
  delete: 'bg-rose-100 text-rose-900',
};

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

/** The little Markdown the document's texts use: **bold** and `code`. */
function Inline({ text }: { text: string }) {
  const parts = text.split(/(\*\*[^*]+\*\*|`[^`]+`)/g);
  return (
    <>
      {parts.map((part, index) => {
        const key = `${index}-${part.slice(0, 12)}`;
        if (part.startsWith('**')) return <strong key={key}>{part.slice(2, -2)}</strong>;
        if (part.startsWith('`'))
          return (
            <code key={key} className="rounded bg-muted px-1 font-mono text-[0.85em]">
              {part.slice(1, -1)}
            </code>
          );
        return <span key={key}>{part}</span>;
      })}
    </>
  );
}

function Code({ children }: { children: string }) {
  return (
    <pre className="overflow-x-auto rounded-md border bg-muted/50 p-3 font-mono text-xs leading-relaxed">
      {children}
    </pre>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="scroll-mt-6 space-y-3 border-t pt-8">
      <h2 className="text-2xl">{title}</h2>
      {children}
    </section>
  );
}

function schemaName(schema: unknown): string {
  const ref = (schema as { $ref?: string } | undefined)?.$ref;
  if (ref) return ref.split('/').at(-1) ?? ref;
  const items = (schema as { items?: unknown } | undefined)?.items;
  if (items) return `${schemaName(items)}[]`;
  return ((schema as { type?: unknown } | undefined)?.type as string | undefined) ?? 'object';
}

function curlFor(operation: PartnerOperation): string {
  const url = `https://facet.example/api/v1${operation.path.replace(/\{(\w+)\}/g, ':$1')}`;
  const lines = [`curl -X ${operation.method.toUpperCase()} '${url}'`];
  if (operation.scope) lines.push(`  -H 'Authorization: Bearer fct_live_…'`);
  if (operation.idempotency) lines.push(`  -H 'Idempotency-Key: 6f1c2a9e-3b7d-4f0a-9d65-2f3e8c1b7a40'`);
  if (operation.body) {
    lines.push(`  -H 'Content-Type: application/json'`);
    lines.push(`  -d '${JSON.stringify(operation.bodyExample ?? {})}'`);
  }
  if (operation.upload) {
    lines[0] = `curl -X POST '${url}?filename=signet-ring.stl'`;
    lines.push(`  -H 'Content-Type: application/octet-stream'`, `  --data-binary @signet-ring.stl`);
  }
  return lines.join(' \\\n');
}

function OperationDoc({ operation, spec }: { operation: PartnerOperation; spec: Json }) {
  const parameters =
    (spec.parameters as Array<{
      name: string;
      in: string;
      required?: boolean;
      description?: string;
      schema?: Json;
    }>) ?? [];
  const responses = Object.entries((spec.responses as Record<string, Json>) ?? {});
  const requestSchema = (
    (spec.requestBody as Json | undefined)?.content as Record<string, { schema?: unknown }> | undefined
  )?.['application/json']?.schema;
  return (
    <article id={operation.operationId} className="scroll-mt-6 space-y-3 rounded-lg border p-4">
      <header className="flex flex-wrap items-center gap-2">
        <span
          className={`rounded px-2 py-0.5 font-mono text-xs font-semibold uppercase ${METHOD_STYLE[operation.method]}`}
        >
          {operation.method}
        </span>
        <code className="font-mono text-sm">/api/v1{operation.path}</code>
        {operation.scope ? (
          <span className="text-xs text-muted-foreground">scope {operation.scope}</span>
        ) : (
          <span className="text-xs text-muted-foreground">no key needed</span>
        )}
        {operation.idempotency ? <span className="text-xs font-medium">Idempotency-Key required</span> : null}
      </header>
      <h3 className="text-lg font-medium">{operation.summary}</h3>
      {operation.description ? (
        <p className="text-sm">
          <Inline text={operation.description} />
        </p>
      ) : null}
      {parameters.length > 0 ? (
        <table className="w-full text-left text-sm">
          <thead className="text-muted-foreground">
            <tr>
              <th className="py-1">parameter</th>
              <th>in</th>
              <th>type</th>
              <th>meaning</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`} className="border-t align-top">
                <td className="py-1 font-mono">
                  {parameter.name}
                  {parameter.required ? ' *' : ''}
                </td>
                <td>{parameter.in}</td>
                <td className="font-mono text-xs">{schemaName(parameter.schema)}</td>
                <td>{parameter.description ? <Inline text={parameter.description} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {requestSchema ? (
        <p className="text-sm">
          Body:{' '}
          <a className="font-mono underline" href={`#schema-${schemaName(requestSchema)}`}>
            {schemaName(requestSchema)}
          </a>
        </p>
      ) : null}
      <Code>{curlFor(operation)}</Code>
      <ul className="space-y-1 text-sm">
        {responses.map(([status, response]) => {
          const content = response.content as Record<string, { schema?: unknown }> | undefined;
          const schema = content ? Object.values(content)[0]?.schema : undefined;
          return (
            <li key={status}>
              <span className="font-mono font-semibold">{status}</span>{' '}
              {schema ? (
                <a className="font-mono underline" href={`#schema-${schemaName(schema)}`}>
                  {schemaName(schema)}
                </a>
              ) : null}{' '}
              <Inline text={String(response.description ?? '')} />
            </li>
          );
        })}
      </ul>
    </article>
  );
}

/** The partner API's docs, rendered from the same OpenAPI document the API serves. */
export default function PartnerApiDocsPage() {
  const document = buildOpenApiDocument();
  const paths = document.paths as Record<string, Record<string, Json>>;
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const [intro, ...topics] = document.info.description?.split('\n\n') ?? [];
  return (
    <main className="mx-auto max-w-4xl space-y-8 px-4 py-10">
      <header className="space-y-2">
        <p className="text-sm text-muted-foreground">
          Facet · version {document.info.version} · OpenAPI {document.openapi}
        </p>
        <h1 className="text-4xl">{document.info.title}</h1>
        <p>
          <Inline text={intro ?? ''} />
        </p>
        <p className="text-sm">
          The machine-readable document:{' '}
          <a className="font-mono underline" href="/api/v1/openapi.json">
            /api/v1/openapi.json
          </a>{' '}
          (generate a client from it, e.g. with openapi-typescript).
        </p>
      </header>
      <nav className="columns-2 text-sm">
        {PARTNER_OPERATIONS.map((operation) => (
          <a
            key={operation.operationId}
            href={`#${operation.operationId}`}
            className="block underline-offset-2 hover:underline"
          >
            <span className="font-mono text-xs uppercase text-muted-foreground">{operation.method}</span>{' '}
            {operation.path}
          </a>
        ))}
        <a href="#webhooks" className="block hover:underline">
          Webhooks
        </a>
        <a href="#problems" className="block hover:underline">
          Problems
        </a>
      </nav>
      <Section id="basics" title="Basics">
        {topics.map((topic) => (
          <p key={topic.slice(0, 24)}>
            <Inline text={topic} />
          </p>
        ))}
      </Section>
      <Section id="operations" title="Operations">
        <div className="space-y-4">
          {PARTNER_OPERATIONS.map((operation) => (
            <OperationDoc
              key={operation.operationId}
              operation={operation}
              spec={paths[operation.path]?.[operation.method] ?? {}}
            />
          ))}
        </div>
      </Section>
      <Section id="webhooks" title="Webhooks">
        <p>
          Add an endpoint with <code>POST /webhook-endpoints</code> and keep its <code>secret</code> (shown
          once). Every change of one of your orders — created, priced, approved, in production, shipped,
          cancelled, rejected — is POSTed to every enabled endpoint as JSON (
          <a className="underline" href="#schema-WebhookEvent">
            WebhookEvent
          </a>
          ), with these headers:
        </p>
        <ul className="list-disc pl-6 text-sm">
          <li>
            <code>Facet-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</code> — HMAC-SHA256 with your secret
            over <code>&lt;t&gt;.&lt;raw body&gt;</code>.
          </li>
          <li>
            <code>Facet-Event-Id</code> (the same for every delivery and replay of an event),{' '}
            <code>Facet-Event-Type</code>, <code>Facet-Delivery-Id</code>, <code>Facet-Attempt</code>.
          </li>
        </ul>
        <p>Verify every request before you trust it (Node.js):</p>
        <Code>{VERIFY_EXAMPLE}</Code>
        <p className="text-sm">An event:</p>
        <Code>{JSON.stringify(ORDER_EVENT_EXAMPLE, null, 2)}</Code>
        <ul className="list-disc space-y-1 pl-6 text-sm">
          <li>Answer with any 2xx within 10 seconds. Anything else, a redirect or no answer is a failure.</li>
          <li>
            Failures are retried with exponential back-off and jitter — 30 s, 1 min, 2 min … then every 4
            hours — 18 attempts spread over more than a day. Every attempt is logged:{' '}
            <code>GET /webhook-endpoints/&#123;id&#125;/deliveries</code>.
          </li>
          <li>
            Events can arrive more than once and out of order: deduplicate on <code>id</code> and apply an
            order’s event only if its <code>data.order.version</code> is higher than the last you applied.
          </li>
          <li>
            An endpoint that failed 20 times in a row with no success for 48 hours is disabled;{' '}
            <code>disabledReason</code> says why. Fix it, re-enable it (<code>PATCH</code> with{' '}
            <code>&#123;"enabled": true&#125;</code>), then catch up with{' '}
            <code>GET /orders?updated_since=…</code>. The workshop can replay any delivery.
          </li>
          <li>
            <code>POST /webhook-endpoints/&#123;id&#125;/test</code> sends a signed <code>ping</code> event.
          </li>
        </ul>
      </Section>
      <Section id="problems" title="Problems">
        <p className="text-sm">
          Every error is <code>application/problem+json</code>; its <code>type</code> is{' '}
          <code>{PROBLEM_BASE_URI}&lt;slug&gt;</code>.
        </p>
        <table className="w-full text-left text-sm">
          <thead className="text-muted-foreground">
            <tr>
              <th className="py-1">slug</th>
              <th>status</th>
              <th>meaning</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(PROBLEMS).map(([slug, problem]) => (
              <tr key={slug} id={`problem-${slug}`} className="border-t align-top">
                <td className="py-1 font-mono">{slug}</td>
                <td>{problem.status}</td>
                <td>
                  {problem.title}. <Inline text={problem.help} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Code>
          {JSON.stringify(
            {
              type: `${PROBLEM_BASE_URI}validation-failed`,
              title: 'Request not valid',
              status: 400,
              detail: 'The request body does not match the documented schema.',
              requestId: '5c0e…',
              errors: [
                { field: 'items.0.alloyCode', message: 'Too small: expected string to have >=1 characters' },
              ],
            },
            null,
            2,
          )}
        </Code>
      </Section>
      <Section id="schemas" title="Schemas">
        {Object.entries(schemas).map(([name, schema]) => (
          <details key={name} id={`schema-${name}`} className="scroll-mt-6 rounded border p-2">
            <summary className="cursor-pointer font-mono text-sm">{name}</summary>
            <Code>{JSON.stringify(schema, null, 2)}</Code>
          </details>
        ))}
      </Section>
    </main>
  );
}
