import { type DomainMessage, renderDomainMessage } from '@facet/core/i18n/domain-messages';
import { FIELD_MESSAGES, type FieldMessageKey } from '@facet/core/i18n/field-messages';
import { type Locale, negotiateLocale } from '@facet/core/i18n/locale';
import { DOMAIN_ERRORS } from '@facet/core/shared/errors';
import { z } from 'zod';
import { PROBLEMS_RU } from './problem-ru';

export const PROBLEM_BASE_URI = 'https://facet.example/problems/';

/** Every problem the partner API answers with: a stable slug (the end of its `type` URI), status and title. */
export const PROBLEMS = {
  'missing-api-key': { status: 401, title: 'API key missing', help: 'Send `Authorization: Bearer <key>`.' },
  'invalid-api-key': { status: 401, title: 'API key not valid', help: 'The key is malformed or unknown.' },
  'revoked-api-key': { status: 401, title: 'API key revoked', help: 'Ask the workshop for a new key.' },
  'insufficient-scope': {
    status: 403,
    title: 'Scope missing',
    help: 'The key lacks the scope this operation needs.',
  },
  forbidden: {
    status: DOMAIN_ERRORS.FORBIDDEN.status,
    title: DOMAIN_ERRORS.FORBIDDEN.title,
    help: 'This caller may not do this.',
  },
  'test-key-required': {
    status: 403,
    title: 'Test key required',
    help: 'A sandbox operation: call it with a test key (`fct_test_…`); live orders move as the workshop makes them.',
  },
  'not-found': {
    status: DOMAIN_ERRORS.NOT_FOUND.status,
    title: DOMAIN_ERRORS.NOT_FOUND.title,
    help: 'No such resource among yours (another partner’s ids are not found either).',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    help: 'The path exists but not with this method; `Allow` lists the ones it takes.',
  },
  'malformed-json': { status: 400, title: 'Malformed JSON', help: 'The body is not valid JSON.' },
  'validation-failed': {
    status: 400,
    title: 'Request not valid',
    help: 'See `errors` for each field that is wrong.',
  },
  'invalid-input': {
    status: DOMAIN_ERRORS.INVALID_INPUT.status,
    title: DOMAIN_ERRORS.INVALID_INPUT.title,
    help: 'A value is well-formed but not acceptable, e.g. an unknown alloy.',
  },
  'unknown-api-version': {
    status: 400,
    title: 'Unknown API version',
    help: '`Facet-Version` names no version of this API; `knownVersions` lists them.',
  },
  'idempotency-key-missing': {
    status: 400,
    title: 'Idempotency-Key missing',
    help: 'This operation needs an `Idempotency-Key` header.',
  },
  'idempotency-key-reused': {
    status: 422,
    title: 'Idempotency-Key reused',
    help: 'The key was used for another request; use a new key.',
  },
  'idempotency-request-in-flight': {
    status: 409,
    title: 'Request in flight',
    help: 'The first request with this key is still running; retry shortly.',
  },
  'payload-too-large': {
    status: DOMAIN_ERRORS.PAYLOAD_TOO_LARGE.status,
    title: DOMAIN_ERRORS.PAYLOAD_TOO_LARGE.title,
    help: 'The upload exceeds the size limit.',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    help: 'Send the Content-Type the operation documents.',
  },
  conflict: {
    status: DOMAIN_ERRORS.CONFLICT.status,
    title: DOMAIN_ERRORS.CONFLICT.title,
    help: 'The resource changed meanwhile or the request collides with another.',
  },
  'duplicate-external-ref': {
    status: 409,
    title: 'Duplicate externalRef',
    help: 'You already have an order with this externalRef.',
  },
  'model-not-ready': {
    status: 409,
    title: 'Model not analysed yet',
    help: 'Poll GET /models/{id} until status is ANALYSED.',
  },
  'webhook-endpoint-disabled': {
    status: 409,
    title: 'Webhook endpoint disabled',
    help: 'Re-enable the endpoint first.',
  },
  'invalid-transition': {
    status: DOMAIN_ERRORS.INVALID_TRANSITION.status,
    title: DOMAIN_ERRORS.INVALID_TRANSITION.title,
    help: 'The order’s status does not allow this, e.g. cancelling after production started.',
  },
  unprocessable: {
    status: DOMAIN_ERRORS.UNPROCESSABLE.status,
    title: DOMAIN_ERRORS.UNPROCESSABLE.title,
    help: 'The request is understood but cannot be carried out, e.g. an unreadable model file.',
  },
  'rate-limited': {
    status: DOMAIN_ERRORS.RATE_LIMITED.status,
    title: DOMAIN_ERRORS.RATE_LIMITED.title,
    help: 'Wait `Retry-After` seconds.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    help: 'Our fault; retry later and quote the requestId.',
  },
  'service-unavailable': {
    status: DOMAIN_ERRORS.UNAVAILABLE.status,
    title: DOMAIN_ERRORS.UNAVAILABLE.title,
    help: 'A dependency is down; retry after `Retry-After` seconds.',
  },
} as const satisfies Record<string, { status: number; title: string; help: string }>;

