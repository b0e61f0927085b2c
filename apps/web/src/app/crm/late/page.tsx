import { LATE_ORDERS_PAGE_SIZE } from '@facet/core/crm/late-orders-page-size';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { LateOrdersView } from '@/components/crm/late-orders-view';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';
import { getQueryClient, HydrateClient, trpc } from '@/trpc/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm_late') };
}

export default async function LateOrdersPage() {
  const user = await requireSurface('crm', '/crm/late');
  const tp = await getTranslations('pages');
  await getQueryClient().prefetchInfiniteQuery(
    trpc.crm.orders.listLate.infiniteQueryOptions(
      { limit: LATE_ORDERS_PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={tp('crm_late_title')} description={tp('crm_late_description')} />
        <HydrateClient>
          <LateOrdersView />
        </HydrateClient>
      </div>
    </AppShell>
  );
}
