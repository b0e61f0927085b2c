import { z } from 'zod';
import { defineOperation } from '../operation';

export const ZPing = z.object({ status: z.literal('ok') }).meta({ id: 'Ping' });

export const pingOperation = defineOperation({
  operationId: 'ping',
  method: 'get',
  path: '/ping',
  tag: 'System',
  summary: 'Check that the API answers',
  description: 'Needs no key and touches no database: for uptime checks.',
  scope: null,
  responses: { 200: { description: 'The API is up.', schema: ZPing } },
  problems: [],
});
