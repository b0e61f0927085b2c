import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AlloysView } from '@/components/admin/alloys-view';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('admin_alloys') };
}

export default async function AlloysPage() {
  const user = await requireSurface('admin', '/admin/alloys');
  const tp = await getTranslations('pages');
  await getQueryClient().prefetchQuery(trpc.admin.alloys.list.queryOptions());
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={tp('admin_alloys_title')} description={tp('admin_alloys_description')} />
        <HydrateClient>
          <AlloysView />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
