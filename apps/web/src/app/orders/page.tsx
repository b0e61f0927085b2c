import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { MyOrdersList } from '@/components/shop/my-orders-list';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('myOrders') };
}

export default async function MyOrdersPage() {
  const user = await requireSurface('orders', '/orders');
  await getQueryClient().prefetchInfiniteQuery(
    trpc.shop.orders.listMine.infiniteQueryOptions(
      { limit: 20 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const t = await getTranslations('myOrders');
  return (
    <AppShell user={user}>
      <div className="grid gap-6">
        <h1 className="text-3xl">{t('title')}</h1>
        <HydrateClient>
          <MyOrdersList />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
