import { domainMessage, renderDomainMessage } from '@facet/core/i18n/domain-messages';
import { sayFieldMessage } from '@facet/core/i18n/field-messages';
import type { Locale } from '@facet/core/i18n/locale';
import { sayIssueMessage } from '@facet/core/i18n/validation-messages';
import {
  DOMAIN_ERRORS,
  type DomainError,
  type DomainErrorReason,
  isDomainError,
} from '@facet/core/shared/errors';
import { z } from 'zod';
import { isPayloadTooLarge } from '../http/bounded-body';
import {
  ApiProblem,
  isApiProblem,
  isProblemSlug,
  localizedProblem,
  MAX_FIELD_ERRORS,
  type ProblemSlug,
} from './problem';

/**
 * Reasons the partner API documents as problem types of their own; any other refusal is the problem
 * type of its code (`DOMAIN_ERRORS`). A refused credential here is always an API key.
 */
export const PROBLEM_BY_REASON: Partial<Record<DomainErrorReason, ProblemSlug>> = {
  'model-not-ready': 'model-not-ready',
  'external-ref-taken': 'duplicate-external-ref',
  'idempotency-key-reused': 'idempotency-key-reused',
  'idempotency-key-in-use': 'idempotency-request-in-flight',
  'webhook-endpoint-disabled': 'webhook-endpoint-disabled',
  'live-key-in-sandbox': 'test-key-required',
  'api-key-missing': 'missing-api-key',
  'api-key-malformed': 'invalid-api-key',
  'api-key-unknown': 'invalid-api-key',
  'api-key-revoked': 'revoked-api-key',
};

/** The partner API's problem type for a refusal of the domain. */
export function problemSlugOf(error: Pick<DomainError, 'code' | 'reason'>): ProblemSlug {
  const byReason = error.reason ? PROBLEM_BY_REASON[error.reason] : undefined;
  if (byReason) return byReason;
  const slug = DOMAIN_ERRORS[error.code].problem;
  return isProblemSlug(slug) ? slug : 'invalid-api-key';
}

/**
 * Zod issues as `{ field, message }`, the field as a dotted path (`items.0.alloyCode`), a schema's own
 * words said in `locale` when the catalogue has them.
 */
export function fieldErrors(error: z.ZodError, prefix?: string, locale: Locale = 'en') {
  return error.issues.slice(0, MAX_FIELD_ERRORS).map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)',
    message: sayIssueMessage(issue, locale) ?? sayFieldMessage(issue.message, locale) ?? issue.message,
  }));
}

/**
 * The one mapping from what can go wrong to a problem: the wrapper's own refusals pass through; a
 * DomainError becomes the problem its code (or its more specific reason) names; a stray
 * ZodError is bad input; anything else is an internal error (the caller logs it with the request id).
 */
export function toApiProblem(error: unknown, requestId: string): ApiProblem {
  if (isApiProblem(error)) return error;
  if (isDomainError(error)) {
    const field = typeof error.details?.field === 'string' ? error.details.field : undefined;
    const limitBytes = error.details?.limitBytes;
    return new ApiProblem(problemSlugOf(error), error.message, {
      localized: error.localized,
      ...(typeof limitBytes === 'number' ? { members: { limitBytes } } : {}),
      ...(field && error.code !== 'NOT_FOUND'
        ? {
            errors: [{ field, message: error.message }],
            ...(error.localized
              ? { errorsRu: [{ field, message: renderDomainMessage(error.localized, 'ru') }] }
              : {}),
          }
        : {}),
    });
  }
  if (isPayloadTooLarge(error)) {
    return new ApiProblem('payload-too-large', error.message, {
      members: { limitBytes: error.limitBytes },
      localized: domainMessage('request.body-too-large', { limitBytes: error.limitBytes }),
    });
  }
  if (error instanceof z.ZodError) {
    return localizedProblem('validation-failed', domainMessage('api.request-not-schema', { part: '' }), {
      errors: fieldErrors(error),
      errorsRu: fieldErrors(error, undefined, 'ru'),
    });
  }
  if (isConnectionFailure(error)) {
    return localizedProblem('service-unavailable', domainMessage('server.dependency-unreachable'), {
      headers: { 'retry-after': '5' },
    });
  }
  return internalErrorProblem(requestId);
}

/** The 500 every route answers when something failed on our side: the request id to quote, no cause. */
export function internalErrorProblem(requestId: string): ApiProblem {
  return localizedProblem('internal-error', domainMessage('server.internal-error', { requestId }));
}

function isConnectionFailure(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' &&
    ['ECONNREFUSED', 'CONNECTION_ENDED', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED'].includes(code)
  );
}
