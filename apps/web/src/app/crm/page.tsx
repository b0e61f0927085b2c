import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { AppShell } from '@/components/app-shell';
import { dashboardInputFromParams } from '@/components/crm/dashboard-filters';
import { DashboardView } from '@/components/crm/dashboard-view';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm') };
}

export default async function CrmDashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireSurface('crm', '/crm');
  const tp = await getTranslations('pages');
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    if (typeof value === 'string') params.set(key, value);
  }
  const input = dashboardInputFromParams(params);
  const queryClient = getQueryClient();
  // A period that ends before it starts is explained by the field; nothing is asked for it.
  if (!(input.from && input.to && input.from > input.to)) {
    await queryClient.prefetchQuery(trpc.crm.dashboard.get.queryOptions(input));
  }
  await queryClient.prefetchQuery(trpc.crm.orders.listLate.queryOptions({ limit: 1 }));
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title={tp('crm_greeting', { name: user.name.split(' ')[0] ?? '' })}
          description={tp('crm_description')}
        />
        <HydrateClient>
          <Suspense>
            <DashboardView />
          </Suspense>
        </HydrateClient>
      </div>
    </AppShell>
  );
}
