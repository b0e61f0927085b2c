import type { Metadata } from 'next';
import { Suspense } from 'react';
import { AppShell } from '@/components/app-shell';
import { OrdersView } from '@/components/crm/orders-view';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export const metadata: Metadata = { title: 'Orders' };

export default async function OrdersPage() {
  const user = await requireSurface('crm', '/crm/orders');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title="Orders"
          description="Every order from the shop, the CRM and partners. Filters stay in the address, so you can share them."
        />
        <Suspense>
          <OrdersView />
        </Suspense>
      </div>
    </AppShell>
  );
}
