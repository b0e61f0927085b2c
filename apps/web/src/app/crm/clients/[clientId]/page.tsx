import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { ClientCard } from '@/components/crm/client-card';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Client' };

export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requireSurface('crm', `/crm/clients/${clientId}`);
  const queryClient = getQueryClient();
  if (/^[0-9a-f-]{36}$/i.test(clientId)) {
    void queryClient.prefetchQuery(trpc.crm.clients.byId.queryOptions({ clientId }));
    void queryClient.prefetchInfiniteQuery(
      trpc.crm.clients.orders.infiniteQueryOptions(
        { clientId, limit: 20 },
        { getNextPageParam: (page) => page.nextCursor },
      ),
    );
  }
  return (
    <AppShell user={user} wide>
      <HydrateClient>
        <ClientCard clientId={clientId} />
      </HydrateClient>
    </AppShell>
  );
}
