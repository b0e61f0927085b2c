import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EarningsView } from '@/components/admin/earnings-view';
import { AppShell } from '@/components/app-shell';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('admin_earnings') };
}

export default async function EarningsPage() {
  const user = await requireSurface('admin', '/admin/earnings');
  const tp = await getTranslations('pages');
  await getQueryClient().prefetchQuery(trpc.admin.earnings.getRate.queryOptions());
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={tp('admin_earnings_title')} description={tp('admin_earnings_description')} />
        <HydrateClient>
          <EarningsView />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
