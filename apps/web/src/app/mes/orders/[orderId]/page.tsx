import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { ConsoleHeader } from '@/components/mes/console-header';
import { OrderConsoleView } from '@/components/mes/order-console-view';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('mes_orders_orderId') };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function MesOrderPage({ params }: { params: Promise<{ orderId: string }> }) {
  const { orderId } = await params;
  const user = await requireSurface('mes', `/mes/orders/${orderId}`);
  if (!UUID.test(orderId)) notFound();
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery(trpc.mes.getOrder.queryOptions({ orderId }));
  // The header's counts render on the server as they will hydrate: awaited, never half-streamed.
  await Promise.all([
    queryClient.prefetchQuery(trpc.mes.countByStatus.queryOptions()),
    queryClient.prefetchQuery(trpc.mes.listMyWork.queryOptions()),
  ]);
  await queryClient.prefetchQuery(trpc.shop.catalog.listAlloys.queryOptions());
  return (
    <AppShell user={user} theme="dark" wide>
      <HydrateClient>
        <ConsoleHeader active="order" showEarnings={user.role === 'operator'} />
        <OrderConsoleView orderId={orderId} />
      </HydrateClient>
    </AppShell>
  );
}
