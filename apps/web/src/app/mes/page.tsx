import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { ConsoleHeader } from '@/components/mes/console-header';
import { PoolBoard } from '@/components/mes/pool-board';
import { poolInput } from '@/components/mes/pool-input';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('console') };
}

export default async function MesPoolPage({ searchParams }: { searchParams: Promise<{ alloy?: string }> }) {
  const user = await requireSurface('mes', '/mes');
  const { alloy } = await searchParams;
  const alloyCode = alloy?.trim() || null;
  const queryClient = getQueryClient();
  await queryClient.prefetchInfiniteQuery(
    trpc.mes.listPool.infiniteQueryOptions(poolInput(alloyCode), {
      getNextPageParam: (page) => page.nextCursor,
    }),
  );
  // The header's counts render on the server as they will hydrate: awaited, never half-streamed.
  await Promise.all([
    queryClient.prefetchQuery(trpc.mes.countByStatus.queryOptions()),
    queryClient.prefetchQuery(trpc.mes.listMyWork.queryOptions()),
  ]);
  await queryClient.prefetchQuery(trpc.shop.catalog.listAlloys.queryOptions());
  const t = await getTranslations('console');
  return (
    <AppShell user={user} theme="dark" wide>
      <HydrateClient>
        <h1 className="sr-only">{t('title')}</h1>
        <ConsoleHeader active="pool" showEarnings={user.role === 'operator'} />
        <PoolBoard alloyCode={alloyCode} />
      </HydrateClient>
    </AppShell>
  );
}
