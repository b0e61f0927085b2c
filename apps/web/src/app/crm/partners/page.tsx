import type { Metadata } from 'next';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { PartnersView } from '@/components/crm/partners-view';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Partners' };

export default async function PartnersPage() {
  const user = await requireSurface('crm', '/crm/partners');
  void getQueryClient().prefetchQuery(trpc.crm.partners.list.queryOptions());
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title="API partners"
          description="Jewellers who order through the partner API: keys, webhooks, limits."
        />
        <HydrateClient>
          <PartnersView />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
