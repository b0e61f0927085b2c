import 'server-only';
import { appRouter } from '@facet/api/root';
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { cache } from 'react';
import { createApiContext } from '@/server/api-context';
import { readRequestId } from '@/server/observability/route-observer';
import { makeQueryClient } from './query-client';

export const getQueryClient = cache(makeQueryClient);

/** For server components: prefetch with `trpc.x.queryOptions()`, then wrap children in HydrateClient. */
export const trpc = createTRPCOptionsProxy({
  ctx: async () => createApiContext({ requestId: readRequestId(await headers()) }),
  router: appRouter,
  queryClient: getQueryClient,
});

export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
