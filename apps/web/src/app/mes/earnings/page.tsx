import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { ConsoleHeader } from '@/components/mes/console-header';
import { MyEarningsView } from '@/components/mes/my-earnings-view';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('mes_earnings') };
}

export default async function MesEarningsPage() {
  const user = await requireSurface('mes', '/mes/earnings');
  const titles = await getTranslations('titles');
  // An admin reads everyone's figures on the admin page; this one is an operator's own.
  if (user.role !== 'operator') redirect('/admin/earnings');
  const queryClient = getQueryClient();
  // The header's counts render on the server as they will hydrate: awaited, never half-streamed.
  await Promise.all([
    queryClient.prefetchQuery(trpc.mes.countByStatus.queryOptions()),
    queryClient.prefetchQuery(trpc.mes.listMyWork.queryOptions()),
  ]);
  return (
    <AppShell user={user} theme="dark" wide>
      <HydrateClient>
        <ConsoleHeader active="earnings" />
        <h1 className="mb-5 text-2xl font-semibold">{titles('mes_earnings')}</h1>
        <MyEarningsView />
      </HydrateClient>
    </AppShell>
  );
}
