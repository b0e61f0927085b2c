import { domainMessage } from '@facet/core/i18n/domain-messages';
import { z } from 'zod';
import { readBoundedBody } from '../http/bounded-body';
import { fieldErrors } from './map-error';
import { localizedProblem } from './problem';

/** Far above any order or quote a partner sends (an order has at most a few dozen items). */
export const MAX_JSON_BODY_BYTES = 256 * 1024;

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The body as JSON (Content-Type must say JSON), untouched: what the idempotency hash is taken of. */
export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!JSON_TYPE.test(type)) {
    throw localizedProblem('unsupported-media-type', domainMessage('api.body-not-json-type', { got: type }));
  }
  const text = new TextDecoder().decode(await readBoundedBody(request, MAX_JSON_BODY_BYTES));
  if (text.trim() === '') throw localizedProblem('malformed-json', domainMessage('api.body-empty'));
  try {
    return JSON.parse(text);
  } catch (error) {
    throw localizedProblem(
      'malformed-json',
      domainMessage('api.body-not-json', { reason: (error as Error).message }),
    );
  }
}

/** Zod's own messages in Russian; a schema's words of its own win over them, said from the catalogue. */
const ZOD_RUSSIAN = z.locales.ru();

export function parseWith<T extends z.ZodType>(
  schema: T,
  value: unknown,
  where: 'body' | 'query' | 'path',
): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const prefix = where === 'body' ? undefined : where;
  // Parsed again only when refused, for the caller who asks in Russian (Accept-Language).
  const inRussian = schema.safeParse(value, { error: ZOD_RUSSIAN.localeError });
  throw localizedProblem('validation-failed', domainMessage('api.request-not-schema', { part: where }), {
    errors: fieldErrors(parsed.error, prefix),
    ...(inRussian.success ? {} : { errorsRu: fieldErrors(inRussian.error, prefix, 'ru') }),
  });
}

function isArraySchema(schema: z.ZodType | undefined): boolean {
  let current: z.ZodType | undefined = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodNullable
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current instanceof z.ZodArray;
}

/** Query parameters as an object: array parameters take repeated keys and comma-separated lists. */
export function queryObject(url: URL, schema: z.ZodObject): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    query[key] = isArraySchema(schema.shape[key] as z.ZodType | undefined)
      ? url.searchParams
          .getAll(key)
          .flatMap((value) => value.split(','))
          .map((value) => value.trim())
          .filter(Boolean)
      : url.searchParams.get(key);
  }
  return query;
}
