import 'server-only';
import type { ApiContext } from '@facet/api/context';
import { getSessionUser } from './auth';
import { getDb } from './db';
import type { RequestScope } from './observability/route-observer';

/** tRPC's context for a request: the database, the signed-in user (added to the request's log line), the request id. */
export async function createApiContext(
  scope: Pick<RequestScope, 'requestId'> & Partial<Pick<RequestScope, 'annotate'>>,
): Promise<ApiContext> {
  const user = await getSessionUser();
  if (user) scope.annotate?.({ userId: user.id });
  return { db: getDb(), user, requestId: scope.requestId };
}
