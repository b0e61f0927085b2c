import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { ConsoleHeader } from '@/components/mes/console-header';
import { TreeView } from '@/components/mes/tree-view';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('mes_trees_treeId') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function MesTreePage({ params }: { params: Promise<{ treeId: string }> }) {
  const { treeId } = await params;
  const user = await requireSurface('mes', `/mes/trees/${treeId}`);
  if (!UUID.test(treeId)) notFound();
  const queryClient = getQueryClient();
  // Awaited, so the server renders what the browser will hydrate (a half-streamed query would not).
  await Promise.all([
    queryClient.prefetchQuery(trpc.mes.countByStatus.queryOptions()),
    queryClient.prefetchQuery(trpc.mes.listMyWork.queryOptions()),
    queryClient.prefetchQuery(trpc.mes.getTree.queryOptions({ treeId })),
    queryClient.prefetchQuery(trpc.shop.catalog.listAlloys.queryOptions()),
  ]);
  return (
    <AppShell user={user} theme="dark" wide>
      <HydrateClient>
        <ConsoleHeader active="trees" showEarnings={user.role === 'operator'} />
        <TreeView treeId={treeId} />
      </HydrateClient>
    </AppShell>
  );
}
