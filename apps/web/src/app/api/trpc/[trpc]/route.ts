import { appRouter } from '@facet/api/root';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { createApiContext } from '@/server/api-context';

function handler(request: Request) {
  return fetchRequestHandler({
    endpoint: '/api/trpc',
    req: request,
    router: appRouter,
    createContext: () => createApiContext(request.headers),
  });
}

export { handler as GET, handler as POST };
