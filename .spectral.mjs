// Spectral's OpenAPI rules and the OWASP API Security Top 10 ruleset, both from node_modules (offline),
// for the partner API's document (`pnpm lint:openapi`). Departures, each with its reason:

import { schema } from '@stoplight/spectral-functions';
import owasp from '@stoplight/spectral-owasp-ruleset';
import { oas } from '@stoplight/spectral-rulesets';

export default {
  extends: [oas, owasp],
  rules: {
    // The OWASP rule asks for exactly one family of rate-limit headers (`oneOf`); we send both the
    // IETF `RateLimit` and GitHub's `X-RateLimit-*`, so the same check is made with `anyOf`.
    'owasp:api4:2023-rate-limit': 'off',
    'facet-rate-limit-headers': {
      message: 'All 2XX and 4XX responses should define rate limiting headers.',
      severity: 'error',
      given: '$.paths[*]..responses[?(@property.match(/^(2|4)/))]',
      // biome-ignore lint/suspicious/noThenProperty: Spectral's rule format names its check `then`.
      then: {
        field: 'headers',
        function: schema,
        functionOptions: {
          schema: {
            type: 'object',
            anyOf: [{ required: ['RateLimit'] }, { required: ['X-RateLimit-Limit'] }],
          },
        },
      },
    },
    // The partner API is called by partners' servers, never from a browser: it sends no CORS headers
    // and browsers are refused by the same-origin policy, which is what we want.
    'owasp:api8:2023-define-cors-origin': 'off',
  },
  overrides: [
    {
      // The liveness probe takes no key and is not rate-limited (it reads nothing).
      files: ['**#/paths/~1ping'],
      rules: { 'facet-rate-limit-headers': 'off' },
    },
  ],
};
