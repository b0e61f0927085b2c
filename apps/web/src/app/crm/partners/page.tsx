import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { PartnersView } from '@/components/crm/partners-view';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm_partners') };
}

export default async function PartnersPage() {
  const user = await requireSurface('crm', '/crm/partners');
  const tp = await getTranslations('pages');
  await getQueryClient().prefetchQuery(trpc.crm.partners.list.queryOptions());
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={tp('crm_partners_title')} description={tp('crm_partners_description')} />
        <HydrateClient>
          <PartnersView />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
