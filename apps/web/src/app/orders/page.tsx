import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { MyOrdersList } from '@/components/shop/my-orders-list';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'My orders' };

export default async function MyOrdersPage() {
  const user = await requireSurface('orders', '/orders');
  void getQueryClient().prefetchInfiniteQuery(
    trpc.orders.listMine.infiniteQueryOptions({ limit: 20 }, { getNextPageParam: (page) => page.nextCursor }),
  );
  return (
    <AppShell user={user}>
      <div className="grid gap-6">
        <h1 className="text-3xl">My orders</h1>
        <HydrateClient>
          <MyOrdersList />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
