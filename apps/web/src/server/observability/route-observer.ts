import { randomUUID } from 'node:crypto';
import { currentTraceId } from '@facet/core/shared/trace-context';
import type { Logger } from '@facet/telemetry/logger';
import type { Registry } from '@facet/telemetry/metrics';
import { requestLocale } from '@/i18n/resolve-locale';
import { internalErrorProblem } from '../partner-api/map-error';
import { problemResponse } from '../partner-api/problem';
import { webMetrics } from './web-metrics';

/** What a route handler learns of its request's observation. */
export interface RequestScope {
  /** The caller's `x-request-id` when sane, else a new one; echoed in the response. */
  readonly requestId: string;
  /** The request's logger: each line carries the requestId. */
  readonly logger: Logger;
  /** Adds fields to the request's closing line (userId, partnerId, procedure…). */
  annotate(fields: Record<string, unknown>): void;
  /** Keeps an unexpected error for the closing line, which is then written at error level. */
  fail(error: unknown): void;
}

export type ObservedHandler<C> = (request: Request, context: C, scope: RequestScope) => Promise<Response>;

export interface RouteOptions {
  /** Health checks and scrapes: their closing line is written at debug level (still measured). */
  quiet?: boolean;
}

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** nginx's "client closed request": the caller left before its answer, which nobody receives. */
export const CLIENT_CLOSED_REQUEST = 499;

/**
 * Whether `error` is the caller leaving mid-request (its connection closed while its body was read, or
 * its request aborted), not a failure of ours: counted and logged as 499, never as a 500.
 */
export function closedByClient(request: Request, error: unknown): boolean {
  const { code, message, name } = (error ?? {}) as { code?: unknown; message?: unknown; name?: unknown };
  return (
    (code === 'ECONNRESET' && message === 'aborted') || (name === 'AbortError' && request.signal.aborted)
  );
}

/** A caller's `x-request-id` if it is short and plain (it goes into logs and headers), else a new UUID. */
export function readRequestId(headers: Headers): string {
  const given = headers.get('x-request-id')?.trim();
  return given && SANE_REQUEST_ID.test(given) ? given : randomUUID();
}

/**
 * Makes `observeRoute`, the one wrapper every API route handler goes through: it gives the request
 * its id (echoed as `x-request-id`), times it into `facet_http_request_duration_seconds{route,method,
 * status}`, and writes one closing line with method, route pattern, status, duration and what the
 * handler added (userId, partnerId). A handler that throws is logged with the requestId and answered
 * with a 500 problem that carries it.
 */
export function createRouteObserver(deps: {
  logger: () => Logger;
  registry: () => Registry;
  /** Throws again what the framework throws on purpose (redirects, not-found); Next's unstable_rethrow. */
  rethrow?: (error: unknown) => void;
  /** The answer for a route this process does not serve (its role), or null to serve it. */
  refuse?: (route: string, requestId: string, request: Request) => Response | null;
}) {
  return function observeRoute<C = unknown>(
    route: string,
    handler: ObservedHandler<C>,
    options: RouteOptions = {},
  ): (request: Request, context: C) => Promise<Response> {
    return async (request, context) => {
      const requestId = readRequestId(request.headers);
      const refused = deps.refuse?.(route, requestId, request);
      if (refused) return refused;
      const started = performance.now();
      const logger = deps.logger().child({ requestId });
      const fields: Record<string, unknown> = {};
      let failure: unknown;
      const scope: RequestScope = {
        requestId,
        logger,
        annotate: (more) => Object.assign(fields, more),
        fail: (error) => {
          failure = error;
        },
      };

      let response: Response;
      try {
        response = await handler(request, context, scope);
      } catch (error) {
        deps.rethrow?.(error);
        if (closedByClient(request, error)) {
          response = new Response(null, { status: CLIENT_CLOSED_REQUEST });
        } else {
          failure = error;
          response = internalError(request, requestId);
        }
      }
      response = withHeader(response, 'x-request-id', requestId);

      const seconds = (performance.now() - started) / 1000;
      webMetrics(deps.registry()).httpDuration.observe(
        { route, method: request.method, status: String(response.status) },
        seconds,
      );
      const traceId = currentTraceId();
      const line = {
        method: request.method,
        route,
        status: response.status,
        durationMs: Math.round(seconds * 10_000) / 10,
        ...(traceId ? { traceId } : {}),
        ...fields,
        ...(failure === undefined ? {} : { err: failure }),
      };
      const level =
        failure !== undefined || response.status >= 500 ? 'error' : options.quiet ? 'debug' : 'info';
      logger[level](line, 'request done');
      return response;
    };
  };
}

/**
 * The 500 of a handler that threw: the same problem (type, title, detail) as any unexpected error, in
 * the language the request itself asks for (the session's saved choice is not read while failing).
 */
function internalError(request: Request, requestId: string): Response {
  return problemResponse(internalErrorProblem(requestId), requestId, {}, requestLocale(request));
}

/** Sets a header, copying the response first when its headers are immutable (redirects, fetched ones). */
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set(name, value);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}
