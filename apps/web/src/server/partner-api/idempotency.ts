import { createHash } from 'node:crypto';
import { ZIdempotencyKey } from '@facet/core/partners/run-idempotent-request';
import { fieldErrors } from './map-error';
import { ApiProblem } from './problem';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export function readIdempotencyKey(request: Request): string {
  const raw = request.headers.get(IDEMPOTENCY_HEADER);
  if (raw === null) {
    throw new ApiProblem(
      'idempotency-key-missing',
      'This operation needs an "Idempotency-Key" header: a unique value per order you place (a UUID is ideal). Send the same key when you retry.',
      { errors: [{ field: IDEMPOTENCY_HEADER, message: 'Required.' }] },
    );
  }
  const parsed = ZIdempotencyKey.safeParse(raw);
  if (!parsed.success) {
    const [english] = fieldErrors(parsed.error, IDEMPOTENCY_HEADER);
    const [russian] = fieldErrors(parsed.error, IDEMPOTENCY_HEADER, 'ru');
    throw new ApiProblem('validation-failed', english?.message ?? 'Invalid Idempotency-Key.', {
      errors: [{ field: IDEMPOTENCY_HEADER, message: english?.message ?? 'Invalid.' }],
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
