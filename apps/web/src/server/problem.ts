import 'server-only';
import { type DomainErrorCode, isDomainError } from '@facet/core/shared/errors';
import { ZodError } from 'zod';
import { isPayloadTooLarge } from './http/bounded-body';
import type { RequestScope } from './observability/route-observer';

const STATUS: Record<DomainErrorCode, number> = {
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  INVALID_TRANSITION: 422,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** An RFC 9457 problem response. */
export function problem(
  status: number,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): Response {
  return Response.json(
    { type: 'about:blank', title, status, detail, ...extra },
    {
      status,
      headers: { 'content-type': 'application/problem+json' },
    },
  );
}

/**
 * Maps what the domain throws to a problem response; anything unexpected is a 500 without details,
 * logged with the request's id (which the body carries, for the user to quote).
 */
export function problemFromError(error: unknown, scope: Pick<RequestScope, 'requestId' | 'fail'>): Response {
  if (isDomainError(error)) {
    return problem(
      STATUS[error.code],
      error.code.toLowerCase().replaceAll('_', ' '),
      error.message,
      error.details ?? {},
    );
  }
  if (isPayloadTooLarge(error)) {
    return problem(413, 'payload too large', error.message, { limitBytes: error.limitBytes });
  }
  if (error instanceof ZodError) {
    return problem(400, 'invalid input', error.issues.map((issue) => issue.message).join(' '));
  }
  scope.fail(error);
  return problem(500, 'internal error', 'Something went wrong on our side. Please try again.', {
    requestId: scope.requestId,
  });
}
