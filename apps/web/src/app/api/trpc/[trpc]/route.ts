import { appRouter } from '@facet/api/root';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createApiContext } from '@/server/api-context';
import { observeRoute } from '@/server/observability/observe-route';

const handler = observeRoute('/api/trpc/[trpc]', (request, _context, scope) => {
  // The procedures called (several when batched): names, never ids, so fine for the log line.
  scope.annotate({ procedure: decodeURIComponent(new URL(request.url).pathname.slice('/api/trpc/'.length)) });
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: () => createApiContext(scope),
    onError: ({ error }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR') scope.fail(error.cause ?? error);
    },
  });
});

export { handler as GET, handler as POST };
