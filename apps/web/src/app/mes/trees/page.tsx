import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { ConsoleHeader } from '@/components/mes/console-header';
import { TreesBoard } from '@/components/mes/trees-board';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('mes_trees') };
}

export default async function MesTreesPage() {
  const user = await requireSurface('mes', '/mes/trees');
  const titles = await getTranslations('titles');
  const queryClient = getQueryClient();
  // Awaited, so the server renders what the browser will hydrate (a half-streamed query would not).
  await Promise.all([
    queryClient.prefetchQuery(trpc.mes.countByStatus.queryOptions()),
    queryClient.prefetchQuery(trpc.mes.listMyWork.queryOptions()),
    queryClient.prefetchQuery(trpc.mes.listTrees.queryOptions()),
    queryClient.prefetchQuery(trpc.shop.catalog.listAlloys.queryOptions()),
  ]);
  return (
    <AppShell user={user} theme="dark" wide>
      <HydrateClient>
        <ConsoleHeader active="trees" showEarnings={user.role === 'operator'} />
        <h1 className="mb-5 text-2xl font-semibold">{titles('mes_trees')}</h1>
        <TreesBoard canBuild={user.role === 'operator'} />
      </HydrateClient>
    </AppShell>
  );
}
