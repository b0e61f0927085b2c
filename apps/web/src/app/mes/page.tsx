import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { ConsoleHeader } from '@/components/mes/console-header';
import { PoolBoard } from '@/components/mes/pool-board';
import { poolInput } from '@/components/mes/pool-input';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Console' };

export default async function MesPoolPage({ searchParams }: { searchParams: Promise<{ alloy?: string }> }) {
  const user = await requireSurface('mes', '/mes');
  const { alloy } = await searchParams;
  const alloyCode = alloy?.trim() || null;
  const queryClient = getQueryClient();
  void queryClient.prefetchInfiniteQuery(
    trpc.mes.pool.infiniteQueryOptions(poolInput(alloyCode), { getNextPageParam: (page) => page.nextCursor }),
  );
  void queryClient.prefetchQuery(trpc.mes.counts.queryOptions());
  void queryClient.prefetchQuery(trpc.mes.myWork.queryOptions());
  void queryClient.prefetchQuery(trpc.catalog.alloys.queryOptions());
  return (
    <AppShell user={user} theme="dark" wide>
      <HydrateClient>
        <h1 className="sr-only">Production console</h1>
        <ConsoleHeader active="pool" />
        <PoolBoard alloyCode={alloyCode} />
      </HydrateClient>
    </AppShell>
  );
}
