import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { LateOrdersView } from '@/components/crm/late-orders-view';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Late and stuck orders' };

export default async function LateOrdersPage() {
  const user = await requireSurface('crm', '/crm/late');
  void getQueryClient().prefetchQuery(trpc.crm.orders.late.queryOptions({ limit: 200 }));
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title="Late and stuck"
          description="Orders past their promised date, or in one status longer than it should take — the latest first. The SLA watchdog flags each order that overstays a status, once, and notes it on the order's timeline."
        />
        <HydrateClient>
          <LateOrdersView />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
