import type { Metadata } from 'next';
import { AlloysView } from '@/components/admin/alloys-view';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export const metadata: Metadata = { title: 'Alloys and prices' };

export default async function AlloysPage() {
  const user = await requireSurface('admin', '/admin/alloys');
  void getQueryClient().prefetchQuery(trpc.admin.alloys.list.queryOptions());
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title="Alloys and prices"
          description="Densities, prices per gram and work rates. A change applies to new quotes only; every version is kept."
        />
        <HydrateClient>
          <AlloysView />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
