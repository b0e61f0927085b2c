import { domainMessage } from '../i18n/domain-messages';
import { DomainError } from '../shared/errors';

/** The request header that names the API version a partner writes against, and the response header that states it. */
export const API_VERSION_HEADER = 'Facet-Version';

/**
 * Every version of the partner API, oldest first, with what changed in it. A key is pinned to the
 * newest one when it is made; a request may ask for another with `Facet-Version`. A new version is a
 * new entry here, and the code that shapes requests, responses and webhooks asks `apiVersion` where
 * they differ.
 */
export const API_VERSIONS = [
  {
    version: '2026-12-01',
    changes: [
      'The first dated version: every response and webhook states its version (`Facet-Version` header, `apiVersion` in webhook payloads).',
      '`GET /requests`: your own request log of the last 30 days.',
    ],
  },
] as const satisfies ReadonlyArray<{ version: string; changes: readonly string[] }>;

export type ApiVersion = (typeof API_VERSIONS)[number]['version'];

export const KNOWN_API_VERSIONS: readonly string[] = API_VERSIONS.map((entry) => entry.version);
export const CURRENT_API_VERSION: ApiVersion = API_VERSIONS[API_VERSIONS.length - 1]!.version;

const VERSION_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export function isKnownApiVersion(value: string): value is ApiVersion {
  return KNOWN_API_VERSIONS.includes(value);
}

/**
 * The version a request is answered in: the one it asks for in `Facet-Version`, else the key's pinned
 * one (else the current one, for requests without a key). An unknown or malformed version is refused
 * naming the known ones.
 */
export function resolveApiVersion(requested: string | null, pinned: string | null): ApiVersion {
  const asked = requested?.trim();
  if (asked) {
    if (isKnownApiVersion(asked)) return asked;
    const known = KNOWN_API_VERSIONS.join(', ');
    throw new DomainError(
      'INVALID_INPUT',
      VERSION_PATTERN.test(asked)
        ? domainMessage('api.version-unknown', { header: API_VERSION_HEADER, asked, known })
        : domainMessage('api.version-malformed', {
            header: API_VERSION_HEADER,
            current: CURRENT_API_VERSION,
            known,
          }),
      { field: API_VERSION_HEADER, knownVersions: [...KNOWN_API_VERSIONS] },
    );
  }
  return pinned && isKnownApiVersion(pinned) ? pinned : CURRENT_API_VERSION;
}
