import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { OrderPageView } from '@/components/orders/order-page-view';
import { env } from '@/env';
import { RealtimeProvider } from '@/realtime/realtime-provider';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('order') };
}

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ orderId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { orderId } = await params;
  const user = await requireSurface('orders', `/orders/${orderId}`);
  await getQueryClient().prefetchQuery(trpc.shop.orders.get.queryOptions({ orderId }));
  return (
    <AppShell user={user}>
      <HydrateClient>
        <RealtimeProvider url={env().NEXT_PUBLIC_REALTIME_URL} surface="orders">
          <OrderPageView orderId={orderId} justPlaced={(await searchParams).placed === '1'} />
        </RealtimeProvider>
      </HydrateClient>
    </AppShell>
  );
}
