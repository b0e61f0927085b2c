import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { DashboardView } from '@/components/crm/dashboard-view';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'CRM dashboard' };

export default async function CrmDashboardPage() {
  const user = await requireSurface('crm', '/crm');
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(
    trpc.crm.dashboard.figures.queryOptions({ days: 30, weeks: 12, timeZone: 'Europe/Paris' }),
  );
  void queryClient.prefetchQuery(trpc.crm.orders.late.queryOptions({ limit: 1 }));
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title={`Good to see you, ${user.name.split(' ')[0]}`}
          description="What is waiting for you, and how the workshop is doing."
        />
        <HydrateClient>
          <DashboardView />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
