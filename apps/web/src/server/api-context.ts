import 'server-only';
import { randomUUID } from 'node:crypto';
import type { ApiContext } from '@facet/api/context';
import { getSessionUser } from './auth';
import { getDb } from './db';

export async function createApiContext(headers: Headers): Promise<ApiContext> {
  return {
    db: getDb(),
    user: await getSessionUser(),
    requestId: headers.get('x-request-id') ?? randomUUID(),
  };
}
