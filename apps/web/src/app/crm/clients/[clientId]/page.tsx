import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { ClientCard } from '@/components/crm/client-card';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm_clients_clientId') };
}

export default async function ClientPage({ params }: { params: Promise<{ clientId: string }> }) {
  const { clientId } = await params;
  const user = await requireSurface('crm', `/crm/clients/${clientId}`);
  const queryClient = getQueryClient();
  if (/^[0-9a-f-]{36}$/i.test(clientId)) {
    await queryClient.prefetchQuery(trpc.crm.clients.get.queryOptions({ clientId }));
    await queryClient.prefetchInfiniteQuery(
      trpc.crm.clients.listOrders.infiniteQueryOptions(
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
