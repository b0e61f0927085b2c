import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { AppShell } from '@/components/app-shell';
import { OrdersView } from '@/components/crm/orders-view';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm_orders') };
}

export default async function OrdersPage() {
  const user = await requireSurface('crm', '/crm/orders');
  const tp = await getTranslations('pages');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={tp('crm_orders_title')} description={tp('crm_orders_description')} />
        <Suspense>
          <OrdersView />
        </Suspense>
      </div>
    </AppShell>
  );
}
