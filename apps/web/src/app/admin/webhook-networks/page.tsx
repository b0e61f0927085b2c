import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WebhookNetworksView } from '@/components/admin/webhook-networks-view';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('uiRest.pages'))('webhookNetworks_title') };
}

export default async function WebhookNetworksPage() {
  const user = await requireSurface('admin', '/admin/webhook-networks');
  const t = await getTranslations('uiRest.pages');
  await getQueryClient().prefetchQuery(trpc.admin.webhookNetworks.get.queryOptions());
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={t('webhookNetworks_title')} description={t('webhookNetworks_description')} />
        <HydrateClient>
          <WebhookNetworksView />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