export type ProblemSlug = keyof typeof PROBLEMS;

export function isProblemSlug(value: unknown): value is ProblemSlug {
  return typeof value === 'string' && Object.hasOwn(PROBLEMS, value);
}

/** A problem lists at most this many wrong fields (the first ones found). */
export const MAX_FIELD_ERRORS = 100;

export const ZFieldError = z.object({
  field: z.string().max(200).meta({ example: 'items.0.alloyCode' }),
  message: z.string().max(1000),
});

/** RFC 9457 problem details, with the request id and, for bad input, one entry per wrong field. */
export const ZProblem = z
  .looseObject({
    type: z
      .string()
      .max(200)
      .meta({ example: `${PROBLEM_BASE_URI}validation-failed` }),
    title: z.string().max(200),
    status: z.number().int(),
    detail: z.string().max(4000),
    /** The detail in English, when `detail` is in the language `Accept-Language` asked for. */
    detailEn: z.string().max(4000).optional(),
    requestId: z.string().max(128),
    errors: z.array(ZFieldError).max(MAX_FIELD_ERRORS).optional(),
  })
  .meta({ id: 'Problem' });
export type TProblem = z.infer<typeof ZProblem>;

export interface ProblemExtras {
  errors?: Array<z.infer<typeof ZFieldError>>;
  /** The same fields' errors in Russian (Zod's Russian words, a schema's own words as written). */
  errorsRu?: Array<z.infer<typeof ZFieldError>>;
  headers?: Record<string, string>;
  /** Extra members for the body, e.g. the limit that was passed. */
  members?: Record<string, unknown>;
  /** The detail as a catalogue message, said in the caller's language when it asks for one. */
  localized?: DomainMessage;
}

/** A refusal raised by a step of the wrapper; the error mapping turns it into a response. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';

  constructor(
    readonly slug: ProblemSlug,
    readonly detail: string,
    readonly extras: ProblemExtras = {},
  ) {
    super(detail);
  }
}

/** A problem whose detail is a catalogue message: English as `detail`, said in the caller's language when asked. */
export function localizedProblem(
  slug: ProblemSlug,
  message: DomainMessage,
  extras: Omit<ProblemExtras, 'localized'> = {},
): ApiProblem {
  return new ApiProblem(slug, renderDomainMessage(message, 'en'), { ...extras, localized: message });
}

/** One wrong field whose message is a schema's own words (field-messages.ts), in English and in Russian. */
export function fieldErrorOf(
  field: string,
  key: FieldMessageKey,
): Pick<ProblemExtras, 'errors' | 'errorsRu'> {
  const { en, ru } = FIELD_MESSAGES[key];
  return { errors: [{ field, message: en }], errorsRu: [{ field, message: ru }] };
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof Error && error.name === 'ApiProblem' && 'slug' in error;
}

/** The language of a partner's problems: English unless `Accept-Language` asks for Russian. */
export function problemLocale(request: Request): Locale {
  return negotiateLocale(request.headers.get('accept-language')) ?? 'en';
}

export function problemBody(problem: ApiProblem, requestId: string, locale: Locale = 'en'): TProblem {
  const { status, title } = PROBLEMS[problem.slug];
  const russian = locale === 'ru' ? PROBLEMS_RU[problem.slug] : null;
  const { localized } = problem.extras;
  return {
    ...problem.extras.members,
    type: `${PROBLEM_BASE_URI}${problem.slug}`,
    title: russian?.title ?? title,
    status,
    detail: russian ? (localized ? renderDomainMessage(localized, 'ru') : russian.detail) : problem.detail,
    ...(russian ? { detailEn: problem.detail } : {}),
    requestId,
    ...(problem.extras.errors
      ? { errors: (russian && problem.extras.errorsRu) || problem.extras.errors }
      : {}),
  };
}

export function problemResponse(
  problem: ApiProblem,
  requestId: string,
  headers: Record<string, string> = {},
  locale: Locale = 'en',
): Response {
  return writeProblem(
    problemBody(problem, requestId, locale),
    { ...headers, ...problem.extras.headers },
    locale,
  );
}

/** The one problem+json writer: the partner API's problems and the session routes' alike. */
export function writeProblem(
  body: { type: string; title: string; status: number; detail: string } & Record<string, unknown>,
  headers: Record<string, string> = {},
  locale: Locale = 'en',
): Response {
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { ...headers, 'content-type': 'application/problem+json', 'content-language': locale },
  });
}
