import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { ConsoleHeader } from '@/components/mes/console-header';
import { MyWorkBoard } from '@/components/mes/my-work-board';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'My work' };

export default async function MesMyWorkPage() {
  const user = await requireSurface('mes', '/mes/my-work');
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.mes.myWork.queryOptions());
  void queryClient.prefetchQuery(trpc.mes.counts.queryOptions());
  void queryClient.prefetchQuery(trpc.catalog.alloys.queryOptions());
  return (
    <AppShell user={user} theme="dark" wide>
      <HydrateClient>
        <ConsoleHeader active="my-work" />
        <h1 className="mb-5 text-2xl font-semibold">My work</h1>
        <MyWorkBoard />
      </HydrateClient>
    </AppShell>
  );
}
