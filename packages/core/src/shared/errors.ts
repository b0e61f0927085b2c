import { type DomainMessage, renderDomainMessage } from '../i18n/domain-messages';

/**
 * What each kind of refusal is, for every transport: one HTTP status, the tRPC code with that
 * status, the problem type (`https://facet.example/problems/<problem>`) and its title. tRPC, the
 * partner API and the session routes all read this table; none keeps its own.
 */
export const DOMAIN_ERRORS = {
  NOT_FOUND: { status: 404, trpcCode: 'NOT_FOUND', problem: 'not-found', title: 'Not found' },
  FORBIDDEN: { status: 403, trpcCode: 'FORBIDDEN', problem: 'forbidden', title: 'Forbidden' },
  UNAUTHENTICATED: {
    status: 401,
    trpcCode: 'UNAUTHORIZED',
    problem: 'unauthenticated',
    title: 'Not authenticated',
  },
  CONFLICT: { status: 409, trpcCode: 'CONFLICT', problem: 'conflict', title: 'Conflict' },
  INVALID_INPUT: { status: 400, trpcCode: 'BAD_REQUEST', problem: 'invalid-input', title: 'Input not valid' },
  INVALID_TRANSITION: {
    status: 409,
    trpcCode: 'CONFLICT',
    problem: 'invalid-transition',
    title: 'Not possible in this status',
  },
  UNPROCESSABLE: {
    status: 422,
    trpcCode: 'UNPROCESSABLE_CONTENT',
    problem: 'unprocessable',
    title: 'Unprocessable',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    trpcCode: 'PAYLOAD_TOO_LARGE',
    problem: 'payload-too-large',
    title: 'Payload too large',
  },
  RATE_LIMITED: {
    status: 429,
    trpcCode: 'TOO_MANY_REQUESTS',
    problem: 'rate-limited',
    title: 'Too many requests',
  },
  UNAVAILABLE: {
    status: 503,
    trpcCode: 'SERVICE_UNAVAILABLE',
    problem: 'service-unavailable',
    title: 'Service unavailable',
  },
} as const satisfies Record<string, { status: number; trpcCode: string; problem: string; title: string }>;

export type DomainErrorCode = keyof typeof DOMAIN_ERRORS;

/**
 * The more specific fact behind a refusal, when a caller may act on it (the partner API answers
 * some with their own problem type). Each belongs to one code.
 */
export const DOMAIN_ERROR_REASONS = {
  /** The model's file is still being analysed. */
  'model-not-ready': 'CONFLICT',
  /** The partner already has an order with this external reference. */
  'external-ref-taken': 'CONFLICT',
  /** The Idempotency-Key was first used for another request. */
  'idempotency-key-reused': 'UNPROCESSABLE',
  /** The first request with this Idempotency-Key is still running. */
  'idempotency-key-in-use': 'CONFLICT',
  /** The webhook endpoint was disabled. */
  'webhook-endpoint-disabled': 'CONFLICT',
  /** A sandbox operation was called with a live key. */
  'live-key-in-sandbox': 'FORBIDDEN',
  /** The piece cannot be cast in this alloy. */
  'not-castable': 'UNPROCESSABLE',
  /** The piece can be cast only with a risk the buyer has not accepted. */
  'castability-risk-not-accepted': 'UNPROCESSABLE',
  /** No API key was sent. */
  'api-key-missing': 'UNAUTHENTICATED',
  /** What was sent is not an API key. */
  'api-key-malformed': 'UNAUTHENTICATED',
  /** No such API key. */
  'api-key-unknown': 'UNAUTHENTICATED',
  /** The API key was revoked. */
  'api-key-revoked': 'UNAUTHENTICATED',
} as const satisfies Record<string, DomainErrorCode>;

export type DomainErrorReason = keyof typeof DOMAIN_ERROR_REASONS;

/** The one error the domain throws; transports map its code to a tRPC error or a problem+json. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  /** The message as a catalogue entry, for transports that answer in the caller's language. */
  readonly localized?: DomainMessage;

  constructor(
    readonly code: DomainErrorCode,
    /** English text, or a catalogue message (whose English text becomes `message`). */
    message: string | DomainMessage,
    /** Machine-readable details, e.g. the field that is wrong or who won a claim. */
    readonly details?: Record<string, unknown>,
    /** The more specific fact, when a caller may act on it. */
    readonly reason?: DomainErrorReason,
  ) {
    super(typeof message === 'string' ? message : renderDomainMessage(message, 'en'));
    if (typeof message !== 'string') this.localized = message;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof Error && error.name === 'DomainError' && 'code' in error;
}
