import 'server-only';
import type { Locale } from '@facet/core/i18n/locale';
import { API_VERSION_HEADER } from '@facet/core/partners/api-versions';
import type { PartnerCaller } from '@facet/core/partners/authenticate-api-key';
import { runIdempotentRequest, type StoredResponse } from '@facet/core/partners/run-idempotent-request';
import { processMetricsRegistry } from '@facet/telemetry/metrics';
import { observeRoute } from '../observability/observe-route';
import { CLIENT_CLOSED_REQUEST, closedByClient, type RequestScope } from '../observability/route-observer';
import { webMetrics } from '../observability/web-metrics';
import { apiVersionOf } from './api-version';
import { authenticateRequest, requireScope } from './authenticate';
import { hashRequestContent, IDEMPOTENCY_HEADER, readIdempotencyKey } from './idempotency';
import { toApiProblem } from './map-error';
import type { PartnerContext, PartnerHandler, PartnerOperation, PartnerResult } from './operation';
import { parseWith, queryObject, readJsonBody } from './parse';
import { getPartnerDb } from './partner-db';
import { problemBody, problemLocale, problemResponse } from './problem';
import { limitRequest } from './rate-limit';
import { logApiRequest } from './request-log';

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * The partner API's one wrapper: authenticate the key → check its scope → count it against its rate
 * limit → parse path, query and body with the operation's schemas → run the handler (at most once per
 * Idempotency-Key where the operation requires one) → answer with the documented schema; anything
 * thrown on the way becomes one problem+json carrying the request id. Observed like every API route
 * (log line with the partner, latency), counted per partner, and kept in the partner's request log.
 * Every answer states its API version (`Facet-Version`): the one asked for, else the key's pinned one.
 */
export function withPartnerApi<Op extends PartnerOperation>(handler: PartnerHandler<Op>, operation: Op) {
  const route = `/api/v1${operation.path.replaceAll(/\{(\w+)\}/g, '[$1]')}`;
  const template = `/api/v1${operation.path}`;
  return observeRoute<RouteContext>(route, async (request, routeContext, scope) => {
    const startedAt = performance.now();
    scope.annotate({ operation: operation.operationId });
    const known: { caller?: PartnerCaller; apiVersion?: string } = {};
    const response = await answer(request, routeContext, scope, known);
    webMetrics(processMetricsRegistry()).partnerRequests.inc({
      partner: known.caller?.partnerId ?? 'none',
      status: String(response.status),
    });
    logApiRequest(request, response, {
      route: template,
      requestId: scope.requestId,
      caller: known.caller ?? null,
      apiVersion: known.apiVersion ?? null,
      durationMs: performance.now() - startedAt,
    });
    return response;
  });

  /** The response to the request; `known.caller` is set as soon as the key is recognised. */
  async function answer(
    request: Request,
    route: RouteContext,
    scope: RequestScope,
    known: { caller?: PartnerCaller; apiVersion?: string },
  ): Promise<Response> {
    const { requestId } = scope;
    const headers: Record<string, string> = {};
    try {
      const db = getPartnerDb();
      let caller: PartnerCaller | null = null;
      let apiVersion = apiVersionOf(request, null);
      headers[API_VERSION_HEADER.toLowerCase()] = apiVersion;
      known.apiVersion = apiVersion;
      if (operation.scope) {
        caller = await authenticateRequest(request, db);
        known.caller = caller;
        scope.annotate({ partnerId: caller.partnerId, apiKeyId: caller.apiKeyId });
        apiVersion = apiVersionOf(request, caller.apiVersion);
        headers[API_VERSION_HEADER.toLowerCase()] = apiVersion;
        known.apiVersion = apiVersion;
        requireScope(caller, operation.scope);
        Object.assign(headers, await limitRequest(caller, operation.limit?.cost));
      }
      const url = new URL(request.url);
      const rawBody = operation.body ? await readJsonBody(request) : undefined;
      const context = {
        request,
        requestId,
        apiVersion,
        locale: problemLocale(request),
        db,
        caller,
        params: operation.params ? parseWith(operation.params, await route.params, 'path') : undefined,
        query: operation.query
          ? parseWith(operation.query, queryObject(url, operation.query), 'query')
          : undefined,
        body: operation.body ? parseWith(operation.body, rawBody, 'body') : undefined,
      } as PartnerContext<Op>;

      if (operation.idempotency === 'required' && caller) {
        const key = readIdempotencyKey(request);
        const outcome = await runIdempotentRequest(
          db,
          {
            partnerId: caller.partnerId,
            key,
            mode: caller.mode,
            method: request.method,
            path: url.pathname,
            requestHash: hashRequestContent(rawBody ?? null),
          },
          async (tx) => serialize(operation, await handler({ ...context, db: tx })),
          { responseForError: (error) => storedProblem(error, requestId, context.locale) },
        );
        return respond(outcome, {
          ...headers,
          [IDEMPOTENCY_HEADER.toLowerCase()]: key,
          ...(outcome.replayed ? { 'idempotent-replayed': 'true' } : {}),
        });
      }
      const result = await handler(context);
      return respond(serialize(operation, result), { ...headers, ...result.headers });
    } catch (error) {
      if (closedByClient(request, error))
        return new Response(null, { status: CLIENT_CLOSED_REQUEST, headers });
      const problem = toApiProblem(error, requestId);
      if (problem.slug === 'internal-error') scope.fail(error);
      return problemResponse(problem, requestId, headers, problemLocale(request));
    }
  }
}

/** The handler's result checked against the documented response schema, as the exact bytes to send. */
function serialize(operation: PartnerOperation, result: PartnerResult): StoredResponse {
  const documented = operation.responses[result.status];
  if (!documented)
    throw new Error(`${operation.operationId} answered ${result.status}, which is not documented`);
  if (!documented.schema) return { status: result.status, body: '' };
  const checked = documented.schema.safeParse(result.body);
  if (!checked.success) {
    // Our bug, not the caller's: answered as an internal error and never stored for replay.
    throw new Error(`${operation.operationId} built a response its schema refuses: ${checked.error.message}`);
  }
  return { status: result.status, body: JSON.stringify(checked.data) };
}

/**
 * A refusal is stored with its key and replayed like a success, in the language of the request that
 * made it (a replay is the same answer); our own failures are not stored (retry them).
 */
function storedProblem(error: unknown, requestId: string, locale: Locale): StoredResponse | null {
  const problem = toApiProblem(error, requestId);
  const body = problemBody(problem, requestId, locale);
  if (body.status >= 500 || body.status === 429) return null;
  return { status: body.status, body: JSON.stringify(body) };
}

function respond(response: StoredResponse, headers: Record<string, string>): Response {
  if (response.body === '') return new Response(null, { status: response.status, headers });
  const type = response.status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(response.body, {
    status: response.status,
    headers: { ...headers, 'content-type': type },
  });
}
