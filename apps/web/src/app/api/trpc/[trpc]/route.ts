import { TRPC_MAX_BATCH_SIZE } from '@facet/api/limits';
import { appRouter } from '@facet/api/root';
import { domainMessage } from '@facet/core/i18n/domain-messages';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { env } from '@/env';
import { createApiContext } from '@/server/api-context';
import { readBoundedBody, withBody } from '@/server/http/bounded-body';
import { observeRoute } from '@/server/observability/observe-route';
import { problemFromError, sayProblem } from '@/server/problem';

const handler = observeRoute('/api/trpc/[trpc]', async (request, _context, scope) => {
  // The procedures called (several when batched): names, never ids, so fine for the log line.
  const procedures = decodeURIComponent(new URL(request.url).pathname.slice('/api/trpc/'.length));
  scope.annotate({ procedure: procedures });
  const calls = procedures.split(',').length;
  if (calls > TRPC_MAX_BATCH_SIZE) {
    return sayProblem(
      413,
      'batch too large',
      domainMessage('request.batch-too-large', { limit: TRPC_MAX_BATCH_SIZE, calls }),
      { limitCalls: TRPC_MAX_BATCH_SIZE },
    );
  }
  let bounded = request;
  if (request.method === 'POST') {
    try {
      bounded = withBody(request, await readBoundedBody(request, env().TRPC_MAX_BODY_BYTES));
    } catch (error) {
      return problemFromError(error, scope);
    }
  }
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: bounded,
    router: appRouter,
    createContext: () => createApiContext(scope),
    onError: ({ error }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') scope.fail(error.cause ?? error);
    },
  });
});

export { handler as GET, handler as POST };
