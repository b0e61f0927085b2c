import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { CrmOrderView } from '@/components/crm/crm-order-view';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm_orders_orderId') };
}

export default async function CrmOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const user = await requireSurface('crm', `/crm/orders/${orderId}`);
  await getQueryClient().prefetchQuery(trpc.crm.orders.get.queryOptions({ orderId }));
  return (
    <AppShell user={user} wide>
      <HydrateClient>
        <CrmOrderView orderId={orderId} />
      </HydrateClient>
    </AppShell>
  );
}
