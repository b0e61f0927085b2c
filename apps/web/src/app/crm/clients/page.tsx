import { Button } from '@facet/ui/button';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { AppShell } from '@/components/app-shell';
import { ClientsView } from '@/components/crm/clients-view';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm_clients') };
}

export default async function ClientsPage() {
  const user = await requireSurface('crm', '/crm/clients');
  const tp = await getTranslations('pages');
  const t = await getTranslations('crmUi.clients');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader
          title={tp('crm_clients_title')}
          description={tp('crm_clients_description')}
          actions={
            <Button asChild>
              <Link href="/crm/clients/new">{t('add')}</Link>
            </Button>
          }
        />
        <Suspense>
          <ClientsView />
        </Suspense>
      </div>
    </AppShell>
  );
}
