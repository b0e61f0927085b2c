import { IN_PRODUCTION_STATUSES, type InProductionStatus } from '@facet/core/production/production-steps';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { ConsoleHeader } from '@/components/mes/console-header';
import { MyWorkBoard } from '@/components/mes/my-work-board';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('mes_my_work') };
}

export default async function MesMyWorkPage({
  searchParams,
}: {
  searchParams: Promise<{ status?: string }>;
}) {
  const user = await requireSurface('mes', '/mes/my-work');
  const titles = await getTranslations('titles');
  const { status } = await searchParams;
  const filter = (IN_PRODUCTION_STATUSES as readonly string[]).includes(status ?? '')
    ? (status as InProductionStatus)
    : null;
  const queryClient = getQueryClient();
  // The header's counts render on the server as they will hydrate: awaited, never half-streamed.
  await Promise.all([
    queryClient.prefetchQuery(trpc.mes.countByStatus.queryOptions()),
    queryClient.prefetchQuery(trpc.mes.listMyWork.queryOptions()),
  ]);
  await queryClient.prefetchQuery(trpc.shop.catalog.listAlloys.queryOptions());
  return (
    <AppShell user={user} theme="dark" wide>
      <HydrateClient>
        <ConsoleHeader active="my-work" filter={filter} showEarnings={user.role === 'operator'} />
        <h1 className="mb-5 text-2xl font-semibold">{titles('mes_my_work')}</h1>
        <MyWorkBoard filter={filter} />
      </HydrateClient>
    </AppShell>
  );
}
