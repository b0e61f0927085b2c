import { API_REQUEST_RETENTION_DAYS, ZApiRequestPage } from '@facet/core/partners/api-request-log';
import { INSTANT_RANGE_MESSAGE, isStorableInstant } from '@facet/core/shared/instant';
import { z } from 'zod';
import { defineOperation } from '../operation';

const instant = (description: string) =>
  z.iso
    .datetime({ offset: true })
    .max(64)
    .refine((value) => isStorableInstant(new Date(value)), INSTANT_RANGE_MESSAGE)
    .optional()
    .meta({ description });

export const listRequestsOperation = defineOperation({
  operationId: 'listRequests',
  method: 'get',
  path: '/requests',
  tag: 'Requests',
  summary: 'List your own API requests',
  description: `Your requests of the last ${API_REQUEST_RETENTION_DAYS} days with keys of the calling key’s mode (a test key sees the sandbox’s requests, a live key the live ones), newest first: time, method, route template, status, duration, request id, Idempotency-Key, key prefix, mode and version — never a body or a key. Entries are written in batches within about a second of the answer. Follow \`nextCursor\` for older pages.`,
  scope: 'requests:read',
  query: z.object({
    status: z
      .string()
      .regex(/^[1-5](?:xx|\d\d)$/, 'Give a status such as 429 or a class such as 4xx.')
      .max(3)
      .optional()
      .meta({ description: 'An exact status (`429`) or a class (`4xx`).', example: '4xx' }),
    route: z
      .string()
      .max(200)
      .optional()
      .meta({ description: 'A route template, as the entries show it.', example: '/api/v1/orders/{id}' }),
    from: instant('Only requests at or after this time.'),
    to: instant('Only requests at or before this time.'),
    cursor: z.string().max(200).optional().meta({ description: 'The `nextCursor` of the previous page.' }),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  }),
  responses: { 200: { description: 'Newest first.', schema: ZApiRequestPage } },
  problems: ['validation-failed', 'invalid-input'],
});
