import { createHash } from 'node:crypto';
import { domainMessage } from '@facet/core/i18n/domain-messages';
import { fieldMessage } from '@facet/core/i18n/field-messages';
import { ZIdempotencyKey } from '@facet/core/partners/run-idempotent-request';
import { fieldErrors } from './map-error';
import { fieldErrorOf, localizedProblem } from './problem';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export function readIdempotencyKey(request: Request): string {
  const raw = request.headers.get(IDEMPOTENCY_HEADER);
  if (raw === null) {
    throw localizedProblem(
      'idempotency-key-missing',
      domainMessage('api.idempotency-key-missing'),
      fieldErrorOf(IDEMPOTENCY_HEADER, 'api.required'),
    );
  }
  const parsed = ZIdempotencyKey.safeParse(raw);
  if (!parsed.success) {
    const [english] = fieldErrors(parsed.error, IDEMPOTENCY_HEADER);
    const [russian] = fieldErrors(parsed.error, IDEMPOTENCY_HEADER, 'ru');
    const message = english?.message ?? fieldMessage('api.idempotency-key-invalid');
    // The detail is the field's own words: English, and said in Russian from field-messages.ts.
    throw localizedProblem('validation-failed', domainMessage('api.field-refused', { message }), {
      errors: [{ field: IDEMPOTENCY_HEADER, message }],
      ...(russian ? { errorsRu: [{ field: IDEMPOTENCY_HEADER, message: russian.message }] } : {}),
    });
  }
  return parsed.data;
}

/** JSON with object keys sorted, so the same content hashes the same however a client orders its keys. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function hashRequestContent(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}
