import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AppShell } from '@/components/app-shell';
import { ConsoleHeader } from '@/components/mes/console-header';
import { OrderConsoleView } from '@/components/mes/order-console-view';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Order' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function MesOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const user = await requireSurface('mes', `/mes/orders/${orderId}`);
  if (!UUID.test(orderId)) notFound();
  const queryClient = getQueryClient();
  void queryClient.prefetchQuery(trpc.mes.order.queryOptions({ orderId }));
  void queryClient.prefetchQuery(trpc.mes.counts.queryOptions());
  void queryClient.prefetchQuery(trpc.mes.myWork.queryOptions());
  void queryClient.prefetchQuery(trpc.catalog.alloys.queryOptions());
  return (
    <AppShell user={user} theme="dark" wide>
      <HydrateClient>
        <ConsoleHeader active="order" />
        <OrderConsoleView orderId={orderId} />
      </HydrateClient>
    </AppShell>
  );
}
