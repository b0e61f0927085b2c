import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StonesView } from '@/components/admin/stones-view';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('uiRest.pages'))('stones_title') };
}

export default async function StonesPage() {
  const user = await requireSurface('admin', '/admin/stones');
  const t = await getTranslations('uiRest.pages');
  await getQueryClient().prefetchQuery(trpc.admin.stones.list.queryOptions());
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={t('stones_title')} description={t('stones_description')} />
        <HydrateClient>
          <StonesView />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
