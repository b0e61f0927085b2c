import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AppShell } from '@/components/app-shell';
import { ClientForm } from '@/components/crm/client-form';
import { PageHeader } from '@/components/crm/page-header';
import { requireSurface } from '@/server/auth';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('titles'))('crm_clients_new') };
}

export default async function NewClientPage() {
  const user = await requireSurface('crm', '/crm/clients/new');
  const tp = await getTranslations('pages');
  return (
    <AppShell user={user} wide>
      <div className="grid gap-6">
        <PageHeader title={tp('crm_clients_new_title')} description={tp('crm_clients_new_description')} />
        <ClientForm />
      </div>
    </AppShell>
  );
}
