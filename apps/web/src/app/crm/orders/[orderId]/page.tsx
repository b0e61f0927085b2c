import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { CrmOrderView } from '@/components/crm/crm-order-view';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Order' };

export default async function CrmOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const user = await requireSurface('crm', `/crm/orders/${orderId}`);
  void getQueryClient().prefetchQuery(trpc.orders.byId.queryOptions({ orderId }));
  return (
    <AppShell user={user} wide>
      <HydrateClient>
        <CrmOrderView orderId={orderId} />
      </HydrateClient>
    </AppShell>
  );
}
