import { type DomainErrorCode, isDomainError } from '@facet/core/shared/errors';
import { z } from 'zod';
import { isPayloadTooLarge } from '../http/bounded-body';
import { ApiProblem, isApiProblem, isProblemSlug, MAX_FIELD_ERRORS, type ProblemSlug } from './problem';

const SLUG_BY_CODE: Record<DomainErrorCode, ProblemSlug> = {
  NOT_FOUND: 'not-found',
  FORBIDDEN: 'forbidden',
  UNAUTHENTICATED: 'invalid-api-key',
  CONFLICT: 'conflict',
  INVALID_INPUT: 'invalid-input',
  INVALID_TRANSITION: 'invalid-transition',
  UNPROCESSABLE: 'unprocessable',
  RATE_LIMITED: 'rate-limited',
  UNAVAILABLE: 'service-unavailable',
};

/** Zod issues as `{ field, message }`, the field as a dotted path (`items.0.alloyCode`). */
export function fieldErrors(error: z.ZodError, prefix?: string) {
  return error.issues.slice(0, MAX_FIELD_ERRORS).map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: issue.message,
  }));
}

/**
 * The one mapping from what can go wrong to a problem: the wrapper's own refusals pass through; a
 * DomainError becomes the problem its code (or its more specific `details.problem`) names; a stray
 * ZodError is bad input; anything else is an internal error (the caller logs it with the request id).
 */
export function toApiProblem(error: unknown, requestId: string): ApiProblem {
  if (isApiProblem(error)) return error;
  if (isDomainError(error)) {
    const named = error.details?.problem;
    if (error.code === 'INVALID_INPUT' && typeof error.details?.limitBytes === 'number') {
      return new ApiProblem('payload-too-large', error.message, {
        members: { limitBytes: error.details.limitBytes },
      });
    }
    const field = typeof error.details?.field === 'string' ? error.details.field : undefined;
    return new ApiProblem(isProblemSlug(named) ? named : SLUG_BY_CODE[error.code], error.message, {
      ...(field && error.code !== 'NOT_FOUND' ? { errors: [{ field, message: error.message }] } : {}),
    });
  }
  if (isPayloadTooLarge(error)) {
    return new ApiProblem('payload-too-large', error.message, { members: { limitBytes: error.limitBytes } });
  }
  if (error instanceof z.ZodError) {
    return new ApiProblem('validation-failed', 'The request does not match the documented schema.', {
      errors: fieldErrors(error),
    });
  }
  if (isConnectionFailure(error)) {
    return new ApiProblem(
      'service-unavailable',
      'A service we depend on is not reachable. Retry in a few seconds.',
      {
        headers: { 'retry-after': '5' },
      },
    );
  }
  return new ApiProblem(
    'internal-error',
    `Something went wrong on our side. Quote request id ${requestId} if it persists.`,
  );
}

function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    ['ECONNREFUSED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED'].includes(code)
  );
}
